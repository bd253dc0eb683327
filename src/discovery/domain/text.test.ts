import { describe, expect, it } from 'vitest';
import { isStorableText } from './text.js';

describe('isStorableText', () => {
  it.each(['Verpleegkundige', 'Café Zuid 😀', 'regel 1\nregel 2\r\n\tingesprongen', ''])('keeps %j', (value) => {
    expect(isStorableText(value)).toBe(true);
  });

  it.each(['a\u0000b', 'bel\u0007', '\u007f', 'half \ud800', 'half \udc00 ook', '\ude00\ud83d'])('refuses %j', (value) => {
    expect(isStorableText(value)).toBe(false);
  });
});
