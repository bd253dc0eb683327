import { AREA_ROWS, CITY_ROWS } from './places-data.js';

/**
 * Dutch places for the location filter: a centre (a city, a region such as the
 * Randstad, or the whole country) plus a radius in km. The gazetteer ships with
 * the app (places-data.ts), so geocoding a company's location needs no network.
 *
 * Names match loosely: case, accents, apostrophes and punctuation do not count
 * ("'s-Hertogenbosch" = "s hertogenbosch"), and "aan de(n)" = "a/d".
 */

export interface Place {
  name: string;
  kind: 'city' | 'region' | 'country';
  /** Official Dutch province name; a province region carries its own name; null for areas spanning provinces. */
  province: string | null;
  latitude: number;
  longitude: number;
  /** Approximate; only ranks suggestions. */
  population: number;
  /** Other names: the official or municipality name, English or Frisian names. */
  aliases?: readonly string[];
  /** For a region or country: the radius around its centre that covers it. */
  radiusKm?: number;
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** The radii the location filter offers; the last one means "100 km or more". */
export const RADIUS_CHOICES_KM = [10, 25, 50, 75, 100] as const;
export type RadiusChoiceKm = (typeof RADIUS_CHOICES_KM)[number];

/** Mean earth radius (IUGG). The SQL distance uses the same number, so filter and sort agree. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The country, regions and provinces first, then the cities. */
export const DUTCH_PLACES: readonly Place[] = [
  ...AREA_ROWS.map(
    ({ aliases, ...area }): Place => ({ ...area, ...(aliases && aliases.length > 0 ? { aliases } : {}) }),
  ),
  ...CITY_ROWS.map(
    ([name, province, latitude, longitude, population, aliases]): Place => ({
      name,
      kind: 'city',
      province,
      latitude,
      longitude,
      population,
      ...(aliases && aliases.length > 0 ? { aliases } : {}),
    }),
  ),
];

/**
 * The comparable form of a place name or a location text: lower case, no
 * accents or apostrophes, every run of other punctuation and spaces one space.
 * "aan den" / "aan de" / "a/d" all become "a d", "st." becomes "sint".
 */
export function normalizePlaceText(text: string): string {
  return text
    .normalize('NFKD') // also splits the ĳ ligature into i + j
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\baan den?\b/g, 'a d')
    .replace(/\bst\b/g, 'sint')
    .trim();
}

const KIND_PREFERENCE: Readonly<Record<Place['kind'], number>> = { city: 0, region: 1, country: 2 };

interface Entry {
  place: Place;
  /** Normalised name and aliases. */
  keys: readonly string[];
}

const ENTRIES: readonly Entry[] = DUTCH_PLACES.map((place) => ({
  place,
  keys: [...new Set([place.name, ...(place.aliases ?? [])].map(normalizePlaceText))],
}));

const PROVINCE_WORD = /\b(the )?(provincie|province|prov)\b( of\b)?/;

/**
 * The place with this name or alias. Where a city and a province share a name
 * (Utrecht, Groningen) the city wins, unless `kind` says otherwise or the text
 * says "provincie" / "province".
 */
export function findPlace(name: string, kind?: Place['kind']): Place | undefined {
  let key = normalizePlaceText(name);
  let wanted = kind;
  if (PROVINCE_WORD.test(key)) {
    key = key.replace(PROVINCE_WORD, ' ').replace(/\s+/g, ' ').trim();
    wanted ??= 'region';
  }
  if (!key) return undefined;
  return ENTRIES.filter((entry) => entry.keys.includes(key) && (!wanted || entry.place.kind === wanted))
    .map((entry) => entry.place)
    .sort((a, b) => KIND_PREFERENCE[a.kind] - KIND_PREFERENCE[b.kind])[0];
}

/**
 * Autocomplete: places whose name or an alias starts with `prefix`, then those
 * where it occurs elsewhere; bigger first within each group. Areas rank by
 * their population too, so the country and the provinces come before cities.
 * An empty prefix lists the biggest places.
 */
export function suggestPlaces(prefix: string, limit = 10): Place[] {
  if (limit <= 0) return [];
  const key = normalizePlaceText(prefix);
  const starting: Place[] = [];
  const containing: Place[] = [];
  for (const { place, keys } of ENTRIES) {
    if (keys.some((k) => k.startsWith(key))) starting.push(place);
    else if (keys.some((k) => k.includes(key))) containing.push(place);
  }
  const bigFirst = (a: Place, b: Place) => b.population - a.population || a.name.localeCompare(b.name, 'nl');
  return [...starting.sort(bigFirst), ...containing.sort(bigFirst)].slice(0, limit);
}

interface CityName {
  place: Place;
  words: readonly string[];
}

/** Every city's name and aliases as word sequences, by first word. */
const CITY_NAMES_BY_FIRST_WORD: ReadonlyMap<string, readonly CityName[]> = (() => {
  const byFirst = new Map<string, CityName[]>();
  for (const { place, keys } of ENTRIES) {
    if (place.kind !== 'city') continue;
    for (const key of keys) {
      const words = key.split(' ');
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ place, words });
      byFirst.set(words[0]!, list);
    }
  }
  return byFirst;
})();

const PROVINCE_WORDS = new Set(['provincie', 'province', 'prov']);

/**
 * The city a free-text company location is in: "Amsterdam, Noord-Holland,
 * Nederland", "Utrecht Area", "Rotterdam en omgeving", "Eindhoven (NL)".
 * Only cities count: a province, region or the country is no coordinate for a
 * company, so "Noord-Brabant" or "Nederland" alone give undefined, and so does
 * "Provincie Utrecht". Names match as whole words ("Ede" is not found in
 * "Nederland" or "Medemblik"); the longest name wins ("Bergen op Zoom" over
 * "Bergen"), then the one named first.
 */
export function placeOfLocation(location: string): Place | undefined {
  const words = normalizePlaceText(location).split(' ').filter(Boolean);
  let best: { place: Place; length: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const name of CITY_NAMES_BY_FIRST_WORD.get(words[i]!) ?? []) {
      const length = name.words.length;
      if (best && length <= best.length) continue;
      if (!name.words.every((word, j) => words[i + j] === word)) continue;
      const before = words[i - 1];
      const after = words[i + length];
      if ((before && PROVINCE_WORDS.has(before)) || (after && PROVINCE_WORDS.has(after))) continue;
      best = { place: name.place, length };
    }
  }
  return best?.place;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * Great-circle distance in km (haversine on a sphere of EARTH_RADIUS_KM; within
 * 0.5% of the ellipsoid, far below what a recruitment radius cares about).
 * The database computes the same formula, so a company shown as 24.9 km away
 * is inside a 25 km filter:
 *
 *   6371.0088 * 2 * asin(sqrt(least(1,
 *     power(sin(radians(lat2 - lat1) / 2), 2)
 *     + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))))
 */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/**
 * A latitude/longitude box that contains every point within `radiusKm` of
 * `centre`, so an index on the coordinates can discard far-away rows before
 * the exact distance is computed. It is the smallest such box on the sphere
 * (J. P. Matuschek, "Finding points within a distance of a latitude/longitude
 * point"). Longitudes are not wrapped at ±180°, which Dutch centres never
 * come near; a circle over a pole gets the full longitude range.
 */
export function boundingBox(centre: Coordinates, radiusKm: number): BoundingBox {
  // A hair of slack (1e-6° ≈ 0.1 m) so that points on the circle stay inside despite rounding.
  const slack = 1e-6;
  const angle = Math.max(0, radiusKm) / EARTH_RADIUS_KM;
  const latitude = radians(centre.latitude);
  const minLatitude = degrees(latitude - angle) - slack;
  const maxLatitude = degrees(latitude + angle) + slack;
  if (minLatitude <= -90 || maxLatitude >= 90) {
    return { minLatitude: Math.max(-90, minLatitude), maxLatitude: Math.min(90, maxLatitude), minLongitude: -180, maxLongitude: 180 };
  }
  const longitudeReach = degrees(Math.asin(Math.min(1, Math.sin(angle) / Math.cos(latitude)))) + slack;
  return {
    minLatitude,
    maxLatitude,
    minLongitude: centre.longitude - longitudeReach,
    maxLongitude: centre.longitude + longitudeReach,
  };
}
