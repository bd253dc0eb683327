import type { ClientImportPlan, Pipeline, TeamMember } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';

/** The first lines of the file and what each will do, then the summary and every refused line (numbered, in the UI's language). */
export function PreviewTable({ plan, pipeline, users }: { plan: ClientImportPlan; pipeline: Pipeline | undefined; users: TeamMember[] }) {
  const { t, locale } = useI18n();
  const stageName = (key: string | null) => (key ? (pipeline?.stages.find((s) => s.key === key)?.name[locale] ?? key) : '—');
  const userName = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? '—') : t('clientImport.noOwner'));
  const s = plan.summary;
  return (
    <section aria-labelledby="import-preview">
      <h3 id="import-preview">{t('clientImport.preview')}</h3>
      <p className="import-summary" data-testid="import-summary">
        {t('clientImport.summary', { companies: s.companies, create: s.create, link: s.link, existing: s.existing, skip: s.skip, contacts: s.contacts, notes: s.notes, rejected: s.rejected, unassigned: s.unassigned })}
      </p>
      {/* Focusable to scroll by keyboard; a named group, not a second region named like its section. */}
      <div className="import-table-scroll" tabIndex={0} role="group" aria-labelledby="import-preview">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('clientImport.line')}</th>
              <th scope="col">{t('clientImport.company')}</th>
              <th scope="col">{t('clientImport.action')}</th>
              <th scope="col">{t('clientImport.stage')}</th>
              <th scope="col">{t('clientImport.owner')}</th>
              <th scope="col">{t('clientImport.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.line} className={`import-row ${row.action}`}>
                <td>{row.line}</td>
                <td>{row.companyName ?? '—'}</td>
                <td>
                  {t(`clientImport.action.${row.action}` as MessageKey, { line: row.firstLine ?? '' })}
                  {row.reject && <div className="import-reject">{row.reject.message}</div>}
                  {row.warnings.map((w) => <div key={w.code} className="import-warning">{w.message}</div>)}
                </td>
                <td>{row.action === 'reject' ? '—' : stageName(row.stage)}</td>
                <td>{row.action === 'reject' ? '—' : userName(row.ownerId)}</td>
                <td>{row.contact ?? '—'}{row.note ? ` ${t('clientImport.note')}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.rejects.length > 0 && (
        <details className="import-lines" open>
          <summary>{t('clientImport.rejects')} ({plan.rejects.length})</summary>
          <ul data-testid="import-rejects">{plan.rejects.map((r) => <li key={`${r.line}-${r.code}`}>{r.message}</li>)}</ul>
        </details>
      )}
      {plan.warnings.length > 0 && (
        <details className="import-lines">
          <summary>{t('clientImport.warnings')} ({plan.warnings.length})</summary>
          <ul>{plan.warnings.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
