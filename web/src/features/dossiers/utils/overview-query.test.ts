import { describe, expect, it } from 'vitest';
import { EMPTY_ADVANCED, hasAdvanced, overviewQuery, type OverviewFilter } from './overview-query';

const base: OverviewFilter = { kind: 'lead', group: 'all', scope: 'all', q: '', ...EMPTY_ADVANCED };

describe('overviewQuery', () => {
  it('asks for the kind and scope alone when nothing else is set', () => {
    expect(overviewQuery(base).toString()).toBe('kind=lead&scope=all');
    expect(hasAdvanced(base)).toBe(false);
  });

  it('carries the tab, the search and every advanced field that is set, trimmed', () => {
    const query = overviewQuery({ ...base, kind: 'opportunity', group: 'closing', scope: 'my', q: ' acme ', stage: 'proposal', valueMin: '1000', closeTo: '2027-01-31' });
    expect(Object.fromEntries(query)).toEqual({ kind: 'opportunity', scope: 'my', group: 'closing', q: 'acme', stage: 'proposal', valueMin: '1000', closeTo: '2027-01-31' });
    expect(hasAdvanced({ ...base, valueMin: '1000' })).toBe(true);
  });
});
