import { describe, expect, it } from 'vitest';
import { keyFromName, uniqueKey } from './pipeline-keys';

const KEY_RULE = /^[a-z][a-z0-9_]{0,39}$/;

describe('keyFromName', () => {
  it('makes lower_snake from an English name', () => {
    expect(keyFromName('Contract Sent', 'stage')).toBe('contract_sent');
    expect(keyFromName('  On hold / waiting!  ', 'stage')).toBe('on_hold_waiting');
  });

  it('drops accents instead of the letters', () => {
    expect(keyFromName('Café Ölçü', 'stage')).toBe('cafe_olcu');
  });

  it('starts with a letter, using the fallback before a digit or for an empty name', () => {
    expect(keyFromName('2nd meeting', 'stage')).toBe('stage_2nd_meeting');
    expect(keyFromName('!!!', 'field')).toBe('field');
    expect(keyFromName('', 'item')).toBe('item');
  });

  it('stays within 40 characters and never ends in an underscore', () => {
    const key = keyFromName('a very long stage name that keeps going and going on', 'stage');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key).toMatch(KEY_RULE);
    expect(key.endsWith('_')).toBe(false);
  });
});

describe('uniqueKey', () => {
  it('keeps the derived key when it is free', () => {
    expect(uniqueKey('Viewing', ['lead', 'won'], 'stage')).toBe('viewing');
  });

  it('numbers a key a sibling already has', () => {
    expect(uniqueKey('Lead', ['lead'], 'stage')).toBe('lead_2');
    expect(uniqueKey('Lead', ['lead', 'lead_2', 'lead_3'], 'stage')).toBe('lead_4');
  });

  it('shortens a long base so the numbered key still fits the rule', () => {
    const name = 'x'.repeat(60);
    const key = uniqueKey(name, ['x'.repeat(40)], 'stage');
    expect(key).toBe(`${'x'.repeat(38)}_2`);
    expect(key).toMatch(KEY_RULE);
  });
});
