import type { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import type { Clock } from '../platform/clock.js';
import type { AgencyCache } from '../platform/http/agency-cache.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { boardInput, readBoard, type Board } from './read-board.js';
import { allowedTransitions } from './domain/index.js';
import type { boardSchema } from './board.schemas.js';

/**
 * The board as /api/board serialises it, reused from `cache` while fresh
 * (everyone in an agency opens the same board). Authorization and input
 * parsing come first on every path, cached or not, and the cache is keyed by
 * the whole parsed request, so spellings of one request share one entry.
 */
export async function serveBoard(db: Db, cache: AgencyCache<string>, actor: Actor, input: z.input<typeof boardInput>, clock: Clock): Promise<string> {
  authorize(actor, 'companies:view');
  const request = parseInput(boardInput, input);
  const key = JSON.stringify([request.pipelineId ?? null, request.ownerId ?? null, request.q ?? null, request.limitPerColumn]);
  let body = cache.get(actor.agencyId, key);
  if (!body) {
    body = JSON.stringify(toBody(await readBoard(db, actor, request, clock)));
    cache.set(actor.agencyId, key, body);
  }
  return body;
}

function toBody({ pipeline, columns }: Board): z.input<typeof boardSchema> {
  return {
    pipeline: { id: pipeline.id, name: pipeline.name, version: pipeline.version, skipNeedsReason: pipeline.skipNeedsReason, fields: pipeline.fields },
    columns: columns.map(({ stage, total, valueSum, cards, nextCursor }) => ({
      key: stage.key,
      label: stage.name,
      color: stage.color,
      icon: stage.icon,
      outcome: stage.outcome ?? null,
      allowedTransitions: [...allowedTransitions(pipeline, stage.key)],
      requires: stage.requires,
      checklist: stage.checklist,
      probability: stage.probability ?? null,
      total,
      valueSum,
      cards,
      nextCursor,
    })),
  };
}
