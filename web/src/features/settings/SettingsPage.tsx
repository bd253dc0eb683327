import { Link, useSearchParams } from 'react-router';
import type { Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ImportSection } from './components/ImportSection';
import { PasswordSection } from './components/PasswordSection';
import { PipelinesSection } from './components/PipelinesSection';
import { ProfileSection } from './components/ProfileSection';
import { SettingsTabs } from './components/SettingsTabs';
import { TeamSection } from './components/TeamSection';
import { TokensSection } from './components/TokensSection';
import { TriggersSection } from '../triggers/components/TriggersSection';
import { chosenTab, tabsFor, type SettingsTab } from './utils/settings-tabs';

/*
 * Shared data (companies, jobs, decision makers every agency sees) is the
 * platform operator's to write; agency admins get 403 from the import. The
 * role is compared as a string so this compiles before and after the
 * generated Me type lists 'operator'.
 */
const isOperator = (me: Me) => (me.role as string) === 'operator';

/**
 * Settings, in tabs (`?tab=`, so a tab can be linked and survives a
 * reload): my profile and password, my API tokens; for admins the team
 * and the pipelines; the import of shared data (only the platform
 * operator; admins read who does it). Other roles see no admin tab.
 */
export function SettingsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(me.role);
  const current = chosenTab(params.get('tab'), me.role);
  const select = (tab: SettingsTab) => setParams({ tab }, { replace: true });
  return (
    <div className="settings-page">
      <div className="toolbar">
        <h1>{t('settings.title')}</h1>
      </div>
      <SettingsTabs tabs={tabs} current={current} onSelect={select}>
        {current === 'profile' && (
          <>
            <ProfileSection me={me} />
            <PasswordSection />
          </>
        )}
        {current === 'team' && <TeamSection me={me} />}
        {current === 'tokens' && <TokensSection />}
        {current === 'pipelines' && <PipelinesSection />}
        {current === 'triggers' && <TriggersSection />}
        {current === 'import' &&
          (isOperator(me) ? (
            <ImportSection />
          ) : (
            <>
              <section className="card settings-section" aria-labelledby="client-import-title">
                <h2 id="client-import-title">{t('clientImport.title')}</h2>
                <p className="description">{t('clientImport.linkIntro')}</p>
                <Link to="/settings/import-clients">{t('clientImport.link')}</Link>
              </section>
              <section className="card settings-section" aria-labelledby="import-title">
                <h2 id="import-title">{t('import.title')}</h2>
                <p className="notice">{t('import.operatorOnly')}</p>
              </section>
            </>
          ))}
      </SettingsTabs>
    </div>
  );
}
