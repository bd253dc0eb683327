import { useState } from 'react';
import type { Me, Pipeline } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useUsers } from '../../../shared/queries';
import { useBranches } from '../../../shared/branches';
import { FLAGS, type DateName, type FlagName, type ListFilter } from '../utils/list-query';
import { UserOptions } from '../../../shared/UserOptions';

const FLAG_LABELS: Record<FlagName, MessageKey> = {
  favorite: 'companies.filter.favorite',
  stale: 'companies.filter.stale',
  onHold: 'companies.filter.onHold',
  hasOpenJobs: 'companies.filter.hasOpenJobs',
  noAgencies: 'companies.filter.noAgencies',
};

const DATE_GROUPS: [MessageKey, DateName, DateName][] = [
  ['companies.filter.lastActivity', 'lastActivityFrom', 'lastActivityTo'],
  ['companies.filter.created', 'createdFrom', 'createdTo'],
];

export interface FilterBarProps {
  me: Me;
  filter: ListFilter;
  pipelines: Pipeline[];
  onChange(filter: ListFilter): void;
}

/** Pipeline, stage, owner, branch (when the agency has branches), the yes/no flags, the date ranges and a pipeline field: each change reads the list afresh. */
export function FilterBar({ me, filter, pipelines, onChange }: FilterBarProps) {
  const { t, locale } = useI18n();
  const users = useUsers();
  const branches = useBranches();
  // Active branches, and the one the filter names even when archived since.
  const branchChoices = branches.data?.filter((branch) => branch.archivedAt === null || branch.id === filter.branch) ?? [];
  const pipeline = pipelines.find((p) => p.id === filter.pipelineId);
  const [fieldKey, setFieldKey] = useState('');
  const [fieldValue, setFieldValue] = useState('');
  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, ...patch });
  const fields = pipeline?.fields ?? [];

  return (
    <fieldset className="filter-bar">
      <legend className="sr-only">{t('companies.filters')}</legend>
      <label>
        {t('companies.filter.pipeline')}
        <select value={filter.pipelineId ?? ''} onChange={(e) => set({ pipelineId: e.target.value || undefined, stage: undefined, field: undefined })}>
          <option value="">{t('companies.filter.any')}</option>
          {pipelines.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[locale]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('companies.filter.stage')}
        <select value={filter.stage?.[0] ?? ''} disabled={!pipeline} title={pipeline ? undefined : t('companies.filter.choosePipeline')} onChange={(e) => set({ stage: e.target.value ? [e.target.value] : undefined })}>
          <option value="">{t('companies.filter.any')}</option>
          {pipeline?.stages
            .filter((s) => s.active)
            .map((s) => (
              <option key={s.key} value={s.key}>
                {s.name[locale]}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('companies.filter.owner')}
        <select value={filter.ownerId ?? ''} onChange={(e) => set({ ownerId: e.target.value || undefined })}>
          <option value="">{t('companies.filter.any')}</option>
          <option value={me.id}>{t('companies.filter.mine')}</option>
          <option value="unassigned">{t('companies.filter.unassigned')}</option>
          <UserOptions users={users.data ?? []} current={filter.ownerId} exclude={me.id} />
        </select>
      </label>
      {branchChoices.length > 0 && (
        <label>
          {t('companies.filter.branch')}
          <select value={filter.branch ?? ''} onChange={(e) => set({ branch: e.target.value || undefined })}>
            <option value="">{t('companies.filter.any')}</option>
            <option value="mine">{t('companies.filter.myBranches')}</option>
            <option value="none">{t('companies.filter.noBranch')}</option>
            {branchChoices.map((branch) => (
              <option key={branch.id} value={branch.id}>
                {branch.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {FLAGS.map((name) => (
        <label key={name}>
          {t(FLAG_LABELS[name])}
          <select value={filter[name] === undefined ? '' : String(filter[name])} onChange={(e) => set({ [name]: e.target.value === '' ? undefined : e.target.value === 'true' })}>
            <option value="">{t('companies.filter.any')}</option>
            <option value="true">{t('companies.filter.yes')}</option>
            <option value="false">{t('companies.filter.no')}</option>
          </select>
        </label>
      ))}
      {DATE_GROUPS.map(([label, from, to]) => (
        <fieldset key={label} className="date-range">
          <legend>{t(label)}</legend>
          <label>
            {t('companies.filter.from')}
            <input type="date" value={filter[from] ?? ''} max={filter[to]} onChange={(e) => set({ [from]: e.target.value || undefined })} />
          </label>
          <label>
            {t('companies.filter.to')}
            <input type="date" value={filter[to] ?? ''} min={filter[from]} onChange={(e) => set({ [to]: e.target.value || undefined })} />
          </label>
        </fieldset>
      ))}
      {fields.length > 0 && (
        <form
          className="field-filter"
          onSubmit={(e) => {
            e.preventDefault();
            if (!fieldKey || !fieldValue.trim()) return;
            set({ field: [...(filter.field ?? []).filter((c) => !c.startsWith(`${fieldKey}:`)), `${fieldKey}:${fieldValue.trim()}`] });
            setFieldValue('');
          }}
        >
          <label>
            {t('companies.filter.field')}
            <select value={fieldKey} onChange={(e) => setFieldKey(e.target.value)}>
              <option value="">—</option>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label[locale]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('companies.filter.fieldValue')}
            <input value={fieldValue} maxLength={500} onChange={(e) => setFieldValue(e.target.value)} />
          </label>
          <button type="submit" disabled={!fieldKey || !fieldValue.trim()}>
            +
          </button>
        </form>
      )}
      {(filter.field ?? []).length > 0 && (
        <ul className="chips">
          {filter.field!.map((condition) => {
            const [key, ...rest] = condition.split(':');
            const name = fields.find((f) => f.key === key)?.label[locale] ?? key;
            return (
              <li key={condition}>
                <button type="button" className="chip" onClick={() => set({ field: filter.field!.filter((c) => c !== condition) })}>
                  {name}: {rest.join(':')} ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
