import { useState } from 'react';
import type { ClientImportBatch } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { errorText } from '../../../shared/error-text';
import { useBatches, useUndoImport } from '../hooks/useClientImport';

/** Earlier imports: who ran each, when, from what, its counts, and undo. */
export function BatchList() {
  const { t, formatDateTime } = useI18n();
  const batches = useBatches();
  const undo = useUndoImport();
  const [undoing, setUndoing] = useState<ClientImportBatch | null>(null);
  return (
    <section className="card settings-section" aria-labelledby="import-batches">
      <h2 id="import-batches">{t('clientImport.batches')}</h2>
      {batches.data?.length === 0 && <p className="notice">{t('clientImport.noBatches')}</p>}
      <ul className="import-batches">
        {batches.data?.map((batch) => (
          <li key={batch.id} data-testid="import-batch">
            <div>
              <strong>{t('clientImport.batch', { file: batch.fileName, source: t(`clientImport.source.${batch.source}` as MessageKey), name: batch.createdBy.name, when: formatDateTime(batch.createdAt) })}</strong>
              <span className="chip">{t(`clientImport.status.${batch.status}` as MessageKey)}</span>
            </div>
            <div className="meta">
              {t('clientImport.batchCounts', { created: batch.counts.created, linked: batch.counts.linked, contacts: batch.counts.contacts, notes: batch.counts.notes, rejected: batch.counts.rejected })}
            </div>
            {batch.undoneAt ? (
              <div className="meta">{t('clientImport.undone', { when: formatDateTime(batch.undoneAt), name: batch.undoneBy?.name ?? '' })}</div>
            ) : (
              batch.status !== 'running' && (
                <button type="button" className="secondary" disabled={undo.isPending} onClick={() => (undo.reset(), setUndoing(batch))}>
                  {t('clientImport.undo')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {undoing && (
        <ConfirmDialog
          title={t('clientImport.undoTitle', { file: undoing.fileName })}
          text={t('clientImport.undoText')}
          confirm={t('clientImport.undo')}
          busy={undo.isPending}
          error={undo.isError ? t('clientImport.error', { detail: errorText(undo.error, t) }) : null}
          onConfirm={() => undo.mutate(undoing.id, { onSuccess: () => setUndoing(null) })}
          onClose={() => setUndoing(null)}
        />
      )}
    </section>
  );
}
