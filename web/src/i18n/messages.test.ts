import { describe, expect, it } from 'vitest';
import { FEATURE_MESSAGES, messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('defines each key in one feature file only', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, { nl }] of Object.entries(FEATURE_MESSAGES)) {
      for (const key of Object.keys(nl)) owners.set(key, [...(owners.get(key) ?? []), feature]);
    }
    expect([...owners].filter(([, features]) => features.length > 1)).toEqual([]);
  });

  it('has the same keys in Dutch and English, per feature and in all', () => {
    for (const { nl, en } of Object.values(FEATURE_MESSAGES)) expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
  });

  it('fills the same placeholders in both languages', () => {
    const nl: Record<string, string> = messages.nl;
    const en: Record<string, string> = messages.en;
    const differ = Object.keys(nl).filter((key) => placeholders(nl[key]!).join() !== placeholders(en[key]!).join());
    expect(differ).toEqual([]);
  });
});
