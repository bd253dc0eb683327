import { accessEn, accessNl } from './access.messages';
import { appEn, appNl } from './app.messages';
import { boardEn, boardNl } from './board.messages';
import { companiesEn, companiesNl } from './companies.messages';
import { clientImportEn, clientImportNl } from './client-import.messages';
import { companyEn, companyNl } from './company.messages';
import { dashboardEn, dashboardNl } from './dashboard.messages';
import { discoveryEn, discoveryNl } from './discovery.messages';
import { dossiersEn, dossiersNl } from './dossiers.messages';
import { gatesEn, gatesNl } from './gates.messages';
import { hiringEn, hiringNl } from './hiring.messages';
import { importIssuesEn, importIssuesNl } from './import.messages';
import { notificationsEn, notificationsNl } from './notifications.messages';
import { peopleEn, peopleNl } from './people.messages';
import { searchEn, searchNl } from './search.messages';
import { settingsEn, settingsNl } from './settings.messages';
import { triggersEn, triggersNl } from './triggers.messages';
import type { Translation } from './translation';

/*
 * Every label of the UI, in Dutch and English, assembled from one file per
 * feature (<feature>.messages.ts beside this one). Each feature file types its
 * English by its Dutch keys; the catalogue repeats the check for the whole,
 * and messages.test.ts fails when two features define the same key.
 */
export const FEATURE_MESSAGES = {
  access: { nl: accessNl, en: accessEn },
  app: { nl: appNl, en: appEn },
  board: { nl: boardNl, en: boardEn },
  companies: { nl: companiesNl, en: companiesEn },
  clientImport: { nl: clientImportNl, en: clientImportEn },
  company: { nl: companyNl, en: companyEn },
  dashboard: { nl: dashboardNl, en: dashboardEn },
  discovery: { nl: discoveryNl, en: discoveryEn },
  dossiers: { nl: dossiersNl, en: dossiersEn },
  gates: { nl: gatesNl, en: gatesEn },
  hiring: { nl: hiringNl, en: hiringEn },
  import: { nl: importIssuesNl, en: importIssuesEn },
  notifications: { nl: notificationsNl, en: notificationsEn },
  people: { nl: peopleNl, en: peopleEn },
  search: { nl: searchNl, en: searchEn },
  settings: { nl: settingsNl, en: settingsEn },
  triggers: { nl: triggersNl, en: triggersEn },
} as const;

const nl = {
  ...accessNl,
  ...appNl,
  ...boardNl,
  ...companiesNl,
  ...clientImportNl,
  ...companyNl,
  ...dashboardNl,
  ...discoveryNl,
  ...dossiersNl,
  ...gatesNl,
  ...hiringNl,
  ...importIssuesNl,
  ...notificationsNl,
  ...peopleNl,
  ...searchNl,
  ...settingsNl,
  ...triggersNl,
};

const en: Translation<typeof nl> = {
  ...accessEn,
  ...appEn,
  ...boardEn,
  ...companiesEn,
  ...clientImportEn,
  ...companyEn,
  ...dashboardEn,
  ...discoveryEn,
  ...dossiersEn,
  ...gatesEn,
  ...hiringEn,
  ...importIssuesEn,
  ...notificationsEn,
  ...peopleEn,
  ...searchEn,
  ...settingsEn,
  ...triggersEn,
};

export const messages = { nl, en } as const satisfies Record<'nl' | 'en', Translation<typeof nl>>;

export type Locale = keyof typeof messages;
export type MessageKey = keyof typeof nl;
