import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Clock } from '../../src/platform/clock.js';
import type { Actor } from '../../src/identity/domain/roles.js';
import type { Database, Db } from '../../src/platform/db/database.js';
import { searchGlobalCompanies } from '../../src/discovery/search-global-companies.js';
import { percentile } from './results.js';

/*
 * The query mix of bench/search: what recruiters ask Discovery, each
 * scenario one kind of question, its inputs taken in turn.
 */

export type SearchInput = NonNullable<Parameters<typeof searchGlobalCompanies>[2]>;

export interface Scenario {
  /** Figure names start with it. */
  key: string;
  label: string;
  /** Whether it narrows the companies (false: the unfiltered list in some order). */
  filtered: boolean;
  inputs: SearchInput[];
  /** Measure the second page: the inputs with the cursor their first page returned. */
  secondPage?: boolean;
}

const HEALTH = 'Hospitals and Health Care';

export const SCENARIOS: readonly Scenario[] = [
  { key: 'all_hotness', label: 'no filter, by hotness', filtered: false, inputs: [{}] },
  { key: 'all_recent', label: 'no filter, by recent', filtered: false, inputs: [{ sort: 'recent' }] },
  { key: 'all_name', label: 'no filter, by name', filtered: false, inputs: [{ sort: 'name' }] },
  { key: 'all_page2', label: 'no filter, page 2 (each sort)', filtered: false, secondPage: true, inputs: [{}, { sort: 'recent' }, { sort: 'name' }] },
  {
    key: 'text', label: 'text: zorg, software, verpl, familiebedrijf …', filtered: true,
    inputs: ['zorg', 'software', 'logistiek', 'verpl', 'familiebedrijf', 'de boer', 'amsterdam', 'nexora', 'elektromonteur'].map((q) => ({ q })),
  },
  {
    // Dutch-aware matching (text-search.ts): plurals, singulars, slips, parts of compounds, a word with a place.
    key: 'dutch', label: 'Dutch: bouwgroepen, zorgroep, techniek, aannemer …', filtered: true,
    inputs: ['bouwgroepen', 'zorgroep', 'techniek', 'aannemer', 'logistik', 'thuiszorg utrecht'].map((q) => ({ q })),
  },
  {
    key: 'industry', label: 'industry (8 of them)', filtered: true,
    inputs: [HEALTH, 'Software Development', 'Construction', 'Retail', 'Education', 'Legal Services', 'Semiconductor Manufacturing', 'Wholesale'].map((industry) => ({ industry })),
  },
  { key: 'utrecht_25km', label: 'Utrecht 25 km', filtered: true, inputs: [{ place: 'Utrecht', radiusKm: 25 }] },
  { key: 'amsterdam_50km', label: 'Amsterdam 50 km', filtered: true, inputs: [{ place: 'Amsterdam', radiusKm: 50 }] },
  { key: 'randstad', label: 'Randstad (45 km)', filtered: true, inputs: [{ place: 'Randstad' }] },
  { key: 'small_town_10km', label: 'Zierikzee / Sneek / Venlo 10 km', filtered: true, inputs: ['Zierikzee', 'Sneek', 'Venlo'].map((place) => ({ place, radiusKm: 10 })) },
  {
    key: 'skills', label: 'skills: python, java+kubernetes, wondzorg …', filtered: true,
    inputs: ['python', 'java,kubernetes', 'wondzorg', 'excel', 'vca', 'sap', 'code 95,adr', 'big-registratie,triage'].map((skills) => ({ skills })),
  },
  { key: 'min_open_jobs', label: 'at least 5 open jobs', filtered: true, inputs: [{ minOpenJobs: 5 }] },
  { key: 'min_hotness', label: 'hotness at least 50', filtered: true, inputs: [{ minHotness: 50 }] },
  { key: 'no_agencies_hide', label: 'no-agency companies hidden', filtered: true, inputs: [{ noAgencies: 'hide' }] },
  { key: 'no_agencies_only', label: 'only no-agency companies', filtered: true, inputs: [{ noAgencies: 'only' }] },
  {
    key: 'combined', label: 'combined (industry+place+open jobs, text+skills …)', filtered: true,
    inputs: [
      { industry: HEALTH, place: 'Utrecht', radiusKm: 25, minOpenJobs: 2 },
      { q: 'software', skills: 'python', noAgencies: 'hide' },
      { place: 'Randstad', skills: 'excel', sort: 'recent' },
      { industry: 'Construction', place: 'Eindhoven', radiusKm: 50, minHotness: 20, noAgencies: 'hide' },
      { q: 'zorg', place: 'Amsterdam', radiusKm: 50, sort: 'name' },
    ],
  },
  {
    key: 'filtered_sorts', label: 'filters by recent / by name', filtered: true,
    inputs: [{ industry: 'Construction', sort: 'name' }, { place: 'Amsterdam', radiusKm: 50, sort: 'recent' }, { skills: 'excel', sort: 'name' }, { q: 'zorg', sort: 'recent' }],
  },
  {
    key: 'filtered_page2', label: 'filters, page 2', filtered: true, secondPage: true,
    inputs: [{ industry: HEALTH }, { place: 'Amsterdam', radiusKm: 50 }, { q: 'zorg' }, { skills: 'excel', sort: 'recent' }],
  },
];

/** Replaces second-page scenarios' inputs by the inputs with the cursor of their first page. */
export async function withCursors(db: Db, actor: Actor, clock: Clock, scenarios: readonly Scenario[]): Promise<Scenario[]> {
  return Promise.all(
    scenarios.map(async (scenario) => {
      if (!scenario.secondPage) return scenario;
      const inputs = [];
      for (const input of scenario.inputs) {
        const first = await searchGlobalCompanies(db, actor, input, clock);
        // Only a tiny data set (a smoke run) has a single page; then the first page stands in.
        inputs.push(first.nextCursor ? { ...input, cursor: first.nextCursor } : input);
      }
      return { ...scenario, inputs };
    }),
  );
}

export interface ScenarioResult {
  scenario: Scenario;
  latencies: number[];
  /** The latencies of each input apart, to find the slowest. */
  byInput: number[][];
  /** Fewest and most hits on a page, over its inputs (a scenario that finds nothing measures little). */
  hits: [number, number];
}

/**
 * Runs every scenario `iterations` times after `warmup` rounds, one query
 * at a time and round robin, so each sees the caches the others leave.
 */
export async function runScenarios(
  db: Db,
  actor: Actor,
  clock: Clock,
  scenarios: readonly Scenario[],
  options: { iterations: number; warmup: number; onRound?: (round: number) => void },
): Promise<ScenarioResult[]> {
  const results = scenarios.map((scenario): ScenarioResult => ({ scenario, latencies: [], byInput: scenario.inputs.map(() => []), hits: [Infinity, 0] }));
  for (let round = -options.warmup; round < options.iterations; round++) {
    for (const result of results) {
      const inputs = result.scenario.inputs;
      const which = (round + options.warmup) % inputs.length;
      const input = inputs[which]!;
      const started = performance.now();
      const { items } = await searchGlobalCompanies(db, actor, input, clock);
      const elapsed = performance.now() - started;
      if (round < 0) continue;
      result.latencies.push(elapsed);
      result.byInput[which]!.push(elapsed);
      result.hits = [Math.min(result.hits[0], items.length), Math.max(result.hits[1], items.length)];
    }
    if (round >= 0) options.onRound?.(round + 1);
  }
  return results;
}

export const p50 = (values: readonly number[]) => percentile(values, 50);
export const p99 = (values: readonly number[]) => percentile(values, 99);

/** The input of a scenario with the highest p99. */
export function slowestInput(result: ScenarioResult): SearchInput {
  const worst = result.byInput.reduce((best, latencies, i) => (p99(latencies) > p99(result.byInput[best]!) ? i : best), 0);
  return result.scenario.inputs[worst]!;
}

/**
 * The SQL one search runs (the page, the count of unplaced companies, the
 * trends), each with PostgreSQL's EXPLAIN (ANALYZE, BUFFERS), to show where
 * a slow scenario spends its time.
 */
export async function explainSearch(url: string, actor: Actor, input: SearchInput, clock: Clock): Promise<string> {
  const queries: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') queries.push(event.query);
    },
  });
  try {
    await searchGlobalCompanies(db, actor, input, clock);
    const plans: string[] = [];
    for (const query of queries) {
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]);
      const parameters = query.parameters.map((p, i) => `$${i + 1}=${JSON.stringify(p)?.slice(0, 60)}`).join(' ');
      plans.push(`${query.sql}\n  -- ${parameters}\n${rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
    }
    return plans.join('\n\n');
  } finally {
    await db.destroy();
  }
}
