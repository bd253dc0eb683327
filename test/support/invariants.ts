import { expect } from 'vitest';
import type { Db } from '../../src/platform/db/database.js';
import { findStage, parseLossReason, validateTransition } from '../../src/pipeline/domain/index.js';
import { loadDefinition } from '../../src/pipeline/pipeline-store.js';

/** SPEC R2.2, written out independently of the pipeline under test. */
export const SPEC_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
  prospect: ['contacted', 'meeting', 'won', 'lost'],
  contacted: ['prospect', 'meeting', 'won', 'lost'],
  meeting: ['contacted', 'won', 'lost'],
  won: ['lost'],
  lost: ['prospect'],
};

/** The gates a stage change's timeline entry records it was made with (its extra_data), as validateTransition takes them. */
export function gatesOfEntry(extra: Record<string, unknown>) {
  return {
    lossReason: parseLossReason(extra.lossReason as string | undefined, extra.lossReasonText as string | undefined),
    hold: extra.holdReason ? { reason: String(extra.holdReason), resumeAt: String(extra.resumeAt) } : undefined,
    skipReason: extra.skipReason as string | undefined,
    checklist: extra.checklist as string[] | undefined,
  };
}

/**
 * Asserts the honesty rules for one agency's companies: each company's
 * status and timestamp equal the newest status-setting activity, every
 * status_change (and move to another pipeline) continues where the
 * previous one ended (no lost update), every move is legal — in the
 * untouched Recruitment BD pipeline by SPEC R2.2 written out above, in any
 * other pipeline version by that version's graph and gates — and every move
 * to lost carries its reason. Returns the number of status_change
 * activities seen.
 */
export async function expectConsistentHistory(db: Db, agencyId: string): Promise<number> {
  const companies = await db.selectFrom('companies').selectAll().where('agency_id', '=', agencyId).execute();
  const activities = await db
    .selectFrom('client_company_activities')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('new_status', 'is not', null)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  const templates = new Map((await db.selectFrom('pipelines').select(['id', 'template_key']).where('agency_id', '=', agencyId).execute()).map((p) => [p.id, p.template_key]));
  let changes = 0;
  for (const company of companies) {
    const history = activities.filter((a) => a.company_id === company.id);
    // A record opens with its follow, or with the stage a migration import placed it in.
    expect(['company_tracked', 'imported'], `first entry of ${company.id}`).toContain(history[0]?.activity_type);
    let current: string | null = null;
    for (const entry of history) {
      const definition = await loadDefinition(db, agencyId, entry.pipeline_id!, entry.pipeline_version!);
      // Version 1 of the Recruitment BD template is SPEC R2.2 itself: checked against the map written out above.
      const specPipeline = entry.pipeline_version === 1 && templates.get(entry.pipeline_id!) === 'recruitment_bd';
      if (entry.activity_type === 'status_change') {
        changes++;
        expect(entry.old_status, `status_change continues from the previous state`).toBe(current);
        if (specPipeline) {
          expect(SPEC_TRANSITIONS[entry.old_status!], `${entry.old_status} → ${entry.new_status} is legal`).toContain(entry.new_status);
        } else {
          const extra = entry.extra_data;
          expect(validateTransition(definition, { from: entry.old_status!, to: entry.new_status!, gates: gatesOfEntry(extra), override: extra.override !== undefined }), `${entry.old_status} → ${entry.new_status}`).toBeNull();
        }
        if (findStage(definition, entry.new_status!)?.outcome === 'lost') expect(entry.extra_data.lossReason).toBeTruthy();
      } else if (entry.activity_type === 'pipeline_changed') {
        expect(entry.old_status, `a move to another pipeline continues from the previous state`).toBe(current);
        expect(findStage(definition, entry.new_status!)?.active).toBe(true);
      } else if (entry.activity_type === 'imported') {
        // Placed directly in any active stage (no invented history); a lost one still says why.
        expect(findStage(definition, entry.new_status!)?.active).toBe(true);
        if (findStage(definition, entry.new_status!)?.outcome === 'lost') expect(entry.extra_data.lossReason).toBeTruthy();
      } else {
        expect(entry.activity_type).toBe('company_tracked');
        expect(entry.new_status).toBe(definition.entryStage);
      }
      current = entry.new_status;
    }
    const last = history.at(-1)!;
    expect(company.client_status).toBe(last.new_status);
    expect(company.client_status_changed_at.getTime()).toBe(last.created_at.getTime());
  }
  return changes;
}
