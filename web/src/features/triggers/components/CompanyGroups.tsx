import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useMe } from '../../../shared/queries';
import { useGroups, useRecordGroups, useSetRecordGroups, type GroupRecord } from '../hooks/useTriggers';
import '../triggers.css';

export interface CompanyGroupsProps {
  companyId: string;
  onSaved(text: string): void;
  onFailed(text: string): void;
}

/** The groups a company is in (RecordGroups). */
export function CompanyGroups({ companyId, ...props }: CompanyGroupsProps) {
  return <RecordGroups record={{ kind: 'company', id: companyId }} {...props} />;
}

export interface RecordGroupsProps {
  record: GroupRecord;
  /** Who may not edit the record sees the chips only (a viewer; for a dossier, no edit right on its kind). */
  canEdit?: boolean | undefined;
  onSaved(text: string): void;
  onFailed(text: string): void;
}

/** The groups a company, lead or opportunity is in, as chips with a remove button, and a select to add it to another. */
export function RecordGroups({ record, canEdit: mayEdit, onSaved, onFailed }: RecordGroupsProps) {
  const { t } = useI18n();
  const titleId = useId();
  // Viewers see the chips, without add or remove.
  const role = useMe().data?.role;
  const canEdit = mayEdit ?? role !== 'viewer';
  const current = useRecordGroups(record);
  const all = useGroups();
  const set = useSetRecordGroups(record);
  const [chosen, setChosen] = useState('');
  const mine = current.data ?? [];
  const others = (all.data ?? []).filter((g) => !mine.some((m) => m.id === g.id));
  const save = (groupIds: string[]) => set.mutate(groupIds, { onSuccess: () => onSaved(t('groups.saved')), onError: (error) => onFailed(errorText(error, t)) });
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    save([...mine.map((g) => g.id), chosen]);
    setChosen('');
  };

  return (
    <section className="card groups-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('groups.title')}</h2>
      {current.isError && <p className="error">{errorText(current.error, t)}</p>}
      {current.isSuccess && mine.length === 0 && <p className="empty">{t('groups.empty')}</p>}
      <ul className="group-list">
        {mine.map((group) => (
          <li key={group.id} className="group-chip">
            {group.name}
            {canEdit && (
              <button type="button" className="chip-remove" aria-label={t('groups.removeLabel', { name: group.name })} disabled={set.isPending} onClick={() => save(mine.filter((g) => g.id !== group.id).map((g) => g.id))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && others.length > 0 && (
        <form className="group-add" onSubmit={add}>
          <label>
            {t('groups.add')}
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('groups.choose')}</option>
              {others.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!chosen || set.isPending}>
            {t('groups.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}
