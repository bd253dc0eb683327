import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { api, type Me } from '../api/client';
import { NotificationsBell } from '../features/notifications/components/NotificationsBell';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useLiveUpdates } from './useLiveUpdates';

const NAV: [string, MessageKey][] = [
  ['/board', 'nav.board'],
  ['/companies', 'nav.companies'],
  ['/discovery', 'nav.discovery'],
  ['/dashboard', 'nav.dashboard'],
  ['/settings', 'nav.settings'],
];

export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  useLiveUpdates();
  const logOut = async () => {
    await api('/api/auth/logout', { method: 'POST' });
    queryClient.setQueryData(['me'], null);
  };
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label="main">
          {NAV.map(([to, key]) => (
            <NavLink key={to} to={to} className={({ isActive }) => (isActive ? 'active' : '')}>
              {t(key)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-end">
          <NotificationsBell />
          <span className="who">
            {me.name} · {me.agency.name}
          </span>
          <div className="lang" role="group" aria-label={t('nav.language')}>
            {(['nl', 'en'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={locale === l} onClick={() => setLocale(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
          <button type="button" className="link" onClick={logOut}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main>{children}</main>
    </div>
  );
}
