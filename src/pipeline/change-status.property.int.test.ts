import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isDomainError } from '../platform/errors.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany } from '../../test/support/fixtures.js';
import { expectConsistentHistory, SPEC_TRANSITIONS } from '../../test/support/invariants.js';
import { changeStatus } from './change-status.js';
import { logOutreach } from '../clients/log-outreach.js';

type Request =
  | { kind: 'move'; status: string; lossReason?: string }
  | { kind: 'outreach' };

const request: fc.Arbitrary<Request> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('move' as const),
      status: fc.constantFrom('prospect', 'contacted', 'meeting', 'won', 'lost', 'on_hold'),
      lossReason: fc.constantFrom('no_response', 'Te duur', ''),
    },
    { requiredKeys: ['kind', 'status'] },
  ),
  fc.constant({ kind: 'outreach' as const }),
);

describeEachDatabase('status changes, property', (ctx) => {
  it('any sequence of requests leaves status equal to the latest status activity, with only legal moves', async () => {
    const { db } = ctx;
    const agency = await createTestAgency(db);
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 12 }), async (requests) => {
        const companyId = await followNewCompany(db, agency.recruiter);
        let model = 'prospect'; // what the rules predict, computed without the code under test
        for (const r of requests) {
          if (r.kind === 'outreach') {
            await logOutreach(db, agency.recruiter, { companyId, channel: 'email' });
            if (model === 'prospect') model = 'contacted';
            continue;
          }
          const legal = SPEC_TRANSITIONS[model]!.includes(r.status) && (r.status !== 'lost' || Boolean(r.lossReason));
          try {
            await changeStatus(db, agency.recruiter, { companyId, status: r.status, lossReason: r.lossReason });
            expect(legal, `${model} → ${r.status} was accepted`).toBe(true);
            model = r.status;
          } catch (error) {
            if (!isDomainError(error)) throw error;
            expect(legal, `${model} → ${r.status} was refused with ${error.code}`).toBe(false);
            expect(['INVALID_TRANSITION', 'LOSS_REASON_REQUIRED', 'VALIDATION']).toContain(error.code);
          }
        }
        const row = await db.selectFrom('companies').select('client_status').where('id', '=', companyId).executeTakeFirstOrThrow();
        expect(row.client_status).toBe(model);
      }),
      { numRuns: 40 },
    );
    await expectConsistentHistory(db, agency.agencyId);
  });
});
