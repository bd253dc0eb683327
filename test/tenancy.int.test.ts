/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/identity/domain/roles.js';
import type { Db } from '../src/platform/db/database.js';
import { addContact } from '../src/clients/add-contact.js';
import { readBoard } from '../src/pipeline/read-board.js';
import { serveBoard } from '../src/pipeline/serve-board.js';
import { AgencyCache } from '../src/platform/http/agency-cache.js';
import { moveCompanyPipeline } from '../src/pipeline/move-company-pipeline.js';
import { defaultPipeline } from '../src/pipeline/pipeline-store.js';
import { changeStatus } from '../src/pipeline/change-status.js';
import { deleteCompany } from '../src/clients/delete-company.js';
import { followCompany } from '../src/clients/follow-company.js';
import { addNote } from '../src/clients/add-note.js';
import { logCall } from '../src/clients/log-call.js';
import { scheduleMeeting } from '../src/clients/schedule-meeting.js';
import { logOutreach } from '../src/clients/log-outreach.js';
import { readTimeline } from '../src/clients/read-timeline.js';
import { readCompany } from '../src/clients/read-company.js';
import { updateCompany } from '../src/clients/update-company.js';
import { listCompanies } from '../src/clients/list-companies.js';
import { listContacts } from '../src/clients/list-contacts.js';
import { recordCompanyView } from '../src/clients/record-company-view.js';
import { searchEverything } from '../src/clients/search-everything.js';
import { createReminder } from '../src/tasks/create-reminder.js';
import { listReminders } from '../src/tasks/list-reminders.js';
import { listCompanyGroups, setCompanyGroups } from '../src/automation/set-company-groups.js';
import { describeEachDatabase } from './support/databases.js';
import { companyInStatus, createGlobalCompany, createTestAgency, snapshot, type TestAgency } from './support/fixtures.js';

/** Every use case that reads or writes one company, called on `companyId` as `actor`. */
const companyUseCases: Record<string, (db: Db, actor: Actor, companyId: string) => Promise<unknown>> = {
  changeStatus: (db, actor, companyId) => changeStatus(db, actor, { companyId, status: 'contacted' }),
  addNote: (db, actor, companyId) => addNote(db, actor, { companyId, body: 'Spionage' }),
  logCall: (db, actor, companyId) => logCall(db, actor, { companyId, contactName: 'Jan', outcome: 'connected' }),
  scheduleMeeting: (db, actor, companyId) => scheduleMeeting(db, actor, { companyId, at: '2026-12-01T10:00:00Z' }),
  logOutreach: (db, actor, companyId) => logOutreach(db, actor, { companyId, channel: 'email' }),
  addContact: (db, actor, companyId) => addContact(db, actor, { companyId, name: 'Jan' }),
  deleteCompany: (db, actor, companyId) => deleteCompany(db, actor, { companyId }),
  readTimeline: (db, actor, companyId) => readTimeline(db, actor, { companyId }),
  readCompany: (db, actor, companyId) => readCompany(db, actor, { companyId }),
  updateCompany: (db, actor, companyId) => updateCompany(db, actor, { companyId, favorited: true, expectedValue: 1000 }),
  // The target pipeline is the caller's own: the company is what must not be reached.
  moveCompanyPipeline: async (db, actor, companyId) =>
    moveCompanyPipeline(db, actor, { companyId, pipelineId: (await defaultPipeline(db, actor.agencyId)).id, stage: 'prospect' }),
  listContacts: (db, actor, companyId) => listContacts(db, actor, { companyId }),
  listReminders: (db, actor, companyId) => listReminders(db, actor, { companyId }),
  createReminder: (db, actor, companyId) => createReminder(db, actor, { companyId, dueAt: new Date(Date.now() + 86_400_000).toISOString() }),
  recordCompanyView: (db, actor, companyId) => recordCompanyView(db, actor, { companyId }),
  setCompanyGroups: (db, actor, companyId) => setCompanyGroups(db, actor, { companyId, groupIds: [] }),
  listCompanyGroups: (db, actor, companyId) => listCompanyGroups(db, actor, { companyId }),
};

/** Use cases that take no company id; each has its own isolation test below. */
const agencyWideUseCases = [
  'followCompany',
  'readBoard',
  // The board through the agency's cache (src/pipeline/serve-board.int.test.ts), and the agency's live stream (src/live).
  'serveBoard',
  // A page of one board column, scoped like the board (src/pipeline/read-board.int.test.ts, test/http/board.int.test.ts).
  'readBoardColumn',
  'subscribeToEvents',
  'listCompanies',
  // The companies page: the export reads through the list's query (scoped by the actor's agency); a bulk action's ids of another
  // agency are refused as not found, one by one; saved views are the agency's, a colleague's private one not found
  // (src/clients/bulk-update-companies.int.test.ts, company-views.int.test.ts, export-companies.int.test.ts, test/http/isolation).
  'exportCompanies',
  'bulkUpdateCompanies',
  'listCompanyViews',
  'saveCompanyView',
  'updateCompanyView',
  'deleteCompanyView',
  // People: the agency's contacts; another agency's contact is not found (src/clients/contacts.int.test.ts, test/http/isolation).
  'searchContacts',
  'updateContact',
  'removeContact',
  // Global search: the agency's companies and contacts are the actor's agency's only (below, and src/clients/search-everything.int.test.ts).
  'searchEverything',
  'createAgency',
  // An operator of the platform agency, which owns no pipeline data; only the CLI calls it (test/http/operator).
  'createOperator',
  'seedDemo',
  'createUser',
  // A user by id in the actor's own agency; another agency's is not found (test/http/isolation).
  'resetPassword',
  'deactivateUser',
  'reactivateUser',
  'updateUser',
  // Invites of the actor's agency, by id; another agency's is not found (test/http/isolation, test/http/team).
  'createInvite',
  'listInvites',
  'revokeInvite',
  // An invite's secret identifies the agency, as a session's does the user (test/http/team).
  'readInvite',
  'acceptInvite',
  // The caller's own profile (test/http/team).
  'updateProfile',
  // The caller's own password (test/http/passwords).
  'changePassword',
  'readCurrentUser',
  'listUsers',
  // Shared records, readable by every agency; hasSaved and lastViewedAt are scoped (test/http/global-companies).
  'searchGlobalCompanies',
  'readGlobalCompany',
  // The caller's own view of a shared company (src/clients/contacts.int.test.ts).
  'recordGlobalCompanyView',
  'listIndustries',
  'readCompanyHiring',
  'listJobs',
  'listDecisionMakers',
  'findPlaces',
  // Shared data (global companies, jobs, decision makers), imported by the platform operator; no agency's records.
  'importRecords',
  'startImport',
  // Agency figures: scoped by the actor's agency, proven in src/analytics/*.int.test.ts.
  'readPipelineAnalytics',
  'readForecast',
  'readTeamActivity',
  'readRoutine',
  // A reminder by its id, or the caller's own notifications: another agency's (or user's) is not found
  // (src/tasks/reminders.int.test.ts, notifications.int.test.ts, test/http/isolation).
  'completeReminder',
  'deleteReminder',
  'listNotifications',
  'markNotificationRead',
  'markAllNotificationsRead',
  // Periodic jobs for every agency at once: each row they write belongs to the agency of its company.
  'notifyNewJobs',
  'refreshSuggestedReminders',
  'moveWhenJobsClosed',
  'purgeExpiredSessions',
  // Uploaded client-import files past a day, of every agency: it deletes and writes nothing else (src/client-import/purge-client-import-files.int.test.ts).
  'purgeClientImportFiles',
  // The agency's pipelines: another agency's is not found (src/pipeline/edit-pipeline.int.test.ts, test/http/isolation); templates are the same for all.
  'createPipeline',
  'editPipeline',
  'readPipeline',
  'listAgencyPipelines',
  'listPipelineTemplates',
  // The client import (admins): another agency's file or batch is not found, and each batch writes only the caller's agency
  // (src/client-import/client-import.int.test.ts, test/http/isolation).
  'uploadClientImportFile',
  'dryRunClientImport',
  'startClientImport',
  'runClientImport',
  'listClientImports',
  'readClientImport',
  'undoClientImport',
  // Authentication: a secret identifies the user, so there is no other agency's record to reach.
  'logIn',
  'logOut',
  'authenticateSession',
  'authenticateApiToken',
  // Scoped to the calling user (test/http/auth).
  'createApiToken',
  'listApiTokens',
  'revokeApiToken',
  // Triggers (admins): another agency's rule or group is not found or refused as input, and rules never act on another agency's records
  // (src/automation/automation.int.test.ts, test/http/isolation). The jobs run every agency's rules, each on its own agency's records.
  'createGroup',
  'listGroups',
  'createRule',
  'updateRule',
  'listRules',
  'switchBuiltInRule',
  'scanRules',
  'drainOutbox',
  // A lead's or opportunity's groups: another agency's dossier or group is not found (src/automation/dossiers.int.test.ts, test/http/isolation).
  'setDossierGroups',
  'listDossierGroups',
  // Roles, branches and the agency's dossier kinds (admins): another agency's role or branch is not found, and each writes only
  // the caller's agency (test/http/access.int.test.ts, test/http/isolation).
  ...['listRoles', 'createRole', 'updateRole', 'deleteRole', 'listBranches', 'createBranch', 'updateBranch', 'updateAgencySettings'],
  // Leads, opportunities, vacancies and contact roles: each against another agency's records in src/dossiers/isolation.int.test.ts.
  ...['bulkUpdateDossiers', 'changeDossierStage', 'listContactRoles', 'createContactRole', 'updateContactRole', 'deleteContactRole', 'convertLead', 'createDossier'],
  ...['createLeadFromJob', 'createVacancy', 'deleteDossier', 'deleteVacancy', 'linkDossierContact', 'changeDossierContactRole', 'unlinkDossierContact', 'exportDossiers'],
  ...['linkDossierVacancy', 'unlinkDossierVacancy', 'listDossierSuggestions', 'listDossiers', 'listVacancies', 'logDossierActivity', 'readDossierReport'],
  ...['readDossierTimeline', 'readDossier', 'suggestDossierStart', 'updateDossier'],
  ...['listDossierLists', 'createDossierListValue', 'updateDossierListValue', 'deleteDossierListValue'],
];

const helpers = new Set(['AuthCache', 'listLimit', 'LoginThrottle', 'localizePasswordErrors', 'prefersDutch', 'resolvePeriod', 'readStageLogs', 'StageLogCache', 'refreshHiringFacts', 'monthlyPostings', 'withAgencyFacts', 'jsonRows', 'isImportKind', 'writeBatch', 'retryLostRaces', 'limitUpload', 'UploadTooLarge', 'upsertCompanies', 'upsertJobs', 'upsertDecisionMakers', 'generateMarket', 'readRecords', 'formatOf', 'describeIssues', 'enterPipeline', 'moveToStage', 'moveToPipeline', 'unlessRefused', 'stageLogCaches', 'loadPipeline', 'loadDefinition', 'listPipelines', 'defaultPipeline', 'recordVersion', 'publishCompanyChange', 'onCompanyChange', 'publishNotificationEvent', 'onNotificationEvent', 'parseInput', 'authorize', 'hashPassword', 'verifyPassword', 'newSecret', 'hashSecret', 'insertUser', 'openSession', 'companySummaries', 'escapeLike', 'cursor', 'encodeCursor', 'page', 'text', 'optionalText', 'reminderViews', 'notificationViews', 'writePipelineTables', 'definitionColumns', 'makeDefault', 'forgetDefinition', 'dealChanges', 'withStageLabels', 'everInPipeline', 'writeCompanyView', 'searchWords', 'matchPersonName', 'matchCompanyText']);

// The client import's pieces, each given the agency (src/client-import): reading the file, planning, resolving, writing, wording.
for (const name of ['formatOfContent', 'readImportFile', 'separatorOf', 'loadFile', 'loadImport', 'resolveCompanies', 'planOf', 'resolveAll', 'planView', 'readBatches', 'writeCompany', 'describePlan', 'describeBatch']) helpers.add(name);

// The triggers' engine and its pieces (src/automation), each given the agency (and the record) it acts for; the tasks slice's writers for them.
for (const name of ['onActivity', 'fireRules', 'performActions', 'stageGroupOf', 'addToGroup', 'removeFromGroup', 'groupsOf', 'changeMembershipByRule', 'listBuiltInRules', 'checkRule', 'latestFirings', 'registerRecordKind', 'recordAdapter', 'adaptersOfPipelineKind', 'recordAdapters', 'setActivityHook', 'createAutomaticTask', 'writeAutomaticNotification']) helpers.add(name);
// The built-in rules' one move and its firing log (src/pipeline/move-by-built-in-rule.ts, src/automation/log-built-in-firing.ts), and a rule's recent firings: each given the agency and record or rule.
for (const name of ['moveByBuiltInRule', 'setBuiltInFiringHook', 'logBuiltInFiring', 'recentFirings']) helpers.add(name);
// The engine's in-memory copy of an agency's enabled rules (src/automation/enabled-rules.ts) and a rule's group change riding in its firing's claim: each given the agency.
for (const name of ['enabledRules', 'forgetRules', 'membershipCtes']) helpers.add(name);
// Giving a role inside a write (src/identity/agency-role.ts): turns a role deleted meanwhile into a 409 for the caller's own agency.
helpers.add('givingRole');
// The one timeline hook both timelines run (src/pipeline/timeline-hook.ts), hand-set groups, and whose right a task needs (src/tasks/task-record.ts): each given the agency and record.
for (const name of ['afterAppend', 'timelineValues', 'setGroupsByHand', 'authorizeAnyTaskRecord', 'taskPermission']) helpers.add(name);

// Identity's pieces for roles and branches, each given the agency (and role or branch) it reads for.
for (const name of ['agencyRolePermissions', 'activeBranch', 'branchMatches', 'readBranches', 'roleManagesUsers', 'readRoles']) helpers.add(name);
// The dossiers' pieces, each given the agency or a locked dossier of it (src/dossiers), the stage writer's dossier half and the export writer.
for (const name of ['moveDossier', 'insertDossier', 'insertVacancy', 'removeDossier', 'dossierFilterSql', 'linkContact', 'linkVacancy', 'dossierRows', 'readDossierPage', 'walkDossiers']) helpers.add(name);
for (const name of ['authorizeEitherKind', 'keyFromName', 'lockDossierFor', 'loadDossierFor', 'changeDossier', 'assertListValues', 'refNames', 'publishDossierChange', 'onDossierChange', 'convertedToOf', 'contactsOf', 'applyUpdate', 'vacancyRows', 'vacanciesOf', 'enterDossierPipeline', 'moveDossierToStage', 'spreadsheet']) helpers.add(name);
// Who lost access, announced to every instance's auth cache (src/identity/access-changes.ts): the event names its agency.
for (const name of ['publishAccessChange', 'onAccessChange']) helpers.add(name);
// The demo's leads and opportunities (src/demo/seed-dossiers.ts and its pieces): seedDemo's phase in the agency it just made, through the dossier use cases as its team.
for (const name of ['seedDossiers', 'writeDossierStory', 'leadStages', 'opportunityStages', 'gatesFor', 'isoDate']) helpers.add(name);
// The board's query pieces (src/pipeline/board-query.ts, read-board.ts): each filters on the agency it is given.
for (const name of ['foldText', 'foldedContains', 'nameMatches', 'onBoard', 'boardPipeline', 'cardRows', 'cardCursor']) helpers.add(name);
// The companies page's query pieces (src/clients/company-*.ts): each filters on the agency it is given.
// The shared import's CSV reading (src/discovery/import/read-csv.ts, read-records.ts): no agency data.
for (const name of ['CsvReader', 'parseCsv']) helpers.add(name);
for (const name of ['list', 'companyTextMatches', 'companyFilterSql', 'sortKeySql', 'orderBySql', 'afterCursorSql', 'readListRows', 'countListRows', 'matchingIds', 'walkListRows', 'isColumnKey', 'resolveColumns', 'csvSeparator', 'csvText', 'visibleViews', 'viewToChange']) helpers.add(name);

describe('isolation coverage', () => {
  it('covers every exported use case of the slices', async () => {
    const modules = import.meta.glob<Record<string, unknown>>([
      '../src/*/**/*.ts',
      '!../src/{platform,server,cli}/**',
      '!**/domain/**',
      '!**/*.{test,routes,plugin,job,schemas,tables}.ts',
      '!**/index.ts',
      '!**/demo/random.ts',
      '!**/demo/dutch-market.ts',
      // The demo market's generator pieces (market.ts's generateMarket is the entry, a helper above).
      '!**/demo/market-*.ts',
    ]);
    const exported: string[] = [];
    for (const load of Object.values(modules)) {
      for (const [name, value] of Object.entries(await load())) {
        if (typeof value === 'function' && !helpers.has(name) && !/^(lock|find|assert|append|to[A-Z])/.test(name)) exported.push(name);
      }
    }
    expect(exported.length).toBeGreaterThanOrEqual(10);
    const covered = [...Object.keys(companyUseCases), ...agencyWideUseCases];
    expect(exported.filter((name) => !covered.includes(name))).toEqual([]);
  });
});

describeEachDatabase('tenant isolation', (ctx) => {
  let mine: TestAgency;
  let theirs: TestAgency;
  beforeAll(async () => {
    mine = await createTestAgency(ctx.db, 'Mine');
    theirs = await createTestAgency(ctx.db, 'Theirs');
  });

  describe.each(Object.entries(companyUseCases))('%s', (_name, useCase) => {
    it("treats another agency's company as not found and writes nothing", async () => {
      const { db } = ctx;
      const companyId = await companyInStatus(db, mine.recruiter, 'prospect');
      const before = await snapshot(db, mine.agencyId);
      const theirsBefore = await snapshot(db, theirs.agencyId);
      await expect(useCase(db, theirs.admin, companyId)).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Company', id: companyId } });
      expect(await snapshot(db, mine.agencyId)).toEqual(before);
      expect(await snapshot(db, theirs.agencyId)).toEqual(theirsBefore);
    });

    it('treats an unknown company as not found and a malformed id as a validation error', async () => {
      const { db } = ctx;
      await expect(useCase(db, mine.admin, '2f1d3c4b-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(useCase(db, mine.admin, "1' or '1'='1")).rejects.toMatchObject({ code: 'VALIDATION' });
    });
  });

  it('shows each agency only its own companies on the board and in lists', async () => {
    const { db } = ctx;
    const a = await createTestAgency(db, 'A');
    const b = await createTestAgency(db, 'B');
    await companyInStatus(db, a.recruiter, 'meeting');
    await companyInStatus(db, b.recruiter, 'won');
    await companyInStatus(db, b.recruiter, 'won');
    const totals = async (actor: Actor) => Object.fromEntries((await readBoard(db, actor)).columns.map((c) => [c.stage.key, c.total]));
    expect(await totals(a.viewer)).toEqual({ prospect: 0, contacted: 0, meeting: 1, won: 0, lost: 0 });
    expect(await totals(b.viewer)).toEqual({ prospect: 0, contacted: 0, meeting: 0, won: 2, lost: 0 });
    expect((await listCompanies(db, a.viewer)).items.map((c) => c.status)).toEqual(['meeting']);
    expect((await listCompanies(db, b.viewer)).items.map((c) => c.status)).toEqual(['won', 'won']);
  });

  it("never finds another agency's companies or contacts in global search: their companies are shared ones to it", async () => {
    const { db } = ctx;
    const a = await createTestAgency(db, 'Search A');
    const b = await createTestAgency(db, 'Search B');
    const globalCompanyId = await createGlobalCompany(db, 'Tenantzoek Installatietechniek');
    const { company } = await followCompany(db, a.recruiter, { globalCompanyId });
    await addContact(db, a.recruiter, { companyId: company.id, name: 'Tenantzoek Verhoeven' });
    const ofA = await searchEverything(db, a.viewer, { q: 'tenantzoek' });
    expect([ofA.companies.map((c) => c.id), ofA.shared, ofA.contacts.map((c) => c.company.id)]).toEqual([[company.id], [], [company.id]]);
    const ofB = await searchEverything(db, b.viewer, { q: 'tenantzoek' });
    expect([ofB.companies, ofB.shared.map((c) => c.id), ofB.contacts]).toEqual([[], [globalCompanyId], []]);
  });

  it("never serves one agency's cached board to another", async () => {
    const { db } = ctx;
    const a = await createTestAgency(db, 'Cached A');
    const b = await createTestAgency(db, 'Cached B');
    await companyInStatus(db, a.recruiter, 'meeting');
    const cache = new AgencyCache<string>(() => new Date(), 60_000);
    const totals = async (actor: Actor) => JSON.parse(await serveBoard(db, cache, actor, {}, () => new Date())).columns.map((c: { total: number }) => c.total);
    expect(await totals(a.viewer)).toEqual([0, 0, 1, 0, 0]);
    expect(await totals(b.viewer)).toEqual([0, 0, 0, 0, 0]);
    expect(await totals(a.admin)).toEqual([0, 0, 1, 0, 0]);
  });

  it('lets a database constraint refuse a company pointing at another agency’s user', async () => {
    const { db } = ctx;
    const { company } = await followCompany(db, mine.recruiter, { globalCompanyId: (await db.insertInto('global_companies').values({ name: 'X' }).returning('id').executeTakeFirstOrThrow()).id });
    await expect(
      db.updateTable('companies').set({ owner_id: theirs.admin.userId }).where('agency_id', '=', mine.agencyId).where('id', '=', company.id).execute(),
    ).rejects.toThrow(/foreign key/);
  });
});

describeEachDatabase('bad input to changeStatus', (ctx) => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
  });

  it.each([
    [{ status: 'pizza' }, 'VALIDATION', /unknown stage 'pizza'/],
    [{ status: '' }, 'VALIDATION', /status: must not be empty/],
    [{ status: 'contacted', description: 'x'.repeat(5_001) }, 'VALIDATION', /description: must be at most 5000 characters/],
    [{ status: 'lost', lossReason: 'x'.repeat(501) }, 'VALIDATION', /lossReason/],
    [{ status: 42 }, 'VALIDATION', /status/],
    [{ status: 'contacted', unexpected: true }, 'VALIDATION', /unexpected/i],
    [{ status: 'won' }, null, null],
  ])('%j → %s', async (fields, code, message) => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
    const before = await snapshot(db, agency.agencyId);
    const attempt = changeStatus(db, agency.recruiter, { companyId, ...fields } as never);
    if (code === null) {
      await expect(attempt).resolves.toBeTruthy();
      return;
    }
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringMatching(message!) });
    expect(await snapshot(db, agency.agencyId)).toEqual(before);
  });

  it('refuses viewers', async () => {
    const { db } = ctx;
    const companyId = await companyInStatus(db, agency.recruiter, 'prospect');
    await expect(changeStatus(db, agency.viewer, { companyId, status: 'contacted' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
