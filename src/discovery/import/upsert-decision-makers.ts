import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { findCompanies } from './find-companies.js';
import type { Batch, BatchResult, Reject } from './batch.js';
import type { DecisionMakerRow } from './import-rows.js';
import { stagedRows } from '../../platform/db/copy.js';

type Person = { name: string; title: string | null; linkedin_url: string | null; linkedin_verified: boolean | null };

/**
 * Inserts or updates a company's decision makers, one per name (case
 * ignored) per company. Only the cells a row fills are written, and a row
 * that says nothing new is skipped.
 */
export async function upsertDecisionMakers(trx: Executor, batch: Batch<DecisionMakerRow>, reject: Reject, now: Date): Promise<BatchResult> {
  const { companyOf } = await findCompanies(trx, batch.map(({ row }) => ({ linkedin: row.company_linkedin_url, website: row.company_website })));

  // Rows about the same person merge, later cells winning.
  const byKey = new Map<string, Person & { global_company_id: string }>();
  let unknown = 0;
  for (const { line, row } of batch) {
    const company = companyOf({ linkedin: row.company_linkedin_url, website: row.company_website });
    if (!company) {
      reject(line, 'no company with that company_linkedin_url or company_website; import the company first', [{ code: 'unknown_company' }]);
      unknown++;
      continue;
    }
    const key = keyOf(company.id, row.name);
    const earlier = byKey.get(key);
    byKey.set(key, {
      global_company_id: company.id,
      name: row.name,
      title: row.title ?? earlier?.title ?? null,
      linkedin_url: row.linkedin_url ?? earlier?.linkedin_url ?? null,
      linkedin_verified: row.linkedin_verified ?? earlier?.linkedin_verified ?? null,
    });
  }
  const result = { inserted: 0, updated: 0, skipped: batch.length - unknown - byKey.size };
  if (byKey.size === 0) return result;

  const known = await trx
    .selectFrom('decision_makers')
    .select(['id', 'global_company_id', 'name', 'title', 'linkedin_url', 'linkedin_verified'])
    .where('global_company_id', 'in', [...new Set([...byKey.values()].map((p) => p.global_company_id))])
    // Locked in id order, and new people inserted in key order: two imports of the same people never wait crosswise.
    .orderBy('id')
    .forUpdate()
    .execute();
  const knownByKey = new Map(known.map((k) => [keyOf(k.global_company_id, k.name), k]));

  const inserts: Record<string, unknown>[] = [];
  const patches: Record<string, unknown>[] = [];
  for (const [key, person] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const existing = knownByKey.get(key);
    if (!existing) {
      inserts.push({ ...person, linkedin_verified: person.linkedin_verified ?? false });
      continue;
    }
    const changed = (['name', 'title', 'linkedin_url', 'linkedin_verified'] as const).filter(
      (column) => person[column] !== null && person[column] !== existing[column],
    );
    if (changed.length === 0) result.skipped++;
    else patches.push({ id: existing.id, ...Object.fromEntries(changed.map((column) => [column, person[column]])) });
  }

  const columns = 'global_company_id uuid, name text, title text, linkedin_url text, linkedin_verified boolean';
  if (inserts.length > 0) {
    const staged = await stagedRows(trx, 'import_people', columns, inserts);
    await sql`insert into decision_makers (global_company_id, name, title, linkedin_url, linkedin_verified, created_at, updated_at)
      select *, ${now}::timestamptz, ${now}::timestamptz from ${staged}`.execute(trx);
    result.inserted = inserts.length;
  }
  if (patches.length > 0) {
    const staged = await stagedRows(trx, 'import_people_patches', `id uuid, ${columns}`, patches);
    await sql`update decision_makers d set name = coalesce(r.name, d.name), title = coalesce(r.title, d.title),
        linkedin_url = coalesce(r.linkedin_url, d.linkedin_url), linkedin_verified = coalesce(r.linkedin_verified, d.linkedin_verified),
        updated_at = ${now}::timestamptz
      from ${staged} where d.id = r.id`.execute(trx);
    result.updated = patches.length;
  }
  return result;
}

const keyOf = (globalCompanyId: string, name: string) => `${globalCompanyId}\u0000${name.toLowerCase()}`;
