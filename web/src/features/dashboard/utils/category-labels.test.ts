import { describe, expect, it } from 'vitest';
import { labelLayout, twoLines } from './category-labels';

describe('category labels under bars', () => {
  it('keeps labels on one line when they fit, wraps words or slants them when not', () => {
    expect(labelLayout(['Prospect', 'Gecontacteerd'], 120)).toBe('flat');
    expect(labelLayout(['Tot Gecontacteerd', 'Tot Vergadering'], 98)).toBe('wrapped');
    expect(labelLayout(['Prospect', 'Gecontacteerd', 'Vergadering'], 59)).toBe('slanted');
    expect(labelLayout(['Prospect'], 0)).toBe('flat');
  });

  it('splits a label into two lines by words', () => {
    expect(twoLines('Tot Gecontacteerd', 90)).toEqual(['Tot', 'Gecontacteerd']);
    expect(twoLines('Prospect', 30)).toEqual(['Prospect']);
  });
});
