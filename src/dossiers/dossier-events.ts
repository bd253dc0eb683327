import { channel } from '../platform/events/channel.js';
import type { DossierKind } from './domain/index.js';

/** A lead or opportunity of an agency changed (created, edited, moved, linked, converted or deleted) and was committed. */
export interface DossierChange {
  agencyId: string;
  dossierId: string;
  kind: DossierKind;
}

// Like company changes (platform/events/channel.ts): every instance's streams
// (/api/events) hear them, so open overviews and dossier pages refresh.
const changes = channel<DossierChange>('dossier');

/** Announces committed dossier changes; call after the transaction, never inside it. */
export function publishDossierChange(change: DossierChange): void {
  changes.publish(change);
}

/** Listens for dossier changes; returns the function that stops listening. */
export function onDossierChange(listener: (change: DossierChange) => void): () => void {
  return changes.on(listener);
}
