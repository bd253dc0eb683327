import type { Migration, MigrationProvider } from 'kysely';
import * as coreSchema from './2026-11-23T0900-core-schema.js';
import * as auth from './2026-11-23T1200-auth.js';
import * as jobNoAgencies from './2026-11-23T1900-job-no-agencies.js';
import * as companyHotness from './2026-11-23T1930-company-hotness.js';
import * as discovery from './2026-11-23T2000-discovery.js';
import * as jobRuns from './2026-11-23T2100-job-runs.js';
import * as remindersNotifications from './2026-11-23T2200-reminders-notifications.js';
import * as dashboardIndexes from './2026-12-01T0900-dashboard-indexes.js';
import * as userDeactivation from './2026-12-05T0900-user-deactivation.js';
import * as platformOperator from './2026-12-10T0900-platform-operator.js';
import * as configurablePipelines from './2026-12-11T0900-configurable-pipelines.js';
import * as sharedUrlsHttp from './2026-12-10T0910-shared-urls-http.js';
import * as reminderReasons from './2026-12-11T1000-reminder-reasons.js';
import * as companyViews from './2026-12-12T0900-company-views.js';
import * as people from './2026-12-12T1000-people.js';
import * as teamSettings from './2026-12-12T1200-team-settings.js';
import * as clientImports from './2026-12-12T1300-client-imports.js';
import * as dutchSearch from './2026-12-12T1100-dutch-search.js';
import * as searchCosts from './2026-12-13T0900-search-costs.js';
import * as clientImportHeartbeat from './2026-12-13T1000-client-import-heartbeat.js';
import * as importedContactsIndex from './2026-12-13T1100-imported-contacts-index.js';
import * as rolesAndBranches from './2026-12-14T0900-roles-and-branches.js';
import * as dossiers from './2026-12-14T1000-dossiers.js';
import * as automation from './2026-12-14T1100-automation.js';
import * as automationDossiers from './2026-12-15T0900-automation-dossiers.js';
import * as dossierLists from './2026-12-15T1000-dossier-lists.js';
import * as builtInRuleFirings from './2026-12-15T1100-built-in-rule-firings.js';
import * as firingsUnlocked from './2026-12-15T1200-firings-unlocked.js';
import * as activitySeqAfterXid from './2026-12-16T0900-activity-seq-after-xid.js';

/**
 * Every migration, by name; names sort in the order they run. Listed here
 * rather than read from disk so the compiled build needs no file lookups.
 */
const migrations: Record<string, Migration> = {
  '2026-11-23T0900-core-schema': coreSchema,
  '2026-11-23T1200-auth': auth,
  '2026-11-23T1900-job-no-agencies': jobNoAgencies,
  '2026-11-23T1930-company-hotness': companyHotness,
  '2026-11-23T2000-discovery': discovery,
  '2026-11-23T2100-job-runs': jobRuns,
  '2026-11-23T2200-reminders-notifications': remindersNotifications,
  '2026-12-01T0900-dashboard-indexes': dashboardIndexes,
  '2026-12-05T0900-user-deactivation': userDeactivation,
  '2026-12-10T0900-platform-operator': platformOperator,
  '2026-12-10T0910-shared-urls-http': sharedUrlsHttp,
  '2026-12-11T0900-configurable-pipelines': configurablePipelines,
  '2026-12-11T1000-reminder-reasons': reminderReasons,
  '2026-12-12T0900-company-views': companyViews,
  '2026-12-12T1000-people': people,
  '2026-12-12T1100-dutch-search': dutchSearch,
  '2026-12-12T1200-team-settings': teamSettings,
  '2026-12-12T1300-client-imports': clientImports,
  '2026-12-13T0900-search-costs': searchCosts,
  '2026-12-13T1000-client-import-heartbeat': clientImportHeartbeat,
  '2026-12-13T1100-imported-contacts-index': importedContactsIndex,
  '2026-12-14T0900-roles-and-branches': rolesAndBranches,
  '2026-12-14T1000-dossiers': dossiers,
  '2026-12-14T1100-automation': automation,
  '2026-12-15T0900-automation-dossiers': automationDossiers,
  '2026-12-15T1000-dossier-lists': dossierLists,
  '2026-12-15T1100-built-in-rule-firings': builtInRuleFirings,
  '2026-12-15T1200-firings-unlocked': firingsUnlocked,
  '2026-12-16T0900-activity-seq-after-xid': activitySeqAfterXid,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
