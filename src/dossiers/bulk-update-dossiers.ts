import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { isDomainError } from '../platform/errors.js';
import { localizeProblem, problemFor } from '../platform/http/problems.js';
import { id, LIMITS, optionalText, parseInput, text } from '../platform/input/input.js';
import { gateFields, lockLiveDossier } from '../pipeline/index.js';
import { dossierPermission } from './domain/index.js';
import { moveDossier } from './change-dossier-stage.js';
import { removeDossier } from './delete-dossier.js';
import { applyUpdate } from './update-dossier.js';
import { dossierFilterSchema } from './dossier-filter.js';
import { dossierKind } from './dossier-input.js';
import { walkDossiers } from './list-dossiers.js';
import { publishDossierChange } from './dossier-events.js';

const MAX_TARGETS = 2_000;

export const bulkUpdateDossiersInput = z
  .object({
    /** Leads or opportunities: the overview the action is taken on. */
    kind: dossierKind,
    /** The chosen dossiers, or all that match an overview filter. */
    target: z.union([z.object({ ids: z.array(id).min(1).max(MAX_TARGETS) }).strict(), z.object({ filter: dossierFilterSchema.omit({ kind: true }) }).strict()]),
    action: z.discriminatedUnion(
      'type',
      [
        z.object({ type: z.literal('move'), stage: text(64), description: optionalText(LIMITS.description, { multiline: true }), ...gateFields }).strict(),
        z.object({ type: z.literal('owner'), ownerId: id.nullable() }).strict(),
        z.object({ type: z.literal('delete') }).strict(),
      ],
      { error: 'must be a move, owner or delete action' },
    ),
    /** The language of the refusals' messages; the route takes it from Accept-Language when left out. */
    language: z.enum(['nl', 'en'], { error: 'must be nl or en' }).default('en'),
  })
  .strict();

export interface BulkResult {
  results: { id: string; ok: boolean; error: string | null }[];
  succeeded: number;
  failed: number;
}

/**
 * Bulk actions of the overview (SPEC R4.5): move stage (through the stage
 * writer, each record's gates checked), set owner, delete. Each target in
 * its own transaction, so one refusal (a gate, a record gone) leaves the
 * others done; the answer says per target what happened.
 */
export async function bulkUpdateDossiers(db: Db, actor: Actor, input: z.input<typeof bulkUpdateDossiersInput>, clock: Clock = systemClock): Promise<BulkResult> {
  const request = parseInput(bulkUpdateDossiersInput, input);
  authorize(actor, dossierPermission(request.kind, request.action.type === 'delete' ? 'delete' : 'edit'));
  let ids: string[];
  if ('ids' in request.target) {
    ids = [...new Set(request.target.ids)];
  } else {
    ids = [];
    for await (const row of walkDossiers(db, actor, { ...request.target.filter, kind: request.kind })) {
      ids.push(row.id);
      if (ids.length >= MAX_TARGETS) break;
    }
  }
  const results: BulkResult['results'] = [];
  for (const dossierId of ids) {
    try {
      await db.transaction().execute(async (trx) => {
        const { action } = request;
        // A target of the other kind is not on this overview: not found, like another agency's.
        const dossier = await lockLiveDossier(trx, actor.agencyId, dossierId, request.kind);
        if (action.type === 'move') {
          await moveDossier(trx, actor, { ...action, dossierId }, clock);
        } else if (action.type === 'owner') {
          await applyUpdate(trx, actor, dossier, { ownerId: action.ownerId, source: undefined, priority: undefined, category: undefined }, clock());
        } else {
          await removeDossier(trx, actor, dossierId, clock());
        }
      });
      publishDossierChange({ agencyId: actor.agencyId, dossierId, kind: request.kind });
      results.push({ id: dossierId, ok: true, error: null });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      results.push({ id: dossierId, ok: false, error: localizeProblem(problemFor(error), request.language).detail });
    }
  }
  const succeeded = results.filter((result) => result.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}
