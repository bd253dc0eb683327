import { DAY_MS } from '../../platform/time/days.js';

/**
 * How long an uploaded export is kept for mapping and running: a day. An
 * admin maps and runs an import in one sitting, and the file is the
 * agency's whole client list (names, people, e-mail addresses), so it is
 * not kept beyond that; a run reads it once, at its start.
 */
export const KEEP_FILES_MS = DAY_MS;

/** Files uploaded before this moment are removed (one exactly a day old is kept). */
export function filesExpireBefore(now: Date): Date {
  return new Date(now.getTime() - KEEP_FILES_MS);
}
