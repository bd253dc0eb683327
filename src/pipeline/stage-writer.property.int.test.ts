import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { isDomainError } from '../platform/errors.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency } from '../../test/support/fixtures.js';
import { expectConsistentHistory } from '../../test/support/invariants.js';
import { changeStatus } from './change-status.js';
import { addContact, addNote, followCompany, logCall, logOutreach, scheduleMeeting } from '../clients/index.js';
import { deleteCompany } from '../clients/delete-company.js';
import { updateCompany } from '../clients/update-company.js';
import { createPipeline } from './create-pipeline.js';
import { moveCompanyPipeline } from './move-company-pipeline.js';
import { defaultPipeline } from './pipeline-store.js';

/*
 * The one-writer rule seen from the database: whatever use case runs, in
 * whatever order, the stage columns of a company (its pipeline too) change only together with
 * exactly one new status_change, company_tracked or pipeline_changed activity carrying the
 * same stage and moment, and never without one. (stage-writer.test.ts proves
 * the same from the source.)
 */

const STAGES = ['prospect', 'contacted', 'meeting', 'won', 'lost'] as const;

type Step =
  | { kind: 'follow' }
  | { kind: 'delete' }
  | { kind: 'move'; status: (typeof STAGES)[number] }
  | { kind: 'outreach' | 'note' | 'call' | 'meeting' | 'contact' | 'owner' | 'favorite' | 'deal' | 'pipeline' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'follow' as const }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('move' as const), status: fc.constantFrom(...STAGES) }),
  fc.constantFrom(...(['outreach', 'note', 'call', 'meeting', 'contact', 'owner', 'favorite', 'deal', 'pipeline'] as const)).map((kind) => ({ kind })),
);

interface Stage {
  pipelineId: string;
  status: string;
  changedAt: number;
  statusActivities: number;
}

async function stageOf(db: Db, agencyId: string, globalCompanyId: string): Promise<(Stage & { id: string }) | null> {
  const row = await db
    .selectFrom('companies as c')
    .select((eb) => [
      'c.id',
      'c.pipeline_id',
      'c.client_status',
      'c.client_status_changed_at',
      eb
        .selectFrom('client_company_activities as a')
        .select((sub) => sub.fn.countAll<string>().as('n'))
        .whereRef('a.agency_id', '=', 'c.agency_id')
        .whereRef('a.company_id', '=', 'c.id')
        .where('a.new_status', 'is not', null)
        .as('status_activities'),
    ])
    .where('c.agency_id', '=', agencyId)
    .where('c.global_company_id', '=', globalCompanyId)
    .executeTakeFirst();
  return row
    ? { id: row.id, pipelineId: row.pipeline_id, status: row.client_status, changedAt: row.client_status_changed_at.getTime(), statusActivities: Number(row.status_activities) }
    : null;
}

describeEachDatabase('one stage writer, property', (ctx) => {
  it('changes the stage columns only together with their one status activity, whatever the use case', async () => {
    const { db } = ctx;
    const agency = await createTestAgency(db);
    // A clock that moves a millisecond per reading: every write has its own moment.
    let tick = Date.UTC(2026, 0, 1);
    const clock = () => new Date((tick += 1));
    // A second clients pipeline to move records to and back (both have a Prospect stage).
    const pipelines = [(await defaultPipeline(db, agency.agencyId)).id, (await createPipeline(db, agency.admin, { templateKey: 'client_stage' })).id];

    const run = async (actor: Actor, companyId: string, globalCompanyId: string, s: Step, pipelineId: string): Promise<unknown> => {
      switch (s.kind) {
        case 'follow': return followCompany(db, actor, { globalCompanyId }, clock);
        case 'delete': return deleteCompany(db, actor, { companyId }, clock);
        case 'move': return changeStatus(db, actor, { companyId, status: s.status, lossReason: s.status === 'lost' ? 'no_response' : undefined }, clock);
        case 'outreach': return logOutreach(db, actor, { companyId, channel: 'email' }, clock);
        case 'note': return addNote(db, actor, { companyId, body: 'Notitie' }, clock);
        case 'call': return logCall(db, actor, { companyId, contactName: 'Jan', outcome: 'connected' }, clock);
        case 'meeting': return scheduleMeeting(db, actor, { companyId, at: '2026-03-01T10:00:00Z' }, clock);
        case 'contact': return addContact(db, actor, { companyId, name: 'Jan' }, clock);
        case 'owner': return updateCompany(db, actor, { companyId, ownerId: agency.manager.userId }, clock);
        case 'favorite': return updateCompany(db, actor, { companyId, favorited: true }, clock);
        case 'deal': return updateCompany(db, actor, { companyId, expectedValue: 12_500, expectedCloseDate: '2026-06-30' }, clock);
        case 'pipeline': return moveCompanyPipeline(db, actor, { companyId, pipelineId: pipelines.find((id) => id !== pipelineId)!, stage: 'prospect' }, clock);
      }
    };

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const globalCompanyId = await createGlobalCompany(db);
        await followCompany(db, agency.recruiter, { globalCompanyId }, clock);
        for (const s of steps) {
          const before = (await stageOf(db, agency.agencyId, globalCompanyId))!;
          try {
            await run(agency.recruiter, before.id, globalCompanyId, s, before.pipelineId);
          } catch (error) {
            if (!isDomainError(error)) throw error;
          }
          const after = (await stageOf(db, agency.agencyId, globalCompanyId))!;
          const moved = after.status !== before.status || after.changedAt !== before.changedAt || after.pipelineId !== before.pipelineId;
          expect(after.statusActivities - before.statusActivities, `${s.kind}: one status activity per stage write, none otherwise`).toBe(moved ? 1 : 0);
          if (!moved) continue;
          const latest = await db
            .selectFrom('client_company_activities')
            .select(['activity_type', 'new_status', 'created_at'])
            .where('agency_id', '=', agency.agencyId)
            .where('company_id', '=', after.id)
            .where('new_status', 'is not', null)
            .orderBy('seq', 'desc')
            .limit(1)
            .executeTakeFirstOrThrow();
          expect(['status_change', 'company_tracked', 'pipeline_changed']).toContain(latest.activity_type);
          expect({ status: latest.new_status, at: latest.created_at.getTime() }).toEqual({ status: after.status, at: after.changedAt });
        }
      }),
      { numRuns: 25 },
    );
    await expectConsistentHistory(db, agency.agencyId);
  });
});
