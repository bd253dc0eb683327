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
import { chosenTab, isOperator, tabsFor, type SettingsTab } from './utils/settings-tabs';
import { BranchesSection } from './components/BranchesSection';
import { DossierKindsSection } from './components/DossierKindsSection';
import { RolesSection } from './components/RolesSection';
import { ContactRolesSection } from './components/ContactRolesSection';
import { DossierListsSection } from './components/DossierListsSection';
import { TriggersSection } from '../triggers/components/TriggersSection';

/**
 * Settings, in tabs (`?tab=`, so a tab can be linked and survives a
 * reload): my profile and password, my API tokens; the team and roles,
 * the branches, the pipelines and the client import for whoever holds
 * their permission (utils/settings-tabs.ts); the import of shared data
 * (only the platform operator: shared data is theirs to write). Others see
 * no admin tab.
 */
export function SettingsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(me);
  const current = chosenTab(params.get('tab'), me);
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
        {current === 'roles' && <RolesSection />}
        {current === 'branches' && (
          <>
            <BranchesSection />
            <DossierKindsSection me={me} />
          </>
        )}
        {current === 'dossiers' && (
          <>
            <ContactRolesSection />
            <DossierListsSection />
          </>
        )}
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
