import { expect, it } from 'vitest';
import { isDomainError } from '../platform/errors.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { companyInStatus, createTestAgency } from '../../test/support/fixtures.js';
import { definitionOf } from '../../test/support/pipelines.js';
import { findStage } from './domain/index.js';
import { changeStatus } from './change-status.js';
import { editPipeline } from './edit-pipeline.js';
import { defaultPipeline } from './pipeline-store.js';

const COMPANIES = 6;
const MOVERS = 8;

// On PostgreSQL the edit and the moves hold real connections and race for
// the pipeline row and the companies' rows (a move locks its company, then
// the pipeline; the edit the pipeline, then the companies it moves).
describeEachDatabase(
  'an edit that archives a stage while its records are being moved',
  (ctx) => {
    it('ends with no record in the archived stage, and only typed refusals', async () => {
      const { db } = ctx;
      const agency = await createTestAgency(db);
      const companies = await Promise.all(Array.from({ length: COMPANIES }, () => companyInStatus(db, agency.recruiter, 'meeting')));
      const pipeline = await defaultPipeline(db, agency.agencyId);
      const definition = definitionOf(pipeline);
      findStage(definition, 'meeting')!.active = false;
      for (const stage of definition.stages) stage.next = stage.next.filter((key) => key !== 'meeting');

      const refusals: string[] = [];
      const typed = (error: unknown) => {
        if (!isDomainError(error)) throw error;
        refusals.push(error.code);
      };
      const targets = ['contacted', 'meeting', 'won'];
      let edited = false;
      await Promise.all([
        editPipeline(db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition, moves: { meeting: 'contacted' } }).then(() => (edited = true), typed),
        ...Array.from({ length: MOVERS }, async (_, mover) => {
          for (let i = 0; i < 4; i++) {
            const companyId = companies[(mover + i) % COMPANIES]!;
            await changeStatus(db, agency.recruiter, { companyId, status: targets[(mover + i) % targets.length]! }).catch(typed);
          }
        }),
      ]);
      expect(refusals.filter((code) => !['INVALID_TRANSITION', 'CONFLICT'].includes(code))).toEqual([]);
      const now = await defaultPipeline(db, agency.agencyId);
      const inMeeting = await db.selectFrom('companies').select('id').where('agency_id', '=', agency.agencyId).where('client_status', '=', 'meeting').execute();
      if (edited) {
        expect(findStage(now, 'meeting')!.active).toBe(false);
        expect(inMeeting).toEqual([]);
      } else {
        // Gave up on records that stayed locked (a 409): nothing of it was written.
        expect(now.version).toBe(pipeline.version);
      }
    });
  },
  { poolSize: 12 },
);
