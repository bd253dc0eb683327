import { describe, expect, it } from 'vitest';
import { chosenTab, tabAfterKey, tabsFor } from './settings-tabs';

describe('settings tabs', () => {
  it('shows admins the team and pipelines, others their profile and tokens only', () => {
    expect(tabsFor('admin')).toEqual(['profile', 'team', 'tokens', 'pipelines', 'triggers', 'import']);
    for (const role of ['manager', 'recruiter', 'viewer']) expect(tabsFor(role)).toEqual(['profile', 'tokens']);
    expect(tabsFor('operator')).toEqual(['profile', 'tokens', 'import']);
  });

  it('opens the requested tab only when the role has it', () => {
    expect(chosenTab('team', 'admin')).toBe('team');
    expect(chosenTab('team', 'recruiter')).toBe('profile');
    expect(chosenTab(null, 'admin')).toBe('profile');
    expect(chosenTab('nonsense', 'operator')).toBe('import');
    expect(chosenTab('tokens', 'operator')).toBe('tokens');
  });

  it('moves with the arrows, wrapping, and Home and End', () => {
    const tabs = tabsFor('admin');
    expect(tabAfterKey(tabs, 'profile', 'ArrowRight')).toBe('team');
    expect(tabAfterKey(tabs, 'profile', 'ArrowLeft')).toBe('import');
    expect(tabAfterKey(tabs, 'import', 'ArrowRight')).toBe('profile');
    expect(tabAfterKey(tabs, 'tokens', 'Home')).toBe('profile');
    expect(tabAfterKey(tabs, 'tokens', 'End')).toBe('import');
    expect(tabAfterKey(tabs, 'tokens', 'Enter')).toBeNull();
  });
});
