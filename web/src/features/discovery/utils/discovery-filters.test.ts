import { describe, expect, it } from 'vitest';
import { filtersFrom, isFiltered, isProvinceParam, placeParam, toApiQuery, toSearchParams, type DiscoveryFilters } from './discovery-filters';

const none: DiscoveryFilters = filtersFrom(new URLSearchParams());

describe('discovery filters in the URL', () => {
  it('reads nothing as no filters, sorted by hotness', () => {
    expect(none).toEqual({ q: '', industry: '', place: '', radiusKm: null, skills: '', minOpenJobs: null, minHotness: null, noAgencies: null, sort: 'hotness' });
    expect(isFiltered(none)).toBe(false);
    expect(toSearchParams(none).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const filters: DiscoveryFilters = {
      q: 'zorg utrecht',
      industry: 'Ziekenhuizen en zorg',
      place: "'s-Hertogenbosch",
      radiusKm: 25,
      skills: 'BIG, Verpleegkunde',
      minOpenJobs: 3,
      minHotness: 60,
      noAgencies: 'hide',
      sort: 'recent',
    };
    expect(filtersFrom(toSearchParams(filters))).toEqual(filters);
    expect(isFiltered(filters)).toBe(true);
  });

  it('ignores values that are not valid, and a radius without a place', () => {
    const filters = filtersFrom(new URLSearchParams('radiusKm=25&minOpenJobs=-2&minHotness=abc&noAgencies=maybe&sort=size'));
    expect(filters).toEqual(none);
  });

  it('leaves the default sort out of the URL but sends it to the API, with trimmed text and skills', () => {
    const filters = { ...none, q: ' acme ', skills: ' java ,, sql ' };
    expect(toSearchParams({ ...filters, sort: 'hotness' }).has('sort')).toBe(false);
    const api = toApiQuery(filters, 50);
    expect(api.get('q')).toBe('acme');
    expect(api.get('skills')).toBe('java,sql');
    expect(api.get('sort')).toBe('hotness');
    expect(api.get('limit')).toBe('50');
  });
});

describe('place names in the URL', () => {
  it('names a province that shares its name with a city explicitly, so the search is not around the city', () => {
    expect(placeParam({ name: 'Utrecht', kind: 'region', province: 'Utrecht' })).toBe('Provincie Utrecht');
    expect(placeParam({ name: 'Utrecht', kind: 'city', province: 'Utrecht' })).toBe('Utrecht');
    expect(placeParam({ name: 'Randstad', kind: 'region', province: null })).toBe('Randstad');
    expect(placeParam({ name: 'Nederland', kind: 'country', province: null })).toBe('Nederland');
    expect(isProvinceParam('Provincie Utrecht')).toBe(true);
    expect(isProvinceParam('Utrecht')).toBe(false);
  });
});
