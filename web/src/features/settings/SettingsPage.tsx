import type { Me } from '../../api/client';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { ImportSection } from './components/ImportSection';
import { PasswordSection } from './components/PasswordSection';
import { PipelinesSection } from './components/PipelinesSection';
import { TeamSection } from './components/TeamSection';

/*
 * Shared data (companies, jobs, decision makers every agency sees) is the
 * platform operator's to write; agency admins get 403 from the import. The
 * role is compared as a string so this compiles before and after the
 * generated Me type lists 'operator'.
 */
const isOperator = (me: Me) => (me.role as string) === 'operator';

/** Settings: the agency's team (admins add colleagues and reset passwords), its pipelines (admins), the import of shared data (only the platform operator), one's own password. */
export function SettingsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <div className="settings-page">
      <div className="toolbar">
        <h1>{t('settings.title')}</h1>
      </div>
      {me.role === 'admin' && <TeamSection me={me} />}
      {me.role === 'admin' && <PipelinesSection />}
      {me.role === 'admin' && (
        <section className="card settings-section" aria-labelledby="client-import-title">
          <h2 id="client-import-title">{t('clientImport.title')}</h2>
          <p className="description">{t('clientImport.linkIntro')}</p>
          <Link to="/settings/import-clients">{t('clientImport.link')}</Link>
        </section>
      )}
      {isOperator(me) ? (
        <ImportSection />
      ) : (
        <section className="card settings-section" aria-labelledby="import-title">
          <h2 id="import-title">{t('import.title')}</h2>
          <p className="notice">{t('import.operatorOnly')}</p>
        </section>
      )}
      <PasswordSection />
    </div>
  );
}
