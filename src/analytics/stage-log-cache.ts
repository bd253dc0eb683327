import { sql } from 'kysely';
import { joinColumns, pipelineColumns, replayCompany, selectCompanies, type PipelineColumns } from './domain/index.js';
import type { Pipeline } from '../pipeline/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { readStageLogs, type StageLog } from './stage-log.js';

/**
 * The activities a cached stage log depends on: the stage activities
 * themselves, and owner changes (the owner filter reads the owner now).
 * Literal, so PostgreSQL matches the partial index
 * client_company_activities_stage_log_idx.
 */
const TRACKED = sql.raw(`('company_tracked', 'status_change', 'company_deleted', 'owner_changed')`);

/** How many agencies' logs stay in memory; the least recently read goes first. */
const MAX_AGENCIES = 50;

/**
 * How much of the agency's log has been read: how many tracked activities
 * there are, and the highest seq. Activities are never updated or deleted
 * (a trigger refuses it), so the count only grows: an unchanged count
 * means an unchanged log, whichever instance wrote to it.
 */
interface Fingerprint {
  count: number;
  maxSeq: string;
}

interface AgencyLogs {
  fingerprint: Fingerprint;
  /** Company id → the number its rows carry in `columns`. */
  numbers: Map<string, number>;
  /** Owner now, by company number. */
  owners: (string | null)[];
  columns: PipelineColumns;
  /** The latest event of any company (epoch ms). */
  latestAt: number;
  /** Columns per owner filter, made on first use. */
  byOwner: Map<string, PipelineColumns>;
}

/**
 * The agency's replayed stage logs, kept in memory between dashboard
 * requests as columns (domain/analytics/pipeline-columns.ts). Replaying a
 * large agency's whole log costs seconds; each request here costs one
 * count over an index, and when the log grew, reading again only the
 * companies with new activities. Nothing is bookkept besides the log: the
 * columns are the log's replay, checked against the log on every read.
 *
 * One per process (and per database); each agency's refreshes run one at
 * a time, in a repeatable-read transaction so the count and the rows read
 * agree.
 */
export class StageLogCache {
  readonly #agencies = new Map<string, Promise<AgencyLogs>>();

  constructor(
    private readonly db: Db,
    private readonly pipeline: Pipeline,
  ) {}

  /**
   * The columns of the agency's companies in the pipeline (only those the
   * owner owns, with `ownerId`), or null when the log holds events after
   * `now` (a clock behind the writer's), which callers replay directly.
   */
  async columns(agencyId: string, ownerId: string | undefined, now: Date): Promise<PipelineColumns | null> {
    const logs = await this.#refresh(agencyId);
    if (logs.latestAt > now.getTime()) return null;
    if (ownerId === undefined) return logs.columns;
    let owned = logs.byOwner.get(ownerId);
    if (!owned) {
      owned = selectCompanies(logs.columns, (company) => logs.owners[company] === ownerId);
      logs.byOwner.set(ownerId, owned);
    }
    return owned;
  }

  /** Brings the agency's logs up to date, after any refresh already under way. */
  #refresh(agencyId: string): Promise<AgencyLogs> {
    const previous = this.#agencies.get(agencyId);
    const next = (async () => {
      const logs = await previous?.catch(() => undefined);
      return this.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((trx) => this.#update(trx, agencyId, logs));
    })();
    this.#agencies.delete(agencyId); // re-inserted last: the Map's order is the order of use
    this.#agencies.set(agencyId, next);
    if (this.#agencies.size > MAX_AGENCIES) this.#agencies.delete(this.#agencies.keys().next().value!);
    // A failed refresh is not kept: the next read starts over.
    next.catch(() => {
      if (this.#agencies.get(agencyId) === next) this.#agencies.delete(agencyId);
    });
    return next;
  }

  async #update(trx: Executor, agencyId: string, logs: AgencyLogs | undefined): Promise<AgencyLogs> {
    const { rows } = await sql<Fingerprint>`
      select count(*)::int as count, coalesce(max(seq), 0)::text as "maxSeq" from client_company_activities
      where agency_id = ${agencyId} and activity_type in ${TRACKED}`.execute(trx);
    const fingerprint = rows[0]!;
    if (!logs) return this.#readAll(trx, agencyId, fingerprint);
    if (fingerprint.count === logs.fingerprint.count && fingerprint.maxSeq === logs.fingerprint.maxSeq) return logs;

    const { rows: changed } = await sql<{ company_id: string; count: number }>`
      select company_id, count(*)::int as count from client_company_activities
      where agency_id = ${agencyId} and activity_type in ${TRACKED} and seq > ${logs.fingerprint.maxSeq}::bigint
      group by company_id`.execute(trx);
    const added = changed.reduce((sum, row) => sum + row.count, 0);
    // An activity that took a lower seq but committed after the last read is not above maxSeq: start over.
    if (logs.fingerprint.count + added !== fingerprint.count) return this.#readAll(trx, agencyId, fingerprint);

    const companyIds = changed.map((row) => row.company_id);
    const fresh = await readStageLogs(trx, agencyId, { pipeline: this.pipeline.key, companyIds });
    // Numbers are only ever added, so older columns can share the map; owners change, so they are copied.
    const numbers = logs.numbers;
    const owners = logs.owners.slice();
    const replaced = new Set(companyIds.map((id) => numbers.get(id)).filter((n) => n !== undefined));
    const freshNumbers = fresh.map((log) => {
      let number = numbers.get(log.companyId);
      if (number === undefined) numbers.set(log.companyId, (number = owners.length));
      owners[number] = log.ownerId;
      return number;
    });
    return {
      fingerprint,
      numbers,
      owners,
      columns: joinColumns(
        selectCompanies(logs.columns, (company) => !replaced.has(company)),
        pipelineColumns(this.pipeline, fresh.map((log) => replayCompany(this.pipeline, log.events)), freshNumbers),
      ),
      latestAt: Math.max(logs.latestAt, latestOf(fresh)),
      byOwner: new Map(),
    };
  }

  async #readAll(trx: Executor, agencyId: string, fingerprint: Fingerprint): Promise<AgencyLogs> {
    const logs = await readStageLogs(trx, agencyId, { pipeline: this.pipeline.key });
    return {
      fingerprint,
      numbers: new Map(logs.map((log, number) => [log.companyId, number])),
      owners: logs.map((log) => log.ownerId),
      columns: pipelineColumns(
        this.pipeline,
        logs.map((log) => replayCompany(this.pipeline, log.events)),
      ),
      latestAt: latestOf(logs),
      byOwner: new Map(),
    };
  }
}

function latestOf(logs: readonly StageLog[]): number {
  let latest = -Infinity;
  for (const log of logs) latest = Math.max(latest, log.events.at(-1)?.at.getTime() ?? -Infinity);
  return latest;
}
