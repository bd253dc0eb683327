import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { tabAfterKey, type SettingsTab } from '../utils/settings-tabs';

const LABELS: Record<SettingsTab, MessageKey> = {
  profile: 'settings.tab.profile',
  team: 'settings.tab.team',
  roles: 'settings.tab.roles',
  branches: 'settings.tab.branches',
  dossiers: 'settings.tab.dossiers',
  tokens: 'settings.tab.tokens',
  pipelines: 'settings.tab.pipelines',
  triggers: 'settings.tab.triggers',
  import: 'settings.tab.import',
};

export interface SettingsTabsProps {
  tabs: readonly SettingsTab[];
  current: SettingsTab;
  onSelect(tab: SettingsTab): void;
  children: ReactNode;
}

/**
 * The WAI-ARIA tabs pattern: one tab stop for the row (the current tab),
 * arrows, Home and End move between tabs and open them; the panel follows.
 * On a phone the row scrolls sideways.
 */
export function SettingsTabs({ tabs, current, onSelect, children }: SettingsTabsProps) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = tabAfterKey(tabs, current, event.key);
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    list.current?.querySelector<HTMLButtonElement>(`#settings-tab-${next}`)?.focus();
  };
  return (
    <>
      <div ref={list} className="settings-tabs" role="tablist" aria-label={t('settings.title')}>
        {tabs.map((tab) => (
          <button
            key={tab}
            id={`settings-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === current}
            aria-controls="settings-panel"
            tabIndex={tab === current ? 0 : -1}
            onClick={() => onSelect(tab)}
            onKeyDown={onKeyDown}
          >
            {t(LABELS[tab])}
          </button>
        ))}
      </div>
      <div id="settings-panel" className="settings-panel" role="tabpanel" aria-labelledby={`settings-tab-${current}`}>
        {children}
      </div>
    </>
  );
}
