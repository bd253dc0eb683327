import type { Translation } from './translation';

/** The gate questions of a move (web/src/shared/gates, LossReasonFields), asked alike on the board and the company page, in Dutch and English. */
export const gatesNl = {
  'gate.holdReason': 'Reden om te wachten',
  'gate.resumeAt': 'Hervatten op',
  'gate.skipReason': 'Reden om fasen over te slaan',
  'gate.skipped': 'Slaat over: {stages}',
  'gate.exit': 'Afgerond in {stage}',
  'gate.entry': 'Klaar voor {stage}',
  'gate.choose': 'Kies…',
  'lost.reason': 'Verliesreden',
  'lost.choose': 'Kies een reden…',
  'lost.other': 'Andere reden (vrije tekst)',
  'lost.otherText': 'Omschrijf de reden',
} as const;

export const gatesEn: Translation<typeof gatesNl> = {
  'gate.holdReason': 'Reason for holding',
  'gate.resumeAt': 'Resume on',
  'gate.skipReason': 'Reason for skipping stages',
  'gate.skipped': 'Skips: {stages}',
  'gate.exit': 'Done in {stage}',
  'gate.entry': 'Ready for {stage}',
  'gate.choose': 'Choose…',
  'lost.reason': 'Loss reason',
  'lost.choose': 'Choose a reason…',
  'lost.other': 'Other reason (free text)',
  'lost.otherText': 'Describe the reason',
};
