import { describe, expect, it } from 'vitest';
import { homePath, inDossiers, menuItemAfterKey, navEntries, type NavEntry } from './navigation';

const ADMIN = ['companies:view', 'companies:edit', 'leads:view', 'opportunities:view', 'users:manage'];
const labels = (entries: NavEntry[]) => entries.map((entry) => (entry.kind === 'page' ? entry.page.to : `menu(${entry.pages.map((page) => page.to).join(',')})`));

describe('the top bar', () => {
  it('groups the two dossier kinds in one menu after People', () => {
    expect(labels(navEntries(ADMIN))).toEqual(['/board', '/companies', '/people', 'menu(/leads,/opportunities)', '/discovery', '/dashboard', '/settings']);
  });

  it('shows a single dossier kind as a plain link, and none when the role sees neither (or the agency switched them off)', () => {
    expect(labels(navEntries(['companies:view', 'opportunities:view']))).toEqual(['/board', '/companies', '/people', '/opportunities', '/discovery', '/dashboard', '/settings']);
    expect(labels(navEntries(['companies:view']))).toEqual(['/board', '/companies', '/people', '/discovery', '/dashboard', '/settings']);
  });

  it('offers a role without companies:view only what it may open: its dossiers and Settings (its own profile and tokens)', () => {
    expect(labels(navEntries(['leads:view']))).toEqual(['/leads', '/settings']);
    expect(labels(navEntries(['leads:view', 'opportunities:view']))).toEqual(['menu(/leads,/opportunities)', '/settings']);
    expect(labels(navEntries([]))).toEqual(['/settings']);
    expect(labels(navEntries(['data:import']))).toEqual(['/settings']);
  });

  it('opens / on the board, or else the first page the role may see', () => {
    expect(homePath(ADMIN)).toBe('/board');
    expect(homePath(['leads:view'])).toBe('/leads');
    expect(homePath(['leads:view', 'opportunities:view'])).toBe('/leads');
    expect(homePath([])).toBe('/settings');
  });

  it('knows the dossier pages', () => {
    expect(['/leads', '/opportunities', '/dossiers/x', '/board', '/leadsx'].map(inDossiers)).toEqual([true, true, true, false, false]);
  });

  it('moves through a menu with the arrows (wrapping), Home and End', () => {
    expect(menuItemAfterKey(2, 0, 'ArrowDown')).toBe(1);
    expect(menuItemAfterKey(2, 1, 'ArrowDown')).toBe(0);
    expect(menuItemAfterKey(2, 0, 'ArrowUp')).toBe(1);
    expect(menuItemAfterKey(3, 1, 'Home')).toBe(0);
    expect(menuItemAfterKey(3, 0, 'End')).toBe(2);
    expect(menuItemAfterKey(3, 0, 'a')).toBeNull();
  });
});
