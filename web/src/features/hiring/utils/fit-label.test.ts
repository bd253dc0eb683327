import { describe, expect, it } from 'vitest';
import { fitLabel } from './fit-label';

// Monospace-like: every character 7 px wide, except wide W and M at 12 px.
const measure = (text: string) => [...text].reduce((width, c) => width + (c === 'W' || c === 'M' ? 12 : 7), 0);

describe('fitLabel', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Java', 100, measure)).toBe('Java');
  });

  it('cuts a long label to the width, ellipsis included', () => {
    const label = fitLabel(`Vaardigheid${'v'.repeat(89)}`, 130, measure);
    expect(label.endsWith('…')).toBe(true);
    expect(measure(label)).toBeLessThanOrEqual(130);
    // As long as fits: one more character would not.
    expect(measure(`${label.slice(0, -1)}v…`)).toBeGreaterThan(130);
  });

  it('cuts wide letters sooner than narrow ones', () => {
    const wide = fitLabel('W'.repeat(30), 130, measure);
    const narrow = fitLabel('i'.repeat(30), 130, measure);
    expect(wide.length).toBeLessThan(narrow.length);
    expect(measure(wide)).toBeLessThanOrEqual(130);
  });

  it('never splits a character outside the basic plane', () => {
    const label = fitLabel('🙂'.repeat(40), 60, measure);
    expect(label).toMatch(/^(🙂)*…$/u);
  });
});
