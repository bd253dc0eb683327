import type { pipelineAnalyticsSchema } from './analytics.schemas.js';
import { z } from 'zod';
import { analyzePipeline, pipelineFigures } from './domain/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { defaultPipeline, loadPipeline } from '../pipeline/index.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { id, parseInput } from '../platform/input/input.js';
import { instant, resolvePeriod } from './period-input.js';
import type { StageLogCaches } from './stage-log-cache.js';
import { readStageLogs } from './stage-log.js';

export const pipelineAnalyticsInput = z
  .object({
    /** Start of the period, included (ISO 8601 date or date-time with offset); one year before `to` when absent. */
    from: instant.optional(),
    /** End of the period, excluded; now when absent. At most three years after `from`. */
    to: instant.optional(),
    /** The pipeline; the agency's default when left out. */
    pipelineId: id.optional(),
    /** Only companies this user owns (now). */
    ownerId: id.optional(),
  })
  .strict();

export type PipelineAnalyticsInput = z.input<typeof pipelineAnalyticsInput>;

export type PipelineAnalytics = z.output<typeof pipelineAnalyticsSchema>;

/**
 * The pipeline dashboard (SPEC R6.3) for a period: distribution over
 * stages, time in stage, velocity, funnel by cohort, win rate and loss
 * reasons, all replayed from the agency's activity log (see
 * src/domain/analytics). Soft-deleted companies are not in the
 * distribution, but what happened to them before still counts in the
 * period it happened in. With a StageLogCache (the server keeps one) the
 * replay is kept between requests and only read again where the log grew.
 */
export async function readPipelineAnalytics(
  db: Db,
  actor: Actor,
  input: PipelineAnalyticsInput = {},
  clock: Clock = systemClock,
  caches?: StageLogCaches,
): Promise<PipelineAnalytics> {
  authorize(actor, 'companies:view');
  const request = parseInput(pipelineAnalyticsInput, input);
  const now = clock();
  const period = resolvePeriod(request, now);
  const pipeline = request.pipelineId ? await loadPipeline(db, actor.agencyId, request.pipelineId) : await defaultPipeline(db, actor.agencyId);
  const columns = await caches?.(pipeline).columns(actor.agencyId, request.ownerId, now);
  const figures = columns
    ? pipelineFigures(pipeline, columns, period, now)
    : analyzePipeline(pipeline, await readStageLogs(db, actor.agencyId, { pipelineId: pipeline.id, ownerId: request.ownerId }, now), period, now);
  return {
    pipeline: pipeline.id,
    period,
    ownerId: request.ownerId ?? null,
    asOf: now,
    ...figures,
  };
}
