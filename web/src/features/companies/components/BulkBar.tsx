import { useState } from 'react';
import type { Pipeline, TeamMember } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { UserOptions } from '../../../shared/UserOptions';

export type BulkAction =
  | { type: 'stage'; stage: string }
  | { type: 'owner'; ownerId: string | null }
  | { type: 'favorite'; value: boolean }
  | { type: 'alerts'; value: boolean }
  | { type: 'unfollow' };

export interface BulkBarProps {
  /** How many records the action would take. */
  count: number;
  allMatching: boolean;
  total: number;
  pageCount: number;
  /** The one pipeline the records are in, whose stages a move may go to; none when the selection spans pipelines. */
  pipeline: Pipeline | undefined;
  /** The agency's users; the active ones are offered. */
  users: TeamMember[];
  busy: boolean;
  canWrite: boolean;
  onSelectAll(): void;
  onClear(): void;
  onAction(action: BulkAction): void;
}

/** What to do with the selection: move, assign, flag, unfollow; and "select all N that match". */
export function BulkBar({ count, allMatching, total, pageCount, pipeline, users, busy, canWrite, onSelectAll, onClear, onAction }: BulkBarProps) {
  const { t, locale, formatNumber } = useI18n();
  const [stage, setStage] = useState('');
  const [owner, setOwner] = useState('');
  return (
    <section className="bulk-bar" aria-label={t('companies.bulk.label')}>
      <p className="bulk-count" aria-live="polite">
        {allMatching ? t('companies.allSelected', { count: formatNumber(total) }) : t('companies.selected', { count: formatNumber(count) })}
        {!allMatching && count >= pageCount && total > count && (
          <button type="button" className="link" onClick={onSelectAll}>
            {t('companies.selectAll', { count: formatNumber(total) })}
          </button>
        )}
        <button type="button" className="link" onClick={onClear}>
          {t('companies.clearSelection')}
        </button>
      </p>
      {canWrite && (
        <div className="bulk-actions">
          <select
            aria-label={t('companies.bulk.stage')}
            value={stage}
            disabled={busy || !pipeline}
            title={pipeline ? undefined : t('companies.bulk.stageNeedsPipeline')}
            onChange={(e) => {
              setStage('');
              if (e.target.value) onAction({ type: 'stage', stage: e.target.value });
            }}
          >
            <option value="">{t('companies.bulk.stage')}</option>
            {pipeline?.stages
              .filter((s) => s.active)
              .map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name[locale]}
                </option>
              ))}
          </select>
          <select
            aria-label={t('companies.bulk.owner')}
            value={owner}
            disabled={busy}
            onChange={(e) => {
              setOwner('');
              if (e.target.value) onAction({ type: 'owner', ownerId: e.target.value === 'none' ? null : e.target.value });
            }}
          >
            <option value="">{t('companies.bulk.owner')}</option>
            <option value="none">{t('companies.bulk.noOwner')}</option>
            <UserOptions users={users} />
          </select>
          <button type="button" disabled={busy} onClick={() => onAction({ type: 'favorite', value: true })}>
            {t('companies.bulk.favoriteOn')}
          </button>
          <button type="button" disabled={busy} onClick={() => onAction({ type: 'favorite', value: false })}>
            {t('companies.bulk.favoriteOff')}
          </button>
          <button type="button" disabled={busy} onClick={() => onAction({ type: 'alerts', value: true })}>
            {t('companies.bulk.alertsOn')}
          </button>
          <button type="button" disabled={busy} onClick={() => onAction({ type: 'alerts', value: false })}>
            {t('companies.bulk.alertsOff')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => onAction({ type: 'unfollow' })}>
            {t('companies.bulk.unfollow')}
          </button>
        </div>
      )}
      {!pipeline && canWrite && <p className="meta">{t('companies.bulk.stageNeedsPipeline')}</p>}
    </section>
  );
}
