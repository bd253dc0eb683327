/** The tabs of Settings, in order. */
export const SETTINGS_TABS = ['profile', 'team', 'tokens', 'pipelines', 'triggers', 'import'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/**
 * The tabs a role sees: everyone their profile and their own API tokens;
 * admins also the team, the pipelines, the triggers and the import tab (which tells them
 * the platform operator imports shared data); the operator the import.
 */
export function tabsFor(role: string): SettingsTab[] {
  if (role === 'operator') return ['profile', 'tokens', 'import'];
  if (role === 'admin') return ['profile', 'team', 'tokens', 'pipelines', 'triggers', 'import'];
  return ['profile', 'tokens'];
}

/** The tab `?tab=` asks for when the role has it; else the role's first place: the import for the operator, the profile for others. */
export function chosenTab(requested: string | null, role: string): SettingsTab {
  const tabs = tabsFor(role);
  const match = tabs.find((tab) => tab === requested);
  if (match) return match;
  return role === 'operator' ? 'import' : 'profile';
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
