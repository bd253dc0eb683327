import { EventEmitter } from 'node:events';

/** Something about an agency's company changed and was committed. */
export interface CompanyChange {
  agencyId: string;
  companyId: string;
  kind: 'followed' | 'status_changed' | 'updated' | 'deleted';
}

// In-process only: each app instance hears its own writes. Caches keyed by
// agency forget on these; live updates to browsers will listen here too.
const emitter = new EventEmitter().setMaxListeners(0);

/** Announces a committed change; call after the transaction, never inside it. */
export function publishCompanyChange(change: CompanyChange): void {
  emitter.emit('change', change);
}

/** Listens for committed changes; returns the function that stops listening. */
export function onCompanyChange(listener: (change: CompanyChange) => void): () => void {
  emitter.on('change', listener);
  return () => emitter.off('change', listener);
}
