/** The tabs of Settings, in order. */
export const SETTINGS_TABS = ['profile', 'team', 'roles', 'branches', 'dossiers', 'tokens', 'pipelines', 'triggers', 'import'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** What decides the tabs: the user's permissions as `/api/me` serves them. */
export interface TabRights {
  permissions: readonly string[];
}

/** The platform operator: the one who imports shared data (`data:import`), of no agency. */
export const isOperator = (me: TabRights) => me.permissions.includes('data:import');

/**
 * The tabs a user sees, by their permissions (not their role's name, so a
 * custom role gets what it holds): everyone their profile and their own
 * API tokens; `users:manage` the team and the roles; `settings:manage` the
 * branches, and with leads or opportunities to view the dossiers' lists (contact roles, source, priority, category); `pipelines:manage` the pipelines; `triggers:manage` the triggers; `clients:import` the import
 * tab (which tells them the platform operator imports shared data); the
 * operator the import.
 */
export function tabsFor(me: TabRights): SettingsTab[] {
  const has = (permission: string) => me.permissions.includes(permission);
  if (isOperator(me)) return ['profile', 'tokens', 'import'];
  const tabs: SettingsTab[] = ['profile'];
  if (has('users:manage')) tabs.push('team', 'roles');
  if (has('settings:manage')) tabs.push('branches');
  // The dossiers' lists only for who also works with leads or opportunities (a role without either has nothing they shape).
  if (has('settings:manage') && (has('leads:view') || has('opportunities:view'))) tabs.push('dossiers');
  tabs.push('tokens');
  if (has('pipelines:manage')) tabs.push('pipelines');
  if (has('triggers:manage')) tabs.push('triggers');
  if (has('clients:import')) tabs.push('import');
  return tabs;
}

/** The tab `?tab=` asks for when the user has it; else their first place: the import for the operator, the profile for others. */
export function chosenTab(requested: string | null, me: TabRights): SettingsTab {
  const tabs = tabsFor(me);
  const match = tabs.find((tab) => tab === requested);
  if (match) return match;
  return isOperator(me) ? 'import' : 'profile';
}

/** The tab an arrow, Home or End key moves to from `current` (wrapping), or null for other keys. */
export function tabAfterKey(tabs: readonly SettingsTab[], current: SettingsTab, key: string): SettingsTab | null {
  const index = tabs.indexOf(current);
  if (key === 'ArrowRight' || key === 'ArrowDown') return tabs[(index + 1) % tabs.length]!;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return tabs[(index - 1 + tabs.length) % tabs.length]!;
  if (key === 'Home') return tabs[0]!;
  if (key === 'End') return tabs.at(-1)!;
  return null;
}
