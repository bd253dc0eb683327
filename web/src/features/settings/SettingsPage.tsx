import type { Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ImportSection } from './components/ImportSection';

/** Settings; for now the import of shared data, which only admins may run. */
export function SettingsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <div className="settings-page">
      <div className="toolbar">
        <h1>{t('settings.title')}</h1>
      </div>
      {me.role === 'admin' ? (
        <ImportSection />
      ) : (
        <section className="card settings-section" aria-labelledby="import-title">
          <h2 id="import-title">{t('import.title')}</h2>
          <p className="notice">{t('import.adminsOnly')}</p>
        </section>
      )}
    </div>
  );
}
