import { describe, expect, it } from 'vitest';
import { chosenTab, tabAfterKey, tabsFor } from './settings-tabs';

const ADMIN = { permissions: ['companies:view', 'leads:view', 'opportunities:view', 'users:manage', 'pipelines:manage', 'triggers:manage', 'clients:import', 'exports:run', 'settings:manage', 'team:lead'] };
const RECRUITER = { permissions: ['companies:view', 'companies:edit', 'exports:run'] };
const OPERATOR = { permissions: ['data:import'] };

describe('settings tabs', () => {
  it('shows each tab to whoever holds its permission: the built-in admin all, others their profile and tokens', () => {
    expect(tabsFor(ADMIN)).toEqual(['profile', 'team', 'roles', 'branches', 'dossiers', 'tokens', 'pipelines', 'triggers', 'import']);
    expect(tabsFor(RECRUITER)).toEqual(['profile', 'tokens']);
    expect(tabsFor(OPERATOR)).toEqual(['profile', 'tokens', 'import']);
    // A custom role that manages branches but not users.
    expect(tabsFor({ permissions: ['companies:view', 'settings:manage'] })).toEqual(['profile', 'branches', 'tokens']);
    // The dossiers' lists only with leads or opportunities to view as well.
    expect(tabsFor({ permissions: ['leads:view', 'settings:manage'] })).toEqual(['profile', 'branches', 'dossiers', 'tokens']);
  });

  it('opens the requested tab only when the user has it', () => {
    expect(chosenTab('team', ADMIN)).toBe('team');
    expect(chosenTab('roles', ADMIN)).toBe('roles');
    expect(chosenTab('team', RECRUITER)).toBe('profile');
    expect(chosenTab(null, ADMIN)).toBe('profile');
    expect(chosenTab('nonsense', OPERATOR)).toBe('import');
    expect(chosenTab('tokens', OPERATOR)).toBe('tokens');
  });

  it('moves with the arrows, wrapping, and Home and End', () => {
    const tabs = tabsFor(ADMIN);
    expect(tabAfterKey(tabs, 'profile', 'ArrowRight')).toBe('team');
    expect(tabAfterKey(tabs, 'profile', 'ArrowLeft')).toBe('import');
    expect(tabAfterKey(tabs, 'import', 'ArrowRight')).toBe('profile');
    expect(tabAfterKey(tabs, 'tokens', 'Home')).toBe('profile');
    expect(tabAfterKey(tabs, 'tokens', 'End')).toBe('import');
    expect(tabAfterKey(tabs, 'tokens', 'Enter')).toBeNull();
  });
});
