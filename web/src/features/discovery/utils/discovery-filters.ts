import type { RadiusChoiceKm } from '../../../../../src/discovery/domain/places.js';

/** The radii the place filter offers (domain/places.ts RADIUS_CHOICES_KM). */
export const RADIUS_CHOICES: readonly RadiusChoiceKm[] = [10, 25, 50, 75, 100];
export const MIN_OPEN_JOBS_CHOICES = [1, 3, 5, 10, 25] as const;
export const MIN_HOTNESS_CHOICES = [20, 40, 60, 80] as const;
/** `relevance`: the best match for the words searched first (the server's text-search rank), the hottest among equals. */
export const SORTS = ['hotness', 'relevance', 'recent', 'name'] as const;

export type Sort = (typeof SORTS)[number];
export type NoAgencies = 'hide' | 'only';

/** The discovery search as the URL keeps it; empty means "not filtered". */
export interface DiscoveryFilters {
  q: string;
  industry: string;
  place: string;
  radiusKm: number | null;
  /** Comma separated, as typed. */
  skills: string;
  minOpenJobs: number | null;
  minHotness: number | null;
  noAgencies: NoAgencies | null;
  sort: Sort;
}

const count = (value: string | null): number | null => {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : null;
};

/** Reads the filters from the query string, ignoring what is not valid. */
export function filtersFrom(params: URLSearchParams): DiscoveryFilters {
  const noAgencies = params.get('noAgencies');
  const sort = params.get('sort');
  const place = params.get('place') ?? '';
  return {
    q: params.get('q') ?? '',
    industry: params.get('industry') ?? '',
    place,
    radiusKm: place ? count(params.get('radiusKm')) : null,
    skills: params.get('skills') ?? '',
    minOpenJobs: count(params.get('minOpenJobs')),
    minHotness: count(params.get('minHotness')),
    noAgencies: noAgencies === 'hide' || noAgencies === 'only' ? noAgencies : null,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'hotness',
  };
}

/** The query string for these filters: only what is set, the default sort left out. */
export function toSearchParams(filters: DiscoveryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q);
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.place) {
    params.set('place', filters.place);
    if (filters.radiusKm !== null) params.set('radiusKm', String(filters.radiusKm));
  }
  if (filters.skills.trim()) params.set('skills', filters.skills);
  if (filters.minOpenJobs) params.set('minOpenJobs', String(filters.minOpenJobs));
  if (filters.minHotness) params.set('minHotness', String(filters.minHotness));
  if (filters.noAgencies) params.set('noAgencies', filters.noAgencies);
  if (filters.sort !== 'hotness') params.set('sort', filters.sort);
  return params;
}

/** The API query for /api/global-companies (without cursor). */
export function toApiQuery(filters: DiscoveryFilters, limit: number): URLSearchParams {
  const params = toSearchParams(filters);
  const q = filters.q.trim();
  if (q) params.set('q', q);
  const skills = splitSkills(filters.skills);
  if (skills.length > 0) params.set('skills', skills.join(','));
  params.set('sort', filters.sort);
  params.set('limit', String(limit));
  return params;
}

/** "Java, sql ,," → ["Java", "sql"]. */
export const splitSkills = (skills: string) =>
  skills
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);

/** Whether any filter narrows the search (the sort does not). */
export const isFiltered = (filters: DiscoveryFilters) => [...toSearchParams({ ...filters, sort: 'hotness' }).keys()].length > 0;

/**
 * The name to keep in the URL for a chosen place. A province named like its
 * capital ("Utrecht", "Groningen") goes as "Provincie Utrecht": the server
 * reads a bare name as the city.
 */
export function placeParam(place: { name: string; kind: 'city' | 'region' | 'country'; province: string | null }): string {
  return place.kind === 'region' && place.province === place.name ? `${PROVINCE_PREFIX}${place.name}` : place.name;
}

/** Whether a place name from the URL names a province explicitly. */
export const isProvinceParam = (place: string) => place.startsWith(PROVINCE_PREFIX);

const PROVINCE_PREFIX = 'Provincie ';
