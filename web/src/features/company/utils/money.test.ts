import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros } from './money';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('euros', () => {
  it('formats whole euros per language, cents only when there are any', () => {
    expect(plain(formatEuros(3280, 'nl-NL'))).toBe('€ 3.280');
    expect(formatEuros(3280, 'en-GB')).toBe('€3,280');
    expect(plain(formatEuros(3280.5, 'nl-NL'))).toBe('€ 3.280,50');
    expect(formatEuros(1250000.25, 'en-GB')).toBe('€1,250,000.25');
  });

  it('reads what a user types in either language', () => {
    expect(parseEuros('3.280', 'nl')).toBe(3280);
    expect(parseEuros('€ 3.280,50', 'nl')).toBe(3280.5);
    expect(parseEuros('3280,5', 'nl')).toBe(3280.5);
    expect(parseEuros('3280.5', 'nl')).toBe(3280.5);
    expect(parseEuros('3,280.50', 'en')).toBe(3280.5);
    expect(parseEuros('3280', 'en')).toBe(3280);
    expect(parseEuros('', 'en')).toBeUndefined();
    expect(parseEuros('veel', 'nl')).toBeUndefined();
    expect(parseEuros('-5', 'nl')).toBeUndefined();
  });
});
