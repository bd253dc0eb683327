import { sql } from 'kysely';
import { placeOfLocation } from '../domain/places.js';
import type { Executor } from '../../platform/db/database.js';
import { lockCompanies, type COMPARED_COLUMNS } from './find-companies.js';
import type { Batch, BatchResult, Reject } from './batch.js';
import type { CompanyRow } from './import-rows.js';
import { stagedRows } from '../../platform/db/copy.js';

type Values = { [K in Exclude<(typeof COMPARED_COLUMNS)[number], 'id'>]: string | number | null };

const COLUMNS = `name text, linkedin_url text, website_domain text, description text, industry text, location text,
  headquarters text, founded_year integer, employee_count integer, linkedin_id text, latitude float8, longitude float8`;

/**
 * Inserts new shared companies and patches known ones. A row matches by
 * LinkedIn URL or website; only the cells it fills are written (an empty
 * cell never erases known data), and a row that says nothing new is skipped.
 */
export async function upsertCompanies(trx: Executor, rows: Batch<CompanyRow>, reject: Reject, now: Date): Promise<BatchResult> {
  const { merged: batch, repeated } = mergeDuplicates(rows, reject);
  const result = { inserted: 0, updated: 0, skipped: repeated };
  const { byLinkedin, byDomain } = await lockCompanies(trx, batch.map(({ row }) => ({ linkedin: row.linkedin_url, website: row.website })));

  const inserts: Values[] = [];
  const patches = new Map<string, Partial<Values>>();
  for (const { line, row } of batch) {
    const a = row.linkedin_url ? byLinkedin.get(row.linkedin_url) : undefined;
    const b = row.website ? byDomain.get(row.website) : undefined;
    if (a && b && a.id !== b.id) {
      reject(line, 'linkedin_url and website belong to two different companies', [{ code: 'conflicting_companies' }]);
      continue;
    }
    const match = a ?? b;
    const values = valuesOf(row, match);
    if (!match) {
      inserts.push(values);
      continue;
    }
    const changed = (Object.keys(values) as (keyof Values)[]).filter((key) => values[key] !== null && values[key] !== match[key]);
    if (changed.length === 0) {
      result.skipped++;
      continue;
    }
    // Two rows may reach one company (one by LinkedIn URL, one by website): their patches merge, later cells winning.
    patches.set(match.id, { ...patches.get(match.id), ...Object.fromEntries(changed.map((key) => [key, values[key]])) });
    result.updated++;
  }

  if (inserts.length > 0) {
    // In one order of their keys, so two imports adding the same companies meet at the first, not crosswise.
    inserts.sort((a, b) => compare(a.linkedin_url, b.linkedin_url) || compare(a.website_domain, b.website_domain));
    const staged = await stagedRows(trx, 'import_companies', COLUMNS, inserts);
    await sql`insert into global_companies (name, linkedin_url, website_domain, description, industry, location,
        headquarters, founded_year, employee_count, linkedin_id, latitude, longitude, created_at, updated_at)
      select *, ${now}::timestamptz, ${now}::timestamptz from ${staged}`.execute(trx);
    result.inserted += inserts.length;
  }
  if (patches.size > 0) {
    const rows = [...patches].sort(([a], [b]) => compare(a, b)).map(([id, patch]) => ({ id, ...patch }));
    const staged = await stagedRows(trx, 'import_company_patches', `id uuid, ${COLUMNS}`, rows);
    await sql`update global_companies g set
        name = coalesce(r.name, g.name), linkedin_url = coalesce(r.linkedin_url, g.linkedin_url),
        website_domain = coalesce(r.website_domain, g.website_domain), description = coalesce(r.description, g.description),
        industry = coalesce(r.industry, g.industry), location = coalesce(r.location, g.location),
        headquarters = coalesce(r.headquarters, g.headquarters), founded_year = coalesce(r.founded_year, g.founded_year),
        employee_count = coalesce(r.employee_count, g.employee_count), linkedin_id = coalesce(r.linkedin_id, g.linkedin_id),
        latitude = coalesce(r.latitude, g.latitude), longitude = coalesce(r.longitude, g.longitude), updated_at = ${now}::timestamptz
      from ${staged} where g.id = r.id`.execute(trx);
  }
  return result;
}

/**
 * The row as column values. Coordinates come from the file, or else from
 * the gazetteer when the location is new to the company (a known company's
 * coordinates are kept while its location stays the same).
 */
function valuesOf(row: CompanyRow, match: Partial<Values> | undefined): Values {
  const location = row.location ?? null;
  const keepCoordinates = match?.latitude != null && (location === null || location === match.location);
  const place = row.latitude === undefined && location !== null && !keepCoordinates ? placeOfLocation(location) : undefined;
  return {
    name: row.name,
    linkedin_url: row.linkedin_url ?? null,
    website_domain: row.website ?? null,
    description: row.description ?? null,
    industry: row.industry ?? null,
    location,
    headquarters: row.headquarters ?? null,
    founded_year: row.founded_year ?? null,
    employee_count: row.employee_count ?? null,
    linkedin_id: row.linkedin_id ?? null,
    latitude: row.latitude ?? place?.latitude ?? null,
    longitude: row.longitude ?? place?.longitude ?? null,
  };
}

const compare = (a: string | number | null, b: string | number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/**
 * Rows naming the same company (by LinkedIn URL or website) become one,
 * later cells winning. A row whose LinkedIn URL is one earlier company's and
 * whose website another's is refused, as it is when the database holds the
 * two companies.
 */
function mergeDuplicates(batch: Batch<CompanyRow>, reject: Reject): { merged: Batch<CompanyRow>; repeated: number } {
  const merged: Batch<CompanyRow> = [];
  let repeated = 0;
  const byKey = new Map<string, { line: number; row: CompanyRow }>();
  const keysOf = (row: CompanyRow) => [row.linkedin_url && `l:${row.linkedin_url}`, row.website && `w:${row.website}`].filter(Boolean) as string[];
  for (const entry of batch) {
    const earlier = [...new Set(keysOf(entry.row).map((key) => byKey.get(key)).filter((found) => found !== undefined))];
    if (earlier.length > 1) {
      reject(entry.line, 'linkedin_url and website belong to two different companies', [{ code: 'conflicting_companies' }]);
      continue;
    }
    const [same] = earlier;
    if (same) {
      repeated++;
      const defined = Object.fromEntries(Object.entries(entry.row).filter(([, value]) => value !== undefined));
      same.row = { ...same.row, ...defined };
      same.line = entry.line;
    } else {
      merged.push(entry);
    }
    const target = same ?? entry;
    for (const key of keysOf(target.row)) byKey.set(key, target);
  }
  return { merged, repeated };
}
