/**
 * A label cut to fit `maxWidth` pixels, with an ellipsis when cut. `measure`
 * gives a text's rendered width; cutting by measured width rather than by a
 * character count keeps wide letters (W, M) from running past the edge.
 */
export function fitLabel(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text]; // by code point: never split a surrogate pair
  let [low, high] = [0, chars.length - 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` as the browser draws it; an estimate where there is no canvas. */
export function measureText(text: string, font: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
}
