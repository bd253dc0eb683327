import type { MessageKey } from '../i18n/messages';

/** A page of the top bar: where it goes, its label, and the permission it needs to be shown (none: everyone's). */
export interface NavPage {
  to: string;
  label: MessageKey;
  needs?: string;
}

/**
 * The main pages, in order. What lists or shows the agency's companies
 * needs `companies:view` (the server refuses the rest; a custom role may
 * hold only leads); Settings is everyone's (one's own profile, password
 * and tokens). The dossier kinds need their own view permission, which
 * `/api/me` leaves out for a switched-off kind.
 */
const PAGES: readonly NavPage[] = [
  { to: '/board', label: 'nav.board', needs: 'companies:view' },
  { to: '/companies', label: 'nav.companies', needs: 'companies:view' },
  { to: '/people', label: 'nav.people', needs: 'companies:view' },
  { to: '/discovery', label: 'nav.discovery', needs: 'companies:view' },
  { to: '/dashboard', label: 'nav.dashboard', needs: 'companies:view' },
  { to: '/settings', label: 'nav.settings' },
];
const DOSSIERS: readonly NavPage[] = [
  { to: '/leads', label: 'nav.leads', needs: 'leads:view' },
  { to: '/opportunities', label: 'nav.opportunities', needs: 'opportunities:view' },
];
/** The dossier kinds sit among the pages after this one. */
const DOSSIERS_AFTER = '/people';

export type NavEntry = { kind: 'page'; page: NavPage } | { kind: 'menu'; pages: NavPage[] };

/**
 * The top bar's entries for someone holding `permissions`: the pages they
 * may see, with the dossier kinds grouped in one menu when they may see
 * both (a single kind is a plain link, none leaves it out), so the bar
 * stays one row.
 */
export function navEntries(permissions: readonly string[]): NavEntry[] {
  const shown = (page: NavPage) => !page.needs || permissions.includes(page.needs);
  const dossiers = DOSSIERS.filter(shown);
  const entries: NavEntry[] = [];
  for (const page of PAGES.filter(shown)) {
    entries.push({ kind: 'page', page });
    if (page.to === DOSSIERS_AFTER) entries.push(...dossierEntries(dossiers));
  }
  // Without companies:view the anchor is not shown: the dossiers lead.
  if (!permissions.includes('companies:view')) entries.unshift(...dossierEntries(dossiers));
  return entries;
}

function dossierEntries(dossiers: NavPage[]): NavEntry[] {
  if (dossiers.length > 1) return [{ kind: 'menu', pages: dossiers }];
  return dossiers.map((page) => ({ kind: 'page', page }));
}

/** Where `/` opens: the board, or else the first page of the top bar the user may see (a leads-only role: the leads). */
export function homePath(permissions: readonly string[]): string {
  const first = navEntries(permissions)[0]!;
  return first.kind === 'page' ? first.page.to : first.pages[0]!.to;
}

/** Whether `pathname` is one of the dossier pages (a kind's list, or one dossier), for the menu's "you are here". */
export function inDossiers(pathname: string): boolean {
  return pathname === '/leads' || pathname === '/opportunities' || pathname.startsWith('/dossiers/');
}

/** The item a key moves to in a menu of `count` items from `index` (wrapping; Home and End), or null for other keys. */
export function menuItemAfterKey(count: number, index: number, key: string): number | null {
  if (key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
