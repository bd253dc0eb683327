import { describe, expect, it } from 'vitest';
import { isCursorHotness, isCursorInstant, isCursorName } from './cursor-keys.js';

describe('cursor keys, exactly as the server issues them', () => {
  it('takes a hotness 0–100 and nothing else', () => {
    expect([0, 37, 100].every(isCursorHotness)).toBe(true);
    expect([-1, 101, 1.5, 40_000, -40_000, 1e308, Number.NaN, '50', null].some(isCursorHotness)).toBe(false);
  });

  it('takes a moment as toISOString writes it, or -infinity', () => {
    const now = new Date('2026-11-20T12:34:56.789Z');
    expect([now.toISOString(), '-infinity', '0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'].every(isCursorInstant)).toBe(true);
    const forged = ['1', '2024-02-30T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '2024-02-30', '2024-01-01T00:00:00Z', '+020000-01-01T00:00:00.000Z', 'infinity', 17];
    expect(forged.filter(isCursorInstant)).toEqual([]);
  });

  it('takes a storable name of at most 300 characters', () => {
    expect(isCursorName('zorggroep utrecht')).toBe(true);
    expect(['a\u0000b', '\ud800', 'x'.repeat(301), 5].some(isCursorName)).toBe(false);
  });
});
