/** Roughly how wide a label is at 12 px in the system font: enough to decide how to lay labels out. */
const CHAR_PX = 6.8;

export type LabelLayout = 'flat' | 'wrapped' | 'slanted';

/**
 * How category labels under bars fit a band of `bandPx`: on one line, the
 * words on two lines, or slanted when even a single word is too wide.
 */
export function labelLayout(labels: readonly string[], bandPx: number): LabelLayout {
  const width = (text: string) => text.length * CHAR_PX;
  if (bandPx <= 0 || labels.every((label) => width(label) <= bandPx)) return 'flat';
  if (labels.every((label) => label.split(' ').every((word) => width(word) <= bandPx))) return 'wrapped';
  return 'slanted';
}

/** A label's words on at most two lines, the first line as full as fits. */
export function twoLines(label: string, bandPx: number): string[] {
  const words = label.split(' ');
  if (words.length < 2) return [label];
  let split = 1;
  while (split < words.length - 1 && words.slice(0, split + 1).join(' ').length * CHAR_PX <= bandPx) split++;
  return [words.slice(0, split).join(' '), words.slice(split).join(' ')];
}
