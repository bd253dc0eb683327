import { useQueryClient } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import { NavLink } from 'react-router';
import { api, type Me } from '../api/client';
import { NotificationsBell } from '../features/notifications/components/NotificationsBell';
import { GlobalSearch } from '../features/search/components/GlobalSearch';
import { useI18n } from '../i18n/i18n';
import { holds } from '../shared/role-name';
import { AccountMenu } from './AccountMenu';
import { navEntries } from './navigation';
import { NavMenu } from './NavMenu';
import { useLiveUpdates } from './useLiveUpdates';

export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  // Search, the bell and the change stream are about the agency's companies: who may not view them gets none (the server would refuse them).
  const seesCompanies = holds(me, 'companies:view');
  useLiveUpdates(seesCompanies);
  // Everywhere: the server ends every session of this user (other browsers, a lost phone), not just this one.
  const logOut = async (everywhere: boolean) => {
    await api('/api/auth/logout', everywhere ? { method: 'POST', body: { everywhere: true } } : { method: 'POST' });
    queryClient.setQueryData(['me'], null);
  };
  // The skip link moves focus itself: the address keeps no #main, which the router would otherwise carry along.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <div className="shell">
      <a href="#main" className="skip-link" onClick={skipToContent}>
        {t('nav.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label="main">
          {navEntries(me.permissions).map((entry) =>
            entry.kind === 'menu' ? (
              <NavMenu key="dossiers" label="nav.dossiers" pages={entry.pages} />
            ) : (
              <NavLink key={entry.page.to} to={entry.page.to} className={({ isActive }) => (isActive ? 'active' : '')}>
                {t(entry.page.label)}
              </NavLink>
            ),
          )}
        </nav>
        <div className="topbar-end">
          {seesCompanies && (
            <>
              <GlobalSearch />
              <NotificationsBell />
            </>
          )}
          <div className="lang" role="group" aria-label={t('nav.language')}>
            {(['nl', 'en'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={locale === l} onClick={() => setLocale(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
          <AccountMenu me={me} onLogOut={(everywhere) => void logOut(everywhere)} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
