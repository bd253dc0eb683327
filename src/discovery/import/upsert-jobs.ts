import { sql } from 'kysely';
import { detectNoAgencies } from '../domain/no-agencies.js';
import type { Executor } from '../../platform/db/database.js';
import { findCompanies } from './find-companies.js';
import type { Batch, BatchResult, Reject } from './batch.js';
import type { JobRow } from './import-rows.js';
import { stagedRows } from '../../platform/db/copy.js';

const COLUMNS = `global_company_id uuid, title text, description text, location text, skills text[], posted_at timestamptz,
  closed_at timestamptz, url text, source text, external_id text, no_agencies boolean`;

/**
 * Inserts or updates jobs by (source, external_id). A row that says what the
 * table already says is left alone and counted as skipped; a job whose
 * company is unknown is rejected. A new job's created_at is `now`, the
 * moment clientpipe learned of it (the team view counts jobs added by it).
 */
export async function upsertJobs(trx: Executor, batch: Batch<JobRow>, reject: Reject, now: Date): Promise<BatchResult> {
  const { companyOf } = await findCompanies(trx, batch.map(({ row }) => ({ linkedin: row.company_linkedin_url, website: row.company_website })));

  // The last row wins when a file lists the same job twice.
  const byKey = new Map<string, { source: string; external_id: string } & Record<string, unknown>>();
  let unknown = 0;
  for (const { line, row } of batch) {
    const company = companyOf({ linkedin: row.company_linkedin_url, website: row.company_website });
    if (!company) {
      reject(line, 'no company with that company_linkedin_url or company_website; import the company first', [{ code: 'unknown_company' }]);
      unknown++;
      continue;
    }
    byKey.set(`${row.source}\u0000${row.external_id}`, {
      global_company_id: company.id,
      title: row.title,
      description: row.description ?? null,
      location: row.location ?? null,
      skills: row.skills ?? [],
      posted_at: row.posted_at ?? null,
      closed_at: row.closed_at ?? null,
      url: row.url ?? null,
      source: row.source,
      external_id: row.external_id,
      no_agencies: detectNoAgencies(`${row.title}\n${row.description ?? ''}`) !== null,
    });
  }
  // In one order of their keys, so two imports writing the same jobs lock them in one order (no deadlock).
  const jobs = [...byKey.values()].sort((a, b) => compare(a.source, b.source) || compare(a.external_id, b.external_id));
  const repeated = batch.length - unknown - jobs.length;
  if (jobs.length === 0) return { inserted: 0, updated: 0, skipped: repeated };

  const staged = await stagedRows(trx, 'import_jobs', COLUMNS, jobs);
  const written = await sql<{ inserted: boolean; global_company_id: string }>`
    insert into jobs (global_company_id, title, description, location, skills, posted_at, closed_at, url, source, external_id, no_agencies, created_at)
    select *, ${now}::timestamptz from ${staged}
    on conflict (source, external_id) do update set
      global_company_id = excluded.global_company_id, title = excluded.title, description = excluded.description,
      location = excluded.location, skills = excluded.skills, posted_at = excluded.posted_at, closed_at = excluded.closed_at,
      url = excluded.url, no_agencies = excluded.no_agencies
    where (jobs.global_company_id, jobs.title, jobs.description, jobs.location, jobs.skills, jobs.posted_at, jobs.closed_at, jobs.url)
      is distinct from (excluded.global_company_id, excluded.title, excluded.description, excluded.location, excluded.skills,
        excluded.posted_at, excluded.closed_at, excluded.url)
    returning xmax = 0 as inserted, global_company_id`.execute(trx);
  const inserted = written.rows.filter((w) => w.inserted).length;
  return {
    inserted,
    updated: written.rows.length - inserted,
    skipped: repeated + jobs.length - written.rows.length,
    changedCompanies: written.rows.map((w) => w.global_company_id),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
