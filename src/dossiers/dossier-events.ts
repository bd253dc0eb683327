import { EventEmitter } from 'node:events';
import type { DossierKind } from './domain/index.js';

/** A lead or opportunity of an agency changed (created, edited, moved, linked, converted or deleted) and was committed. */
export interface DossierChange {
  agencyId: string;
  dossierId: string;
  kind: DossierKind;
}

// In-process, like company changes: the instance that writes tells its own
// streams (/api/events), so open overviews and dossier pages refresh.
const emitter = new EventEmitter().setMaxListeners(0);

/** Announces committed dossier changes; call after the transaction, never inside it. */
export function publishDossierChange(change: DossierChange): void {
  emitter.emit('change', change);
}

/** Listens for dossier changes; returns the function that stops listening. */
export function onDossierChange(listener: (change: DossierChange) => void): () => void {
  emitter.on('change', listener);
  return () => emitter.off('change', listener);
}
