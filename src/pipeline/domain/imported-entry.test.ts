import { describe, expect, it } from 'vitest';
import { decideImportedEntry, recruitmentBd } from './index.js';

const now = new Date('2026-12-01T10:00:00Z');

describe('decideImportedEntry', () => {
  it('places the record straight in the mapped stage with one imported entry naming the source and the stage', () => {
    expect(decideImportedEntry(recruitmentBd, { source: 'Pipedrive', stage: 'meeting', sourceStage: 'Demo Scheduled', extraData: { batchId: 'b' } }, null, now)).toEqual({
      status: 'meeting',
      changedAt: now,
      activity: { activityType: 'imported', oldStatus: null, newStatus: 'meeting', description: 'Imported from Pipedrive: Meeting', extraData: { batchId: 'b', source: 'Pipedrive', sourceStage: 'Demo Scheduled' } },
    });
  });

  it('keeps the loss reason of a lost record, and refuses a lost record without one', () => {
    const lost = decideImportedEntry(recruitmentBd, { source: 'HubSpot', stage: 'lost', lossReason: { lossReason: 'other', lossReasonText: 'Verhuisd' } }, null, now);
    expect(lost.activity.extraData).toMatchObject({ lossReason: 'other', lossReasonText: 'Verhuisd' });
    expect(() => decideImportedEntry(recruitmentBd, { source: 'HubSpot', stage: 'lost' }, null, now)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('says a restored record was restored, and refuses a stage the pipeline does not have', () => {
    expect(decideImportedEntry(recruitmentBd, { source: 'file', stage: 'won' }, 'lost', now).activity).toMatchObject({ oldStatus: 'lost', newStatus: 'won', extraData: { restored: true } });
    expect(() => decideImportedEntry(recruitmentBd, { source: 'file', stage: 'nergens' }, null, now)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
