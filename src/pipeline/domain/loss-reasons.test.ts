import { describe, expect, it } from 'vitest';
import { LOSS_REASONS, parseLossReason } from './loss-reasons.js';

describe('loss reasons', () => {
  it('offers the six standard reasons of seed 000 in Dutch and English', () => {
    expect(LOSS_REASONS).toHaveLength(6);
    for (const reason of LOSS_REASONS) {
      expect(reason.label.nl).not.toBe('');
      expect(reason.label.en).not.toBe('');
    }
  });

  it('keeps a standard key, with an optional explanation', () => {
    expect(parseLossReason('existing_partner')).toEqual({ lossReason: 'existing_partner' });
    expect(parseLossReason(' no_response ', ' 3x gebeld ')).toEqual({ lossReason: 'no_response', lossReasonText: '3x gebeld' });
  });

  it('stores free text as other', () => {
    expect(parseLossReason('Timing niet juist, Q2 opnieuw')).toEqual({ lossReason: 'other', lossReasonText: 'Timing niet juist, Q2 opnieuw' });
    expect(parseLossReason('other', 'Fusie')).toEqual({ lossReason: 'other', lossReasonText: 'Fusie' });
  });

  it('gives nothing for a blank reason or other without text', () => {
    expect(parseLossReason(undefined)).toBeUndefined();
    expect(parseLossReason('   ')).toBeUndefined();
    expect(parseLossReason('other')).toBeUndefined();
  });
});
