import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber(3280, 'nl')).toBe('3.280');
    expect(formatNumber(3280, 'en')).toBe('3,280');
    expect(formatNumber(1_234_567, 'nl')).toBe('1.234.567');
    expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
  });

  it('writes decimals with the language’s mark, and small numbers as they are', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(7, 'nl')).toBe('7');
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(-42_000, 'nl')).toBe('-42.000');
  });
});
