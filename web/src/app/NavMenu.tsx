import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useDismiss } from '../shared/useDismiss';
import { inDossiers, menuItemAfterKey, type NavPage } from './navigation';

/**
 * A group of pages behind one button in the top bar (the dossier kinds:
 * Leads and Opportunities), so the bar stays one row in both languages.
 * The menu button pattern: Enter, Space or ArrowDown opens it on the first
 * item, ArrowUp on the last; the arrows, Home and End move between items;
 * Escape closes it and gives focus back to the button; Tab or a click
 * elsewhere closes it. The button is marked current on a dossier page.
 */
export function NavMenu({ label, pages }: { label: MessageKey; pages: readonly NavPage[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLAnchorElement | null)[]>([]);
  const menuId = useId();
  useDismiss(open, root, useCallback(() => setOpen(false), []));

  const focusItem = (index: number) => items.current[index]?.focus();
  const openAt = (index: number) => {
    setOpen(true);
    // The menu is rendered (not hidden) once open: focus the item after this render.
    requestAnimationFrame(() => focusItem(index));
  };
  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(pages.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    const current = items.current.findIndex((item) => item === document.activeElement);
    const next = menuItemAfterKey(pages.length, Math.max(current, 0), event.key);
    if (next !== null) {
      event.preventDefault();
      focusItem(next);
    }
  };

  const here = inDossiers(pathname);
  return (
    <div className="nav-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className={here ? 'nav-menu-button active' : 'nav-menu-button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-current={here ? 'page' : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onButtonKey}
      >
        {t(label)}
        <span aria-hidden="true" className="nav-menu-caret">
          ▾
        </span>
      </button>
      <ul id={menuId} role="menu" aria-label={t(label)} className="nav-menu-list" hidden={!open} onKeyDown={onMenuKey}>
        {pages.map((page, index) => (
          <li key={page.to} role="none">
            <NavLink
              ref={(element) => {
                items.current[index] = element;
              }}
              to={page.to}
              role="menuitem"
              tabIndex={-1}
              className={({ isActive }) => (isActive ? 'active' : '')}
              onClick={() => setOpen(false)}
            >
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
