import type { ClientImportPlan, Pipeline, User } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useLossReasons } from '../../../shared/queries';

const FIELDS = ['companyName', 'website', 'linkedin', 'address', 'city', 'dealTitle', 'stage', 'status', 'lostReason', 'owner', 'value', 'closeDate', 'personName', 'personEmail', 'personPhone', 'notes', 'pipeline', 'recordId'] as const;

export type MappingChange = { kind: 'columns' | 'stages' | 'owners' | 'lossReasons'; name: string; value: string | null };

/** The four mapping tables: columns → fields, the source's stages → ours, its owners → users, its lost reasons → ours. Each a labelled select per row. */
export function MappingTables({ plan, pipeline, users, onChange }: { plan: ClientImportPlan; pipeline: Pipeline | undefined; users: User[]; onChange: (change: MappingChange) => void }) {
  const { t, locale } = useI18n();
  const reasons = useLossReasons();
  const stages = pipeline?.stages.filter((stage) => stage.active) ?? [];
  return (
    <div className="import-mappings">
      <section aria-labelledby="import-columns">
        <h3 id="import-columns">{t('clientImport.columns')}</h3>
        <table className="import-table">
          <thead><tr><th scope="col">{t('clientImport.column')}</th><th scope="col">{t('clientImport.field')}</th></tr></thead>
          <tbody>
            {plan.headers.map((header) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td>
                  <select aria-label={`${t('clientImport.field')}: ${header}`} value={plan.columns[header] ?? ''} onChange={(e) => onChange({ kind: 'columns', name: header, value: e.target.value || null })}>
                    <option value="">{t('clientImport.field.none')}</option>
                    {FIELDS.map((field) => <option key={field} value={field}>{t(`clientImport.field.${field}` as MessageKey)}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {plan.stages.length > 0 && (
        <section aria-labelledby="import-stages">
          <h3 id="import-stages">{t('clientImport.stages')}</h3>
          <table className="import-table" data-testid="stage-mapping">
            <thead><tr><th scope="col">{t('clientImport.sourceStage')}</th><th scope="col">{t('clientImport.ourStage')}</th></tr></thead>
            <tbody>
              {plan.stages.map((stage) => (
                <tr key={stage.name}>
                  <th scope="row">{stage.name} <span className="meta">{t('clientImport.lines', { count: stage.lines })}</span></th>
                  <td>
                    <select aria-label={`${t('clientImport.ourStage')}: ${stage.name}`} value={stage.mapped} onChange={(e) => onChange({ kind: 'stages', name: stage.name, value: e.target.value })}>
                      {stages.map((s) => <option key={s.key} value={s.key}>{s.name[locale]}</option>)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {plan.owners.length > 0 && (
        <section aria-labelledby="import-owners">
          <h3 id="import-owners">{t('clientImport.owners')}</h3>
          <table className="import-table">
            <thead><tr><th scope="col">{t('clientImport.sourceOwner')}</th><th scope="col">{t('clientImport.ourOwner')}</th></tr></thead>
            <tbody>
              {plan.owners.map((owner) => (
                <tr key={owner.name}>
                  <th scope="row">{owner.name}</th>
                  <td>
                    <select aria-label={`${t('clientImport.ourOwner')}: ${owner.name}`} value={owner.mapped ?? ''} onChange={(e) => onChange({ kind: 'owners', name: owner.name, value: e.target.value || null })}>
                      <option value="">{t('clientImport.noOwner')}</option>
                      {users.map((user) => <option key={user.id} value={user.id}>{user.name} ({user.email})</option>)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {plan.lossReasons.length > 0 && (
        <section aria-labelledby="import-reasons">
          <h3 id="import-reasons">{t('clientImport.lossReasons')}</h3>
          <table className="import-table">
            <thead><tr><th scope="col">{t('clientImport.sourceReason')}</th><th scope="col">{t('clientImport.ourReason')}</th></tr></thead>
            <tbody>
              {plan.lossReasons.map((reason) => (
                <tr key={reason.name}>
                  <th scope="row">{reason.name}</th>
                  <td>
                    <select aria-label={`${t('clientImport.ourReason')}: ${reason.name}`} value={reason.mapped} onChange={(e) => onChange({ kind: 'lossReasons', name: reason.name, value: e.target.value })}>
                      <option value="other">{t('clientImport.keepText')}</option>
                      {reasons.data?.filter((r) => r.key !== 'other').map((r) => <option key={r.key} value={r.key}>{r.label[locale]}</option>)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
