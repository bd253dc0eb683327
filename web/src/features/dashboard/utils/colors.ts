/** `#rrggbb` mixed with white: `share` of the colour is kept (0.4 → a light tint), for SVG fills where CSS color-mix is not safe. */
export function tint(hex: string, share: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(value * share + 255 * (1 - share))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** Colours for the loss reasons, in the order the Lost dialog offers them; `other` is grey. */
export const REASON_COLORS = ['#2563eb', '#7c3aed', '#ea580c', '#0d9488', '#ca8a04', '#db2777', '#64748b', '#9ca3af'];
export const OTHER_REASON_COLOR = '#9ca3af';
