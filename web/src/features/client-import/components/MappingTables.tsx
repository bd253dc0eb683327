import type { ReactNode } from 'react';
import type { ClientImportPlan, Pipeline, TeamMember } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useLossReasons } from '../../../shared/queries';
import { ownerChoices } from '../../../shared/owner-choices';

const FIELDS = ['companyName', 'website', 'linkedin', 'address', 'city', 'dealTitle', 'stage', 'status', 'lostReason', 'owner', 'value', 'closeDate', 'personName', 'personEmail', 'personPhone', 'notes', 'pipeline', 'recordId'] as const;

type MappingKind = 'columns' | 'stages' | 'owners' | 'lossReasons';
export type MappingChange = { kind: MappingKind; name: string; value: string | null };

interface Option {
  value: string;
  label: string;
}

/** The four mapping tables: columns → fields, the source's stages → ours, its owners → users, its lost reasons → ours. Each a labelled select per row. */
export function MappingTables({ plan, pipeline, users, onChange }: { plan: ClientImportPlan; pipeline: Pipeline | undefined; users: TeamMember[]; onChange: (change: MappingChange) => void }) {
  const { t, locale } = useI18n();
  const reasons = useLossReasons();
  const stages = pipeline?.stages.filter((stage) => stage.active) ?? [];
  const change = (kind: MappingKind) => (name: string, value: string | null) => onChange({ kind, name, value });
  return (
    <div className="import-mappings">
      <MappingTable
        id="import-columns"
        title={t('clientImport.columns')}
        source={t('clientImport.column')}
        target={t('clientImport.field')}
        rows={plan.headers.map((header) => ({ name: header, value: plan.columns[header] ?? '' }))}
        options={[{ value: '', label: t('clientImport.field.none') }, ...FIELDS.map((field) => ({ value: field, label: t(`clientImport.field.${field}` as MessageKey) }))]}
        onChange={change('columns')}
      />
      <MappingTable
        id="import-stages"
        testId="stage-mapping"
        title={t('clientImport.stages')}
        source={t('clientImport.sourceStage')}
        target={t('clientImport.ourStage')}
        rows={plan.stages.map((stage) => ({ name: stage.name, note: t('clientImport.lines', { count: stage.lines }), value: stage.mapped }))}
        options={stages.map((stage) => ({ value: stage.key, label: stage.name[locale] }))}
        onChange={change('stages')}
      />
      <MappingTable
        id="import-owners"
        title={t('clientImport.owners')}
        source={t('clientImport.sourceOwner')}
        target={t('clientImport.ourOwner')}
        rows={plan.owners.map((owner) => ({ name: owner.name, value: owner.mapped ?? '' }))}
        options={[{ value: '', label: t('clientImport.noOwner') }, ...ownerChoices(users).map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))]}
        onChange={change('owners')}
      />
      <MappingTable
        id="import-reasons"
        title={t('clientImport.lossReasons')}
        source={t('clientImport.sourceReason')}
        target={t('clientImport.ourReason')}
        rows={plan.lossReasons.map((reason) => ({ name: reason.name, value: reason.mapped }))}
        options={[
          { value: 'other', label: t('clientImport.keepText') },
          ...(reasons.data ?? []).filter((reason) => reason.key !== 'other').map((reason) => ({ value: reason.key, label: reason.label[locale] })),
        ]}
        onChange={change('lossReasons')}
      />
    </div>
  );
}

/**
 * One mapping: a row per name in the file, its select named after the row
 * ("Our stage: Demo Scheduled"). The empty option means "none" (no field,
 * no owner). A mapping the file gives nothing for is not shown.
 */
function MappingTable({ id, testId, title, source, target, rows, options, onChange }: {
  id: string;
  testId?: string;
  title: string;
  source: string;
  target: string;
  rows: { name: string; note?: ReactNode; value: string }[];
  options: Option[];
  onChange: (name: string, value: string | null) => void;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <table className="import-table" data-testid={testId}>
        <thead><tr><th scope="col">{source}</th><th scope="col">{target}</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}{row.note && <> <span className="meta">{row.note}</span></>}</th>
              <td>
                <select aria-label={`${target}: ${row.name}`} value={row.value} onChange={(e) => onChange(row.name, e.target.value || null)}>
                  {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
