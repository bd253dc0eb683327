import { describe, expect, it } from 'vitest';
import { passwordLength, passwordWeakness } from './password-policy.js';

describe('password policy', () => {
  it('needs 12 characters, counted as code points, spaces included', () => {
    expect(passwordWeakness('    ')).toBe('too_short');
    expect(passwordWeakness('geheim123')).toBe('too_short');
    // 11 code points, 13 UTF-16 units: still too short.
    expect(passwordLength('kat🐱hond🐶vi')).toBe(11);
    expect(passwordWeakness('kat🐱hond🐶vi')).toBe('too_short');
    expect(passwordWeakness('kat🐱hond🐶vis')).toBeNull();
    expect(passwordWeakness('mijn kat heet Ploes')).toBeNull();
    expect(passwordWeakness('x'.repeat(129))).toBe('too_long');
  });

  it('refuses common passwords, case-insensitively, and their easy variations', () => {
    for (const weak of ['winniethepooh', 'WinnieThePooh', 'Wachtwoord123!', 'Password1234', '2024welkom2024', 'Winnie The Pooh', 'zomerzomerzomer', '            ', 'aaaaaaaaaaaa', '123456789012', 'qwertyuiopasdf', 'ZYXWVUTSRQPONM', '1qaz2wsx3edc']) {
      expect(passwordWeakness(weak), weak).toBe('too_common');
    }
    for (const fine of ['Tulpen in de regen', 'correct horse battery 7', 'vlaflip-met-slagroom', 'Z3er-lang.geheim']) {
      expect(passwordWeakness(fine), fine).toBeNull();
    }
  });
});
