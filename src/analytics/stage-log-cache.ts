import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import { pipelineColumns, replayCompany, selectCompanies, type CompanyReplay, type PipelineColumns } from './domain/index.js';
import type { Pipeline } from '../pipeline/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { chunkSize } from '../platform/db/one-connection.js';
import { everInPipeline, readStageLogs } from './stage-log.js';

/**
 * The activities a cached stage log depends on: the stage activities
 * themselves (moves between pipelines included), and owner changes (the
 * owner filter reads the owner now). Literal, so PostgreSQL matches the
 * partial index client_company_activities_stage_log_idx. The count covers
 * all the agency's pipelines: a change in another one costs a read of the
 * changed companies, which then turn out not to be in this pipeline.
 */
const TRACKED = sql.raw(`('company_tracked', 'imported', 'status_change', 'company_deleted', 'owner_changed', 'pipeline_changed')`);

/** The transactions running at the statement's snapshot, as text (xid8). */
const RUNNING = sql<string[]>`(select coalesce(array_agg(x::text), '{}') from pg_snapshot_xip(pg_current_snapshot()) x)`;

/** How many agencies' logs stay in memory; the least recently read goes first. */
const MAX_AGENCIES = 50;
/** How many owner filters each agency keeps: the owner is any id a client sends. */
const MAX_OWNER_FILTERS = 20;
/**
 * How many companies' logs one statement reads: on PGlite about 15 ms of
 * the bench data (bench/startup), since a statement there holds the whole
 * process; on PostgreSQL pages that keep round trips few.
 */
const PAGE_SIZE = { oneConnection: 100, pooled: 5_000 };

export interface StageLogCacheOptions {
  maxAgencies?: number;
  maxOwnerFilters?: number;
  pageSize?: number;
}

/**
 * How much of the agency's log has been read: how many tracked activities
 * there are, and the highest seq. Activities are never updated or deleted
 * (a trigger refuses it), so the count only grows: an unchanged count
 * means an unchanged log, whichever instance wrote to it.
 *
 * Seqs are not taken in commit order: a transaction running when the
 * count was read may still commit an activity below `maxSeq`. `running`
 * lists those transactions (the snapshot's, which every transaction
 * holding a seq is in: migration 2026-12-16T0900). While none of them has
 * committed since, the log can only have grown above `maxSeq`, and the
 * next read counts that far end alone instead of the whole log.
 */
interface Fingerprint {
  count: number;
  maxSeq: string;
  running: string[];
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
  byOwner: LRUCache<string, PipelineColumns>;
}

/** Some companies' logs, replayed. */
interface Replayed {
  companyIds: string[];
  owners: (string | null)[];
  replays: CompanyReplay[];
  latestAt: number;
}

/**
 * The agency's replayed stage logs in one pipeline at one version (the
 * replay depends on its stages: which are won, lost, on hold), kept in
 * memory between dashboard requests as columns (domain/pipeline-columns.ts). Replaying a large
 * agency's whole log costs seconds; each request here costs a count of the
 * activities above the last seq read (see Fingerprint; of the whole log
 * when a transaction that was running then has committed since), and when
 * the log grew, reading again only the companies with new activities. Nothing is bookkept besides the log: the columns are the
 * log's replay, checked against the log on every read.
 *
 * One per process (and per database), holding at most `maxAgencies`
 * agencies and `maxOwnerFilters` owner filters each (lru-cache). Each
 * agency's refreshes run one at a time. The log is read a page of
 * companies per statement, outside any transaction, letting the event loop
 * go between pages: on PGlite's one connection a cold replay would
 * otherwise make every request wait for all of it. Every page reads only
 * up to the seq the fingerprint saw; an activity that took a lower seq but
 * committed later makes the next count disagree, and the log is read again.
 */
export class StageLogCache {
  readonly #agencies: LRUCache<string, Promise<AgencyLogs>>;
  readonly #maxOwnerFilters: number;
  readonly #pageSize: number;

  constructor(
    private readonly db: Db,
    private readonly pipeline: Pipeline,
    options: StageLogCacheOptions = {},
  ) {
    this.#agencies = new LRUCache({ max: options.maxAgencies ?? MAX_AGENCIES });
    this.#maxOwnerFilters = options.maxOwnerFilters ?? MAX_OWNER_FILTERS;
    this.#pageSize = options.pageSize ?? chunkSize(db, PAGE_SIZE);
  }

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
      owned = selectCompanies(logs.columns, Uint8Array.from(logs.owners, (owner) => (owner === ownerId ? 1 : 0)));
      logs.byOwner.set(ownerId, owned);
    }
    return owned;
  }

  /** How much is held: agencies, and owner filters over all of them. */
  async sizes(): Promise<{ agencies: number; ownerFilters: number }> {
    const held = await Promise.all([...this.#agencies.values()].map((logs) => logs.catch(() => undefined)));
    return { agencies: this.#agencies.size, ownerFilters: held.reduce((sum, logs) => sum + (logs?.byOwner.size ?? 0), 0) };
  }

  /** Brings the agency's logs up to date, after any refresh already under way. */
  #refresh(agencyId: string): Promise<AgencyLogs> {
    const previous = this.#agencies.peek(agencyId);
    const next = (async () => this.#update(agencyId, await previous?.catch(() => undefined)))();
    this.#agencies.set(agencyId, next);
    // A failed refresh is not kept: the next read starts over.
    next.catch(() => {
      if (this.#agencies.peek(agencyId) === next) this.#agencies.delete(agencyId);
    });
    return next;
  }

  async #update(agencyId: string, logs: AgencyLogs | undefined): Promise<AgencyLogs> {
    if (!logs) return this.#readAll(agencyId, await this.#fingerprint(agencyId));
    const fingerprint = (await this.#grown(agencyId, logs.fingerprint)) ?? (await this.#fingerprint(agencyId));
    if (fingerprint.count === logs.fingerprint.count && fingerprint.maxSeq === logs.fingerprint.maxSeq) return { ...logs, fingerprint };

    const { rows: changed } = await sql<{ company_id: string; count: number }>`
      select company_id, count(*)::int as count from client_company_activities
      where agency_id = ${agencyId} and activity_type in ${TRACKED}
        and seq > ${logs.fingerprint.maxSeq}::bigint and seq <= ${fingerprint.maxSeq}::bigint
      group by company_id`.execute(this.db);
    const added = changed.reduce((sum, row) => sum + row.count, 0);
    // An activity that took a lower seq but committed after the last read is not above maxSeq: start over.
    if (logs.fingerprint.count + added !== fingerprint.count) return this.#readAll(agencyId, fingerprint);

    const fresh = await this.#readPages(agencyId, fingerprint, pagesOf(changed.map((row) => row.company_id), this.#pageSize));
    // Numbers are only ever added, so older columns can share the map; owners change, so they are copied.
    const numbers = logs.numbers;
    const owners = logs.owners.slice();
    const kept = new Uint8Array(owners.length).fill(1);
    for (const row of changed) {
      const number = numbers.get(row.company_id);
      if (number !== undefined) kept[number] = 0;
    }
    const freshNumbers = fresh.companyIds.map((companyId, i) => {
      let number = numbers.get(companyId);
      if (number === undefined) numbers.set(companyId, (number = owners.length));
      owners[number] = fresh.owners[i]!;
      return number;
    });
    return {
      fingerprint,
      numbers,
      owners,
      columns: selectCompanies(logs.columns, kept, pipelineColumns(this.pipeline, fresh.replays, freshNumbers)),
      latestAt: Math.max(logs.latestAt, fresh.latestAt),
      byOwner: this.#ownerFilters(),
    };
  }

  /** The whole log's fingerprint: a count over the agency's tracked activities. */
  async #fingerprint(agencyId: string): Promise<Fingerprint> {
    const { rows } = await sql<Fingerprint>`
      select count(*)::int as count, coalesce(max(seq), 0)::text as "maxSeq", ${RUNNING} as running
      from client_company_activities
      where agency_id = ${agencyId} and activity_type in ${TRACKED}`.execute(this.db);
    return rows[0]!;
  }

  /**
   * The fingerprint of the log grown from `previous`, counting only the
   * activities above its seq; undefined when a transaction that was running
   * then has committed since (the whole log must be counted again).
   */
  async #grown(agencyId: string, previous: Fingerprint): Promise<Fingerprint | undefined> {
    const { rows } = await sql<Fingerprint & { settled: boolean }>`
      select
        (select coalesce(bool_and(coalesce(pg_xact_status(x) in ('aborted', 'in progress'), false)), true)
          from unnest(${previous.running}::xid8[]) x) as settled,
        ${previous.count}::int + count(*)::int as count, coalesce(max(seq), ${previous.maxSeq}::bigint)::text as "maxSeq", ${RUNNING} as running
      from client_company_activities
      where agency_id = ${agencyId} and activity_type in ${TRACKED} and seq > ${previous.maxSeq}::bigint`.execute(this.db);
    const { settled, ...fingerprint } = rows[0]!;
    return settled ? fingerprint : undefined;
  }

  async #readAll(agencyId: string, fingerprint: Fingerprint): Promise<AgencyLogs> {
    const all = await this.#readPages(agencyId, fingerprint, this.#companyPages(agencyId));
    return {
      fingerprint,
      numbers: new Map(all.companyIds.map((companyId, number) => [companyId, number])),
      owners: all.owners,
      columns: pipelineColumns(this.pipeline, all.replays),
      latestAt: all.latestAt,
      byOwner: this.#ownerFilters(),
    };
  }

  /** The agency's companies that have been in the pipeline, a page of ids at a time (by id, along the primary key). */
  async *#companyPages(agencyId: string): AsyncGenerator<string[]> {
    let after: string | undefined;
    for (;;) {
      const rows = await this.db
        .selectFrom('companies as c')
        .select('c.id')
        .where('c.agency_id', '=', agencyId)
        .where(everInPipeline(this.pipeline.id))
        .$if(after !== undefined, (qb) => qb.where('c.id', '>', after!))
        .orderBy('c.id')
        .limit(this.#pageSize)
        .execute();
      if (rows.length > 0) yield rows.map((row) => row.id);
      if (rows.length < this.#pageSize) return;
      after = rows.at(-1)!.id;
    }
  }

  /** The logs of these pages of companies up to the fingerprint's seq, replayed page by page, yielding between pages. */
  async #readPages(agencyId: string, fingerprint: Fingerprint, pages: AsyncIterable<string[]> | Iterable<string[]>): Promise<Replayed> {
    const replayed: Replayed = { companyIds: [], owners: [], replays: [], latestAt: -Infinity };
    for await (const companyIds of pages) {
      const logs = await readStageLogs(this.db, agencyId, { pipelineId: this.pipeline.id, companyIds, maxSeq: fingerprint.maxSeq });
      for (const log of logs) {
        replayed.companyIds.push(log.companyId);
        replayed.owners.push(log.ownerId);
        replayed.replays.push(replayCompany(this.pipeline, log.events));
        replayed.latestAt = Math.max(replayed.latestAt, log.events.at(-1)?.at.getTime() ?? -Infinity);
      }
      await setImmediate();
    }
    return replayed;
  }

  #ownerFilters(): LRUCache<string, PipelineColumns> {
    return new LRUCache({ max: this.#maxOwnerFilters });
  }
}

function* pagesOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** A StageLogCache per pipeline version, made on first use: what the dashboard keeps. */
export type StageLogCaches = (pipeline: Pipeline) => StageLogCache;

/** How many pipeline versions keep a cache (each holds one agency's replay): the bound on memory the old per-agency cache had. */
const MAX_PIPELINES = MAX_AGENCIES;

/**
 * Caches for the pipeline versions read most recently. The key names the
 * version, so a replay under one version's stages is never served for
 * another: an edit makes a new version, whose first read replays afresh,
 * and the older version's cache is dropped then. Pipeline ids are unique
 * across agencies, and each cache keys its logs by agency too.
 */
export function stageLogCaches(db: Db, options: StageLogCacheOptions = {}): StageLogCaches {
  const caches = new LRUCache<string, { version: number; cache: StageLogCache }>({ max: MAX_PIPELINES });
  return (pipeline) => {
    const held = caches.get(pipeline.id);
    if (held?.version === pipeline.version) return held.cache;
    // A request that read the pipeline before an edit may still ask for the older version: it gets a cache of its own, not kept.
    const cache = new StageLogCache(db, pipeline, options);
    if (!held || held.version < pipeline.version) caches.set(pipeline.id, { version: pipeline.version, cache });
    return cache;
  };
}
