import type { forecastSchema } from './analytics.schemas.js';
import { sql } from 'kysely';
import { z } from 'zod';
import { forecast, type ForecastGroup } from './domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { defaultPipeline, loadPipeline } from '../pipeline/index.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput, wholeNumber } from '../platform/input/input.js';

/** The longest forecast, in months. */
export const MAX_FORECAST_MONTHS = 24;

export const forecastInput = z
  .object({
    /** The pipeline; the agency's default when left out. */
    pipelineId: id.optional(),
    /** Only records this user owns. */
    ownerId: id.optional(),
    /** How many months from the current one on (default 6). */
    months: wholeNumber(1, MAX_FORECAST_MONTHS).default(6),
  })
  .strict();

export type Forecast = z.output<typeof forecastSchema>;

/**
 * The value forecast (SPEC R10.6) of a pipeline's live open records, by the
 * month of their expected close date, unweighted and weighted by their
 * stage's probability (domain/forecast.ts). The database groups the
 * records by stage and close month, so the reply costs one aggregate
 * however many records there are.
 */
export async function readForecast(db: Db, actor: Actor, input: z.input<typeof forecastInput> = {}, clock: Clock = systemClock): Promise<Forecast> {
  authorize(actor, 'companies:view');
  const request = parseInput(forecastInput, input);
  const now = clock();
  const pipeline = request.pipelineId ? await loadPipeline(db, actor.agencyId, request.pipelineId) : await defaultPipeline(db, actor.agencyId);
  const open = pipeline.stages.filter((stage) => stage.outcome === undefined).map((stage) => stage.key);
  const { rows } = await sql<{ stage: string; close_month: string | null; count: number; value: string | null }>`
    select c.client_status as stage, to_char(c.expected_close_date, 'YYYY-MM') as close_month,
      count(*)::int as count, sum(c.expected_value)::text as value
    from companies c
    where c.agency_id = ${actor.agencyId} and c.pipeline_id = ${pipeline.id} and c.deleted_at is null
      and c.client_status = any(${open}::text[])
      ${request.ownerId ? sql`and c.owner_id = ${request.ownerId}` : sql``}
    group by 1, 2`.execute(db);
  const groups: ForecastGroup[] = rows.map((row) => ({ stage: row.stage, closeMonth: row.close_month, count: row.count, value: Number(row.value ?? 0) }));
  return { pipelineId: pipeline.id, ownerId: request.ownerId ?? null, asOf: now, ...forecast(pipeline, groups, now, request.months) };
}
