import { sql } from 'kysely';
import type { z } from 'zod';
import { systemClock, type Clock } from '../../domain/clock.js';
import { detectNoAgencies } from '../../domain/no-agencies.js';
import type { Db, Executor } from '../../db/schema.js';
import { companyRow, describeIssues, jobRow, type CompanyRow, type JobRow } from './import-rows.js';
import type { SourceRow } from './read-records.js';
import { refreshHiringFacts } from '../refresh-hiring-facts.js';

export type ImportKind = 'companies' | 'jobs';

export interface ImportSummary {
  inserted: number;
  updated: number;
  /** Valid rows that changed nothing: the same data was there, or the row repeats one earlier in the file. */
  skipped: number;
  /** Refused rows with their line numbers; nothing of them was written. */
  rejected: { line: number; reason: string }[];
}

const BATCH = 500;

/**
 * Imports shared company data (SPEC R5.6): validates every row, merges
 * duplicates on normalised linkedin_url / website (companies) or
 * (source, external_id) (jobs), and upserts in batches, each batch in one
 * transaction. Running the same file again changes nothing. Importing jobs
 * refreshes their companies' hotness, open jobs and no-agencies flag.
 */
export async function importRecords(
  db: Db,
  kind: ImportKind,
  rows: AsyncIterable<SourceRow>,
  onProgress?: (summary: ImportSummary) => void,
  clock: Clock = systemClock,
): Promise<ImportSummary> {
  const summary: ImportSummary = { inserted: 0, updated: 0, skipped: 0, rejected: [] };
  const schema: z.ZodType = kind === 'companies' ? companyRow : jobRow;
  let batch: { line: number; row: CompanyRow & JobRow }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const counts = await db.transaction().execute((trx) =>
      kind === 'companies' ? upsertCompanies(trx, batch, summary) : upsertJobs(trx, batch, summary, clock),
    );
    summary.inserted += counts.inserted;
    summary.updated += counts.updated;
    summary.skipped += counts.skipped;
    batch = [];
    onProgress?.(summary);
  };
  for await (const source of rows) {
    if ('error' in source) {
      summary.rejected.push({ line: source.line, reason: source.error });
      continue;
    }
    const parsed = schema.safeParse(source.record);
    if (!parsed.success) summary.rejected.push({ line: source.line, reason: describeIssues(parsed.error) });
    else batch.push({ line: source.line, row: parsed.data as CompanyRow & JobRow });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  summary.rejected.sort((a, b) => a.line - b.line);
  return summary;
}

type Counts = { inserted: number; updated: number; skipped: number };

/** The shared companies these normalised LinkedIn URLs and websites name, indexed both ways. */
async function findCompanies(trx: Executor, identities: { linkedin?: string | undefined; website?: string | undefined }[]) {
  const linkedins = identities.flatMap((i) => (i.linkedin ? [i.linkedin] : []));
  const websites = identities.flatMap((i) => (i.website ? [i.website] : []));
  const found =
    linkedins.length + websites.length === 0
      ? []
      : await trx
          .selectFrom('global_companies')
          .selectAll()
          .where((eb) =>
            eb.or([
              ...(linkedins.length ? [eb('linkedin_url', 'in', linkedins)] : []),
              ...(websites.length ? [eb('website_domain', 'in', websites)] : []),
            ]),
          )
          .execute();
  return {
    byLinkedin: new Map(found.filter((c) => c.linkedin_url).map((c) => [c.linkedin_url!, c])),
    byDomain: new Map(found.filter((c) => c.website_domain).map((c) => [c.website_domain!, c])),
  };
}

/** Rows naming the same company (by LinkedIn URL or website) become one, later cells winning. */
function mergeDuplicates(batch: { line: number; row: CompanyRow }[]): { line: number; row: CompanyRow }[] {
  const merged: { line: number; row: CompanyRow }[] = [];
  const byKey = new Map<string, { line: number; row: CompanyRow }>();
  for (const entry of batch) {
    const keys = [entry.row.linkedin_url && `l:${entry.row.linkedin_url}`, entry.row.website && `w:${entry.row.website}`].filter(Boolean) as string[];
    const earlier = keys.map((key) => byKey.get(key)).find(Boolean);
    if (earlier) {
      const defined = Object.fromEntries(Object.entries(entry.row).filter(([, value]) => value !== undefined));
      earlier.row = { ...earlier.row, ...defined };
      earlier.line = entry.line;
    } else {
      merged.push(entry);
    }
    const target = earlier ?? entry;
    for (const key of [target.row.linkedin_url && `l:${target.row.linkedin_url}`, target.row.website && `w:${target.row.website}`]) {
      if (key) byKey.set(key, target);
    }
  }
  return merged;
}

async function upsertCompanies(trx: Executor, rows: { line: number; row: CompanyRow }[], summary: ImportSummary): Promise<Counts> {
  const batch = mergeDuplicates(rows);
  const counts: Counts = { inserted: 0, updated: 0, skipped: rows.length - batch.length };
  const { byLinkedin, byDomain } = await findCompanies(trx, batch.map(({ row }) => ({ linkedin: row.linkedin_url, website: row.website })));

  for (const { line, row } of batch) {
    const a = row.linkedin_url ? byLinkedin.get(row.linkedin_url) : undefined;
    const b = row.website ? byDomain.get(row.website) : undefined;
    if (a && b && a.id !== b.id) {
      summary.rejected.push({ line, reason: 'linkedin_url and website belong to two different companies' });
      continue;
    }
    const values = {
      name: row.name,
      linkedin_url: row.linkedin_url ?? a?.linkedin_url ?? b?.linkedin_url ?? null,
      website_domain: row.website ?? a?.website_domain ?? b?.website_domain ?? null,
      description: row.description ?? null,
      industry: row.industry ?? null,
      location: row.location ?? null,
      headquarters: row.headquarters ?? null,
      founded_year: row.founded_year ?? null,
      employee_count: row.employee_count ?? null,
      linkedin_id: row.linkedin_id ?? null,
    };
    const match = a ?? b;
    if (!match) {
      const created = await trx.insertInto('global_companies').values(values).returningAll().executeTakeFirstOrThrow();
      if (created.linkedin_url) byLinkedin.set(created.linkedin_url, created);
      if (created.website_domain) byDomain.set(created.website_domain, created);
      counts.inserted++;
      continue;
    }
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => values[key] !== null && values[key] !== match[key]);
    if (changed.length === 0) {
      counts.skipped++;
      continue;
    }
    // Only what the file says is written: an empty cell never erases known data.
    const patch = Object.fromEntries(changed.map((key) => [key, values[key]]));
    const updated = await trx
      .updateTable('global_companies')
      .set({ ...patch, updated_at: new Date() })
      .where('id', '=', match.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (updated.linkedin_url) byLinkedin.set(updated.linkedin_url, updated);
    if (updated.website_domain) byDomain.set(updated.website_domain, updated);
    counts.updated++;
  }
  return counts;
}

async function upsertJobs(trx: Executor, batch: { line: number; row: JobRow }[], summary: ImportSummary, clock: Clock): Promise<Counts> {
  const { byLinkedin, byDomain } = await findCompanies(trx, batch.map(({ row }) => ({ linkedin: row.company_linkedin_url, website: row.company_website })));
  const companyOf = (row: JobRow) =>
    (row.company_linkedin_url ? byLinkedin.get(row.company_linkedin_url) : undefined) ?? (row.company_website ? byDomain.get(row.company_website) : undefined);

  // The last row wins when a file lists the same job twice.
  const rejectedBefore = summary.rejected.length;
  const byKey = new Map<string, { global_company_id: string } & JobRow>();
  for (const { line, row } of batch) {
    const company = companyOf(row);
    if (!company) summary.rejected.push({ line, reason: 'no company with that company_linkedin_url or company_website; import the company first' });
    else byKey.set(`${row.source}\u0000${row.external_id}`, { ...row, global_company_id: company.id });
  }
  const jobs = [...byKey.values()];
  const repeated = batch.length - jobs.length - (summary.rejected.length - rejectedBefore);
  if (jobs.length === 0) return { inserted: 0, updated: 0, skipped: repeated };
  const written = await trx
    .insertInto('jobs')
    .values(
      jobs.map((job) => ({
        global_company_id: job.global_company_id,
        title: job.title,
        description: job.description ?? null,
        location: job.location ?? null,
        skills: job.skills ?? [],
        posted_at: job.posted_at ?? null,
        closed_at: job.closed_at ?? null,
        url: job.url ?? null,
        source: job.source,
        external_id: job.external_id,
        no_agencies: detectNoAgencies(`${job.title}\n${job.description ?? ''}`) !== null,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['source', 'external_id']).doUpdateSet((eb) => ({
        global_company_id: eb.ref('excluded.global_company_id'),
        title: eb.ref('excluded.title'),
        description: eb.ref('excluded.description'),
        location: eb.ref('excluded.location'),
        skills: eb.ref('excluded.skills'),
        posted_at: eb.ref('excluded.posted_at'),
        closed_at: eb.ref('excluded.closed_at'),
        url: eb.ref('excluded.url'),
        no_agencies: eb.ref('excluded.no_agencies'),
      }))
      // A row that says what the table already says is left alone (and not counted as updated).
      .where(sql<boolean>`(jobs.global_company_id, jobs.title, jobs.description, jobs.location, jobs.skills, jobs.posted_at, jobs.closed_at, jobs.url)
        is distinct from (excluded.global_company_id, excluded.title, excluded.description, excluded.location, excluded.skills, excluded.posted_at, excluded.closed_at, excluded.url)`),
    )
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .execute();
  await refreshHiringFacts(trx, jobs.map((job) => job.global_company_id), clock);
  const inserted = written.filter((w) => w.inserted).length;
  return { inserted, updated: written.length - inserted, skipped: repeated + jobs.length - written.length };
}
