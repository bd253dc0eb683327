import type { globalCompanySearchHitSchema } from './discovery.schemas.js';
import { expressionBuilder, sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import { validationError } from '../platform/errors.js';
import { boundingBox, EARTH_RADIUS_KM, findPlace, type Place } from './domain/places.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import type { GlobalCompanyTable } from './discovery.tables.js';
import { authorize } from '../identity/index.js';
import { cursor, cursorInt, cursorText, page } from '../platform/input/cursor.js';
import { monthlyPostings } from './hiring-trends.js';
import { optionalText, parseInput, wholeNumber } from '../platform/input/input.js';
import { isCursorHotness, isCursorInstant, isCursorName, isCursorRelevance } from './domain/cursor-keys.js';
import { matchCompanyText, type TextMatch } from './text-search.js';
import { toGlobalCompanyResult, withAgencyFacts } from './global-company-result.js';

/** A search result: also its postings per month over the last year (a sparkline) and its distance to the place searched. */
export type GlobalCompanySearchHit = z.output<typeof globalCompanySearchHitSchema>;

const TREND_MONTHS = 12;

export const searchGlobalCompaniesInput = z
  .object({
    /**
     * Words in the name, place, industry or description. Dutch-aware (text-search.ts): a word may be part of
     * a name ("verpl" finds "Verpleeghuis", "techniek" "Installatietechniek"), a plural or a small typo of it
     * ("bouwbedrijven" and "bouwbedrjf" find "Bouwbedrijf"); descriptions match by Dutch stems.
     */
    q: optionalText(200),
    /** Exact industry, as the data source names it (see /api/industries). */
    industry: optionalText(200),
    /** A Dutch place, region or "Nederland" from the gazetteer (see /api/places). */
    place: optionalText(100),
    /** Radius around the place in km; a region's own radius when left out. */
    radiusKm: wholeNumber(1, 300).optional(),
    /** Skills asked for in its open jobs, comma separated; all must be asked for. */
    skills: optionalText(300),
    minOpenJobs: wholeNumber(0, 100_000).optional(),
    minHotness: wholeNumber(0, 100).optional(),
    /** Companies whose open jobs refuse agencies (SPEC R9.5): leave them out, or show only them. */
    noAgencies: z.enum(['hide', 'only']).optional(),
    /**
     * By default the hottest first, with words to search too: the hotness index is read until a page is full.
     * `relevance` on request: the best match for the words first (text-search.ts's rank), the hottest among equals.
     */
    sort: z.enum(['relevance', 'hotness', 'recent', 'name']).default('hotness'),
    limit: wholeNumber(1, 200).default(50),
    /** From the previous page's nextCursor (for the same sort). */
    cursor: cursor(z.tuple([z.union([cursorText(400), cursorInt(0, 4100)]), z.guid()])).optional(),
  })
  .strict();

/**
 * Searches the shared companies (SPEC R5.1, R9.3–R9.5), each marked saved
 * or not for the agency. The first page (no cursor) also says how many
 * companies match in all (`total`; null on later pages). With a place,
 * companies without coordinates cannot be placed in the circle: they are
 * left out and `withoutCoordinates` says how many matched otherwise.
 */
export async function searchGlobalCompanies(
  db: Db,
  actor: Actor,
  input: z.input<typeof searchGlobalCompaniesInput> = {},
  clock: Clock = systemClock,
): Promise<{ items: GlobalCompanySearchHit[]; nextCursor: string | null; total: number | null; withoutCoordinates: number | null }> {
  authorize(actor, 'companies:view');
  const request = parseInput(searchGlobalCompaniesInput, input);
  const circle = circleOf(request.place, request.radiusKm);
  const text = request.q === undefined ? undefined : matchCompanyText(request.q);
  const order = request.sort === 'relevance' ? relevance(text) : ORDERS[request.sort];
  const after = request.cursor && order.decode(request.cursor[0]);
  if (request.cursor && after === undefined) throw validationError([{ path: 'cursor', message: 'is not a cursor for this sort' }]);

  const words = text && wordFilter(request.q!, text);
  const filters = companyFilters(request);
  const distance = circle && distanceKm(circle.place);
  const placed = circle ? circleFilters(circle, distance!) : [];
  const matching = [...(words ? [words.either] : []), ...filters, ...placed];
  // The rows that match these conditions and the words. With words, the two halves of `either` are counted
  // apart, each an index read: one OR made the database test every row the stems found (a third of the
  // market for "zorg") against the name's words as well. A page read out of order is priced about like one
  // in order (random_page_cost 1.1, the usual advice for SSDs and data in memory, here only): at
  // PostgreSQL's default of 4 (a spinning disk's) counting a third of the market by its index was planned
  // as a read of the whole table (bench/search: the text scenarios' p99 119 ms; 78 ms at 1.1).
  const count = (conditions: Expression<SqlBool>[]) =>
    db.transaction().execute(async (trx) => {
      await sql`set local random_page_cost = 1.1`.execute(trx);
      const countWhere = (where: Expression<SqlBool>[]) =>
        trx
          .selectFrom('global_companies as g')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where((eb) => eb.and(where))
          .executeTakeFirstOrThrow()
          .then((row) => Number(row.n));
      return words ? (await countWhere([words.stems, ...conditions])) + (await countWhere([words.namesOnly, ...conditions])) : countWhere(conditions);
    });

  const [rows, total, withoutCoordinates] = await Promise.all([
    withAgencyFacts(db, actor)
      .select(order.key.as('sort_key'))
      .$if(distance !== undefined, (qb) => qb.select(distance!.as('distance_km')))
      .where((eb) => eb.and(matching))
      .$if(after !== undefined, (qb) =>
        qb.where(sql<boolean>`(${order.key}, g.id) ${sql.raw(order.direction === 'asc' ? '>' : '<')} (${sql.val(after)}${sql.raw(order.cast)}, ${request.cursor![1]}::uuid)`),
      )
      .orderBy(order.key, order.direction)
      .orderBy('g.id', order.direction)
      .limit(request.limit + 1)
      .execute(),
    request.cursor ? null : count([...filters, ...placed]),
    circle === undefined ? null : count([...filters, sql<SqlBool>`g.latitude is null`]),
  ]);
  const result = page(rows, request.limit, (row) => [order.encode(row.sort_key), row.id]);
  const trends = await monthlyPostings(db, result.items.map((row) => row.id), TREND_MONTHS, clock());
  return {
    items: result.items.map((row) => ({
      ...toGlobalCompanyResult(row),
      trend: trends.get(row.id)!,
      distanceKm: 'distance_km' in row ? Math.round(Number(row.distance_km) * 10) / 10 : null,
    })),
    nextCursor: result.nextCursor,
    total,
    withoutCoordinates,
  };
}

type SearchRequest = z.output<typeof searchGlobalCompaniesInput>;
type G = { g: GlobalCompanyTable };

/**
 * The words searched: the description by its Dutch stems (search_vector's weight B), or name, place and
 * industry by the shared matcher. `either` is what a row must match; `stems` and `namesOnly` split it in
 * two that never overlap, for counting. The stems come first in `either`: a row they match is not also
 * tested for a close spelling, the costly test.
 */
function wordFilter(q: string, text: TextMatch): { either: Expression<SqlBool>; stems: Expression<SqlBool>; namesOnly: Expression<SqlBool> } {
  const stems = sql<SqlBool>`g.search_vector @@ plainto_tsquery('dutch', ${q})`;
  return { either: sql<SqlBool>`(${stems} or ${text.where})`, stems, namesOnly: sql<SqlBool>`(${text.where} and not ${stems})` };
}

/** The filters other than the words and the place, as conditions on `g` (shared by the search and its counts). */
function companyFilters(request: SearchRequest): Expression<SqlBool>[] {
  const eb = expressionBuilder<G, 'g'>();
  const filters: Expression<SqlBool>[] = [];
  if (request.industry !== undefined) filters.push(eb('g.industry', '=', request.industry));
  const skills = request.skills?.split(',').map((skill) => skill.trim().toLowerCase()).filter(Boolean);
  if (skills?.length) filters.push(sql<SqlBool>`g.open_skills @> ${sql.val(skills)}::text[]`);
  if (request.minOpenJobs !== undefined) filters.push(eb('g.open_jobs', '>=', request.minOpenJobs));
  if (request.minHotness !== undefined) filters.push(eb('g.hotness', '>=', request.minHotness));
  if (request.noAgencies !== undefined) filters.push(eb('g.no_agencies', '=', request.noAgencies === 'only'));
  return filters;
}

/** Within the circle: a bounding box the latitude index can use, then the exact distance. */
function circleFilters(circle: { place: Place; radiusKm: number }, distance: RawBuilder<number>): Expression<SqlBool>[] {
  const eb = expressionBuilder<G, 'g'>();
  const box = boundingBox(circle.place, circle.radiusKm);
  return [
    eb('g.latitude', '>=', box.minLatitude),
    eb('g.latitude', '<=', box.maxLatitude),
    eb('g.longitude', '>=', box.minLongitude),
    eb('g.longitude', '<=', box.maxLongitude),
    sql<SqlBool>`${distance} <= ${circle.radiusKm}`,
  ];
}

/** The circle a place and radius describe; none for the whole country (everything is in it). */
function circleOf(name: string | undefined, radiusKm: number | undefined): { place: Place; radiusKm: number } | undefined {
  if (name === undefined) return undefined;
  const place = findPlace(name);
  if (!place) throw validationError([{ path: 'place', message: `is not a place we know: ${name}` }]);
  if (place.kind === 'country' && radiusKm === undefined) return undefined;
  return { place, radiusKm: radiusKm ?? place.radiusKm ?? DEFAULT_RADIUS_KM };
}

const DEFAULT_RADIUS_KM = 25;

/** Great-circle distance from the place in km (haversine, as domain/places.ts computes it). */
function distanceKm(place: Place) {
  const lat = place.latitude;
  const lon = place.longitude;
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(sqrt(
    power(sin(radians(g.latitude - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(g.latitude)) * power(sin(radians(g.longitude - ${lon}::float8) / 2), 2))))`;
}

interface Order {
  key: RawBuilder<unknown>;
  direction: 'asc' | 'desc';
  /** The key's SQL type, for the cursor value. */
  cast: string;
  encode(key: unknown): string | number;
  /** The key a cursor carries, when it has exactly the shape `encode` gives (domain/cursor-keys.ts). */
  decode(value: string | number): string | number | undefined;
}

/**
 * Best match first (text-search.ts's rank), the hottest first within a
 * rank: one whole number, rank × 1000 + (100 − hotness), ascending, so the
 * cursor stays one value. Without words to search, hotness alone.
 */
function relevance(text: TextMatch | undefined): Order {
  return {
    key: text ? sql<number>`(${text.rank} * 1000 + 100 - g.hotness)` : sql<number>`(100 - g.hotness)`,
    direction: 'asc',
    cast: '::integer',
    encode: (key) => Number(key),
    decode: (value) => (isCursorRelevance(value) ? value : undefined),
  };
}

/** Each other sort: its key, direction and how the key travels in a cursor. */
const ORDERS: Record<Exclude<SearchRequest['sort'], 'relevance' | undefined>, Order> = {
  hotness: {
    key: sql<number>`g.hotness`,
    direction: 'desc',
    cast: '::smallint',
    encode: (key) => Number(key),
    decode: (value) => (isCursorHotness(value) ? value : undefined),
  },
  recent: {
    // Companies that never posted come last.
    key: sql<Date>`coalesce(g.last_posted_at, '-infinity'::timestamptz)`,
    direction: 'desc',
    cast: '::timestamptz',
    encode: (key) => (key instanceof Date && Number.isFinite(key.getTime()) ? key.toISOString() : '-infinity'),
    decode: (value) => (isCursorInstant(value) ? value : undefined),
  },
  name: {
    key: sql<string>`lower(g.name)`,
    direction: 'asc',
    cast: '::text',
    encode: (key) => String(key),
    decode: (value) => (isCursorName(value) ? value : undefined),
  },
};
