import { appEn, appNl } from './app.messages';
import { boardEn, boardNl } from './board.messages';
import { companyEn, companyNl } from './company.messages';
import { dashboardEn, dashboardNl } from './dashboard.messages';
import { discoveryEn, discoveryNl } from './discovery.messages';
import { gatesEn, gatesNl } from './gates.messages';
import { hiringEn, hiringNl } from './hiring.messages';
import { importIssuesEn, importIssuesNl } from './import.messages';
import { notificationsEn, notificationsNl } from './notifications.messages';
import { searchEn, searchNl } from './search.messages';
import { settingsEn, settingsNl } from './settings.messages';
import type { Translation } from './translation';

/*
 * Every label of the UI, in Dutch and English, assembled from one file per
 * feature (<feature>.messages.ts beside this one). Each feature file types its
 * English by its Dutch keys; the catalogue repeats the check for the whole,
 * and messages.test.ts fails when two features define the same key.
 */
export const FEATURE_MESSAGES = {
  app: { nl: appNl, en: appEn },
  board: { nl: boardNl, en: boardEn },
  company: { nl: companyNl, en: companyEn },
  dashboard: { nl: dashboardNl, en: dashboardEn },
  discovery: { nl: discoveryNl, en: discoveryEn },
  gates: { nl: gatesNl, en: gatesEn },
  hiring: { nl: hiringNl, en: hiringEn },
  import: { nl: importIssuesNl, en: importIssuesEn },
  notifications: { nl: notificationsNl, en: notificationsEn },
  search: { nl: searchNl, en: searchEn },
  settings: { nl: settingsNl, en: settingsEn },
} as const;

const nl = {
  ...appNl,
  ...boardNl,
  ...companyNl,
  ...dashboardNl,
  ...discoveryNl,
  ...gatesNl,
  ...hiringNl,
  ...importIssuesNl,
  ...notificationsNl,
  ...searchNl,
  ...settingsNl,
};

const en: Translation<typeof nl> = {
  ...appEn,
  ...boardEn,
  ...companyEn,
  ...dashboardEn,
  ...discoveryEn,
  ...gatesEn,
  ...hiringEn,
  ...importIssuesEn,
  ...notificationsEn,
  ...searchEn,
  ...settingsEn,
};

export const messages = { nl, en } as const satisfies Record<'nl' | 'en', Translation<typeof nl>>;

export type Locale = keyof typeof messages;
export type MessageKey = keyof typeof nl;
