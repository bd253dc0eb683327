import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../api/client';
import { moveActive, queryOf, searchOptions } from './search-options';
import { isPaletteShortcut } from './shortcut';

const name = { nl: 'Prospect', en: 'Prospect' };
const results: SearchResults = {
  companies: [{ id: 'c1', globalCompanyId: 'g1', name: 'Bouwbedrijf Jansen', location: 'Utrecht', industry: 'Construction', favorited: false, stage: { key: 'k', name, color: '#000' }, pipeline: { id: 'p', name } }],
  shared: [{ id: 'g2', name: 'Bouwgroep Noord', location: null, industry: null, hotness: 40, openJobs: 3 }],
  contacts: [{ id: 'p1', name: 'Marieke Jansen', title: null, email: null, company: { id: 'c1', name: 'Bouwbedrijf Jansen' } }],
  decisionMakers: [
    { id: 'd1', name: 'Henk Jansen', title: 'Directeur', globalCompany: { id: 'g1', name: 'Bouwbedrijf Jansen' }, companyId: 'c1' },
    { id: 'd2', name: 'Anna Jansen', title: null, globalCompany: { id: 'g3', name: 'Brouwerij' }, companyId: null },
  ],
};

describe('searchOptions', () => {
  it('lists the groups in order, each option opening its page', () => {
    expect(searchOptions(results).map((o) => [o.group, o.label, o.href])).toEqual([
      ['companies', 'Bouwbedrijf Jansen', '/companies/c1'],
      ['shared', 'Bouwgroep Noord', '/discovery/g2'],
      ['contacts', 'Marieke Jansen', '/companies/c1'],
      ['decisionMakers', 'Henk Jansen', '/companies/c1'],
      ['decisionMakers', 'Anna Jansen', '/discovery/g3'],
    ]);
  });

  it('gives each option a unique key', () => {
    const keys = searchOptions(results).map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('moveActive', () => {
  it('walks down and up, wrapping, and starts at either end', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 3)).toBe(1);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(-1, 1, 0)).toBe(-1);
  });
});

describe('queryOf', () => {
  it('trims and waits for two letters', () => {
    expect(queryOf(' j ')).toBeNull();
    expect(queryOf('ja')).toBe('ja');
    expect(queryOf('  jansen ')).toBe('jansen');
  });
});

describe('isPaletteShortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('is Ctrl-K or ⌘-K, nothing else', () => {
    expect(isPaletteShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isPaletteShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isPaletteShortcut(key('k'))).toBe(false);
    expect(isPaletteShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPaletteShortcut(key('j', { ctrlKey: true }))).toBe(false);
  });
});
