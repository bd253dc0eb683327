import { expect, it } from 'vitest';
import { isDomainError } from '../platform/errors.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany } from '../../test/support/fixtures.js';
import { expectConsistentHistory } from '../../test/support/invariants.js';
import { Random } from '../demo/random.js';
import { changeStatus } from './change-status.js';
import { logOutreach } from '../clients/log-outreach.js';

const CLIENTS = 20;
const REQUESTS_PER_CLIENT = 25;
const STAGES = ['prospect', 'contacted', 'meeting', 'won', 'lost'];

// On PostgreSQL the 20 clients hold 20 real connections and race for the
// same row locks; on PGlite the same load runs through its single connection.
describeEachDatabase(
  'concurrent status changes',
  (ctx) => {
    it(`${CLIENTS} clients hammering 3 companies lose no update and leave status and log agreeing`, async () => {
      const { db } = ctx;
      const agency = await createTestAgency(db);
      const companies = [
        await followNewCompany(db, agency.recruiter),
        await followNewCompany(db, agency.recruiter),
        await followNewCompany(db, agency.recruiter),
      ];
      let accepted = 0;
      const refused: Record<string, number> = {};

      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          const random = new Random(client + 1);
          const actor = client % 2 === 0 ? agency.recruiter : agency.admin;
          for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
            const companyId = random.pick(companies);
            try {
              if (random.chance(0.1)) {
                const { statusChange } = await logOutreach(db, actor, { companyId, channel: 'email' });
                if (statusChange) accepted++;
              } else {
                const status = random.pick(STAGES);
                await changeStatus(db, actor, { companyId, status, lossReason: random.chance(0.8) ? 'no_response' : undefined });
                accepted++;
              }
            } catch (error) {
              // Every refusal must be one of the typed rule errors, never a driver error or deadlock.
              expect(isDomainError(error), String(error)).toBe(true);
              if (isDomainError(error)) refused[error.code] = (refused[error.code] ?? 0) + 1;
            }
          }
        }),
      );

      expect(Object.keys(refused).every((code) => code === 'INVALID_TRANSITION' || code === 'LOSS_REASON_REQUIRED')).toBe(true);
      expect(accepted).toBeGreaterThan(20);
      expect(refused.INVALID_TRANSITION ?? 0).toBeGreaterThan(0);
      // Every accepted change left exactly one activity, chained onto the previous one.
      expect(await expectConsistentHistory(db, agency.agencyId)).toBe(accepted);
    });
  },
  { poolSize: CLIENTS },
);
