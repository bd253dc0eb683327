import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Actor } from '../../src/identity/domain/roles.js';
import type { Database, Db } from '../../src/platform/db/database.js';
import { searchEverything } from '../../src/clients/search-everything.js';
import { FIRST_NAMES, LAST_NAMES, TITLES } from '../../src/demo/dutch-market.js';
import { SESSION_SETTINGS } from '../../src/platform/db/postgres-dialect.js';

/*
 * Global search (GET /api/search, Ctrl-K) in bench/search: the people it
 * searches besides the market's companies, and the queries recruiters type
 * into it — company words, Dutch plurals and slips, people's names, the
 * first letters of a name while typing.
 */

/**
 * Decision makers for every shared company (`perCompany` each, Dutch names
 * and executive or HR titles) and contacts for every company the agency
 * follows (`contactsPerCompany` each), set-based, names picked by hash so a
 * run is repeatable.
 */
export async function seedPeople(db: Db, actor: Actor, perCompany: number, contactsPerCompany: number, now: Date): Promise<{ decisionMakers: number; contacts: number }> {
  const titles = [...TITLES.executives, ...TITLES.hrMid];
  const name = (salt: string, id: string) => sql<string>`
    (${sql.val([...FIRST_NAMES])}::text[])[1 + mod(abs(hashtext(${sql.raw(id)}::text || ${salt} || n)), ${FIRST_NAMES.length})]
    || ' ' || (${sql.val([...LAST_NAMES])}::text[])[1 + mod(abs(hashtext(${salt} || n || ${sql.raw(id)}::text)), ${LAST_NAMES.length})]`;
  const title = (id: string) => sql<string>`(${sql.val(titles)}::text[])[1 + mod(abs(hashtext('title' || n || ${sql.raw(id)}::text)), ${titles.length})]`;
  const decisionMakers = await sql`
    insert into decision_makers (global_company_id, name, title)
    select g.id, ${name('dm', 'g.id')}, ${title('g.id')}
    from global_companies g cross join generate_series(1, ${perCompany}) n
    on conflict do nothing`.execute(db);
  const contacts = await sql`
    insert into contacts (agency_id, company_id, name, title, email, created_at)
    select c.agency_id, c.id, ${name('contact', 'c.id')}, ${title('c.id')}, 'contact' || n || '@' || coalesce(g.website_domain, 'example.nl'), ${now}::timestamptz
    from companies c join global_companies g on g.id = c.global_company_id cross join generate_series(1, ${contactsPerCompany}) n
    where c.agency_id = ${actor.agencyId}`.execute(db);
  return { decisionMakers: Number(decisionMakers.numAffectedRows ?? 0), contacts: Number(contacts.numAffectedRows ?? 0) };
}

/** What recruiters type into global search, each as typed to the end (the box debounces the letters before). */
export const GLOBAL_QUERIES: readonly string[] = [
  // Company words, a brand, a family name, a word with a place.
  'bouw', 'zorggroep', 'logistiek', 'nexora', 'de boer', 'techniek', 'thuiszorg utrecht', 'software amsterdam',
  // Dutch: plurals and singulars, slips.
  'bouwgroepen', 'aannemer', 'zorgroep', 'logistik', 'installaties', 'accountant',
  // People: a last name, a first name, both, "van den …", a slip.
  'jansen', 'de vries', 'marieke', 'sanne de jong', 'van den berg', 'verhoven',
  // The first letters while typing.
  'ja', 'bo', 'sa', 'v',
];

/** One round robin over the queries, `iterations` times after `warmup` rounds, one search at a time. */
export async function measureGlobalSearch(
  db: Db,
  actor: Actor,
  options: { iterations: number; warmup: number; onRound?: (round: number) => void },
): Promise<{ latencies: number[]; byQuery: Map<string, number[]>; hits: Map<string, number> }> {
  const latencies: number[] = [];
  const byQuery = new Map(GLOBAL_QUERIES.map((q) => [q, [] as number[]]));
  const hits = new Map<string, number>();
  for (let round = -options.warmup; round < options.iterations; round++) {
    for (const q of GLOBAL_QUERIES) {
      const started = performance.now();
      const found = await searchEverything(db, actor, { q });
      const elapsed = performance.now() - started;
      if (round < 0) continue;
      latencies.push(elapsed);
      byQuery.get(q)!.push(elapsed);
      hits.set(q, found.companies.length + found.shared.length + found.contacts.length + found.decisionMakers.length);
    }
    if (round >= 0) options.onRound?.(round + 1);
  }
  return { latencies, byQuery, hits };
}

/** The statements one global search runs, each with EXPLAIN (ANALYZE, BUFFERS), in the sessions' settings. */
export async function explainGlobalSearch(url: string, actor: Actor, q: string): Promise<string> {
  const queries: CompiledQuery[] = [];
  const options = Object.entries(SESSION_SETTINGS).map(([name, value]) => `-c ${name}=${value}`).join(' ');
  const pool = new pg.Pool({ connectionString: url, max: 1, options });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') queries.push(event.query);
    },
  });
  try {
    await searchEverything(db, actor, { q });
    const plans: string[] = [];
    for (const query of queries) {
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]);
      plans.push(`${query.sql}\n${rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
    }
    return plans.join('\n\n');
  } finally {
    await db.destroy();
  }
}
