import { useQueryClient } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import { NavLink } from 'react-router';
import { api, type Me } from '../api/client';
import { NotificationsBell } from '../features/notifications/components/NotificationsBell';
import { GlobalSearch } from '../features/search/components/GlobalSearch';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { AccountMenu } from './AccountMenu';
import { useLiveUpdates } from './useLiveUpdates';

/** The main pages, each with the permission it needs to be shown (`/api/me`: a switched-off kind is in nobody's). */
const NAV: [string, MessageKey, string?][] = [
  ['/board', 'nav.board'],
  ['/companies', 'nav.companies'],
  ['/people', 'nav.people'],
  ['/leads', 'nav.leads', 'leads:view'],
  ['/opportunities', 'nav.opportunities', 'opportunities:view'],
  ['/discovery', 'nav.discovery'],
  ['/dashboard', 'nav.dashboard'],
  ['/settings', 'nav.settings'],
];

export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  useLiveUpdates();
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
          {NAV.filter(([, , needs]) => !needs || me.permissions.includes(needs)).map(([to, key]) => (
            <NavLink key={to} to={to} className={({ isActive }) => (isActive ? 'active' : '')}>
              {t(key)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-end">
          <GlobalSearch />
          <NotificationsBell />
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
