import type { DossierReport } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format-number';

/** The overview's reports (SPEC R4.5): count and value per stage and per owner, and the conversion funnel by month, as tables with bars. */
export function DossierReports({ report }: { report: DossierReport }) {
  const { t, locale } = useI18n();
  const most = Math.max(1, ...report.byStage.map((row) => row.count), ...report.byOwner.map((row) => row.count));
  const bar = (count: number) => <span className="report-bar" style={{ width: `${(count / most) * 100}%` }} aria-hidden="true" />;
  return (
    <div className="dossier-reports">
      <section>
        <h2>{t('dossiers.report.byStage')}</h2>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('dossiers.col.stage')}</th>
              <th scope="col">{t('dossiers.report.count')}</th>
              <th scope="col">{t('dossiers.report.value')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byStage.map((row) => (
              <tr key={row.stage}>
                <td>{row.name[locale]}</td>
                <td>
                  {formatNumber(row.count, locale)} {bar(row.count)}
                </td>
                <td>€ {formatNumber(row.value, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('dossiers.report.byOwner')}</h2>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('dossiers.col.owner')}</th>
              <th scope="col">{t('dossiers.report.count')}</th>
              <th scope="col">{t('dossiers.report.value')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byOwner.map((row) => (
              <tr key={row.ownerId ?? 'none'}>
                <td>{row.ownerName ?? t('dossiers.report.nobody')}</td>
                <td>
                  {formatNumber(row.count, locale)} {bar(row.count)}
                </td>
                <td>€ {formatNumber(row.value, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('dossiers.report.conversion')}</h2>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('dossiers.report.month')}</th>
              <th scope="col">{t('dossiers.report.leads')}</th>
              <th scope="col">{t('dossiers.report.converted')}</th>
              <th scope="col">{t('dossiers.report.won')}</th>
            </tr>
          </thead>
          <tbody>
            {report.conversion.map((row) => (
              <tr key={row.month}>
                <td>{row.month}</td>
                <td>{formatNumber(row.leads, locale)}</td>
                <td>{formatNumber(row.converted, locale)}</td>
                <td>{formatNumber(row.won, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
