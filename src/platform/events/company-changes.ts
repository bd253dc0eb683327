import { channel } from './channel.js';

/**
 * What changed. One event per committed use case; a use case that moved the
 * stage says `status_changed` (e.g. the first outreach to a prospect).
 */
export const COMPANY_CHANGE_KINDS = [
  'followed',
  'status_changed',
  'updated',
  'deleted',
  'note_added',
  'call_logged',
  'meeting_scheduled',
  'outreach_logged',
  'contact_added',
  'contact_updated',
  'contact_removed',
  /** A reminder of the company was created, completed or deleted. */
  'reminder_changed',
] as const;

export type CompanyChangeKind = (typeof COMPANY_CHANGE_KINDS)[number];

/** Something about an agency's company changed and was committed. */
export interface CompanyChange {
  agencyId: string;
  companyId: string;
  kind: CompanyChangeKind;
}

// Caches keyed by agency forget on these, and /api/events passes them to the
// agency's browsers, on every instance (channel.ts).
const changes = channel<CompanyChange>('company');

/** Announces a committed change; call after the transaction, never inside it. */
export function publishCompanyChange(change: CompanyChange): void {
  changes.publish(change);
}

/** Listens for committed changes; returns the function that stops listening. */
export function onCompanyChange(listener: (change: CompanyChange) => void): () => void {
  return changes.on(listener);
}
