import { describe, expect, it } from 'vitest';
import { tint } from './colors';

describe('tint', () => {
  it('keeps a share of the colour and fills the rest with white', () => {
    expect(tint('#2563eb', 1)).toBe('#2563eb');
    expect(tint('#2563eb', 0)).toBe('#ffffff');
    expect(tint('#000000', 0.5)).toBe('#808080');
  });
});
