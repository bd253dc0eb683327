import { useCallback, useId, useRef, useState } from 'react';
import type { Me } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useOwnRoleName } from '../shared/role-name';
import { useDismiss } from '../shared/useDismiss';

export interface AccountMenuProps {
  me: Me;
  /** Ends this session, or with `everywhere` every session of the user. */
  onLogOut(everywhere: boolean): void;
}

/** Who is logged in, for which agency, and the two ways out, behind the user's name in the top bar. */
export function AccountMenu({ me, onLogOut }: AccountMenuProps) {
  const { t } = useI18n();
  const roleName = useOwnRoleName(me);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useDismiss(open, root, useCallback(() => setOpen(false), []));
  return (
    <div className="account" ref={root}>
      <button type="button" className="account-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((was) => !was)}>
        <span className="account-name">{me.name}</span>
        <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="account-panel" hidden={!open}>
        <p className="account-who">
          <strong>{me.name}</strong>
          <span className="meta">{me.email}</span>
          <span className="meta">
            {me.agency.name} · {roleName}
          </span>
        </p>
        <button type="button" onClick={() => onLogOut(false)}>
          {t('nav.logout')}
        </button>
        <button type="button" onClick={() => onLogOut(true)} aria-describedby={`${panelId}-everywhere`}>
          {t('nav.logoutEverywhere')}
        </button>
        <p id={`${panelId}-everywhere`} className="meta">
          {t('nav.logoutEverywhereExplain')}
        </p>
      </div>
    </div>
  );
}
