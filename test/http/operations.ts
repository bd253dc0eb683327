import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Actor, Permission } from '../../src/identity/domain/roles.js';
import type { Db } from '../../src/platform/db/database.js';
import { createApiToken } from '../../src/identity/create-api-token.js';
import { createInvite } from '../../src/identity/create-invite.js';
import { createRole } from '../../src/identity/create-role.js';
import { createBranch } from '../../src/identity/create-branch.js';
import { hashSecret, newSecret } from '../../src/identity/secrets.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { saveCompanyView } from '../../src/clients/save-company-view.js';
import { addContact } from '../../src/clients/add-contact.js';
import { defaultPipeline } from '../../src/pipeline/pipeline-store.js';
import { changeDossierStage } from '../../src/dossiers/change-dossier-stage.js';
import { createContactRole } from '../../src/dossiers/create-contact-role.js';
import { createDossierListValue } from '../../src/dossiers/create-dossier-list-value.js';
import { listContactRoles } from '../../src/dossiers/list-contact-roles.js';
import { createDossier } from '../../src/dossiers/create-dossier.js';
import { createVacancy } from '../../src/dossiers/create-vacancy.js';
import { createGlobalCompany, createTestNotification, createTestReminder, createTestUser, FIXTURE_PASSWORD, followNewCompany } from '../support/fixtures.js';

/** What `{id}` in an operation's path stands for. */
export type IdKind = 'company' | 'token' | 'globalCompany' | 'reminder' | 'notification' | 'user' | 'pipeline' | 'invite' | 'companyView' | 'contact' | 'clientImport' | 'role' | 'branch' | 'rule' | 'dossier' | 'vacancy' | 'contactRole';

export interface OperationFixture {
  /** Callable without credentials. */
  public?: true;
  id?: IdKind;
  /** A valid body for the caller's own records. */
  body?: (ids: FixtureIds) => Record<string, unknown>;
  query?: Record<string, string>;
  /** A response that never ends (server-sent events): tested over a real socket in events.int.test.ts. */
  stream?: true;
  /** Path parameters other than `{id}`: a value, or one of the fixture's records. */
  params?: Record<string, string | ((ids: FixtureIds) => string)>;
  /** Refuses API tokens (403): the owner calls it with a session cookie from `sessionHeaders`. */
  session?: true;
  /** The platform operator's (shared data): an agency's users are refused, the operator succeeds (operator.int.test.ts). */
  operator?: true;
  /**
   * The permissions the operation needs (all of them; none: any user of an
   * agency). roles.int.test.ts walks the matrix: a role lacking one is
   * refused and nothing changes; a role holding them all gets through.
   */
  needs: readonly Permission[];
  /** A body that is not JSON (an uploaded file). */
  raw?: { contentType: string; payload: () => string };
}

export interface FixtureIds {
  company: string;
  token: string;
  globalCompany: string;
  /** An open manual reminder on `company`, for the caller. */
  reminder: string;
  /** An unread notification of the caller's about `company`. */
  notification: string;
  /** A recruiter of the caller's agency. */
  user: string;
  /** A live clients pipeline of the caller's agency besides the default one (Client stage, version 1), for following into, moves between pipelines and edits. */
  pipeline: string;
  /** A pending invite of the caller's agency (the caller is an admin), and its secret. */
  invite: string;
  inviteToken: string;
  /** A saved view of the companies page, the caller's own (not shared). */
  companyView: string;
  /** A contact of `company`. */
  contact: string;
  /** A finished client import batch of the caller's agency (nothing written by it), and an uploaded file to import. */
  clientImport: string;
  clientImportFile: string;
  /** A custom role of the caller's agency that nobody holds. */
  role: string;
  /** An active branch of the caller's agency. */
  branch: string;
  /** A group of the caller's agency, and a trigger rule (idle 14 days → that group), made directly. */
  group: string;
  rule: string;
  /** A lead of the caller's agency in its end stage (Qualified, not converted), with `dossierContact` (main contact) and `dossierVacancy` linked. */
  dossier: string;
  dossierContact: string;
  dossierVacancy: string;
  /** A vacancy of `company` with no dossier. */
  vacancy: string;
  /** A contact role of the caller's agency that no contact has. */
  contactRole: string;
  /** The key of a value of the caller's agency's source list that no dossier has. */
  listValue: string;
  /** A discovery job of `company`'s shared company. */
  job: string;
}

/** Id kinds of records an agency owns: another agency's are not found. */
export const AGENCY_ID_KINDS: readonly IdKind[] = ['company', 'token', 'reminder', 'notification', 'user', 'pipeline', 'invite', 'companyView', 'contact', 'clientImport', 'role', 'branch', 'rule', 'dossier', 'vacancy', 'contactRole'];

/**
 * Every operation of the API with a request that succeeds for the caller's
 * own records. The isolation, role and bad-input suites all walk this list
 * and fail when the OpenAPI document has an operation it lacks.
 */
export const OPERATIONS: Record<string, OperationFixture> = {
  'POST /api/auth/login': { needs: [], public: true, body: () => ({ email: 'nobody@example.test', password: 'wrong' }) },
  'POST /api/auth/logout': { needs: [], public: true },
  'GET /api/health': { needs: [], public: true },
  'GET /api/me': { needs: [] },
  'PATCH /api/me': { needs: [], body: () => ({ name: 'Mijn Eigen Naam', language: 'en' }) },
  // The same password again, so the caller's password stays FIXTURE_PASSWORD.
  'POST /api/auth/password': { needs: [], body: () => ({ currentPassword: FIXTURE_PASSWORD, newPassword: FIXTURE_PASSWORD }) },
  'POST /api/tokens': { needs: [], session: true, body: () => ({ name: 'integration' }) },
  'GET /api/tokens': { needs: [] },
  'DELETE /api/tokens/{id}': { needs: [], id: 'token' },
  'GET /api/users': { needs: ['companies:view'] },
  'POST /api/users': { needs: ['users:manage'], body: () => ({ email: `${randomUUID()}@example.test`, password: 'een-lang-geheim-wachtwoord', role: 'recruiter' }) },
  'POST /api/users/{id}/password': { needs: ['users:manage'], id: 'user', body: () => ({ newPassword: 'een-nieuw-lang-wachtwoord' }) },
  'POST /api/users/{id}/deactivate': { needs: ['users:manage'], id: 'user' },
  'POST /api/users/{id}/reactivate': { needs: ['users:manage'], id: 'user' },
  'PATCH /api/users/{id}': { needs: ['users:manage'], id: 'user', body: () => ({ role: 'manager', name: 'Collega Nieuwe Rol' }) },
  'GET /api/roles': { needs: ['companies:view'] },
  'POST /api/roles': { needs: ['users:manage'], body: () => ({ key: `rol-${randomUUID().slice(0, 8)}`, name: { nl: 'Planner', en: 'Planner' }, permissions: ['companies:view', 'companies:edit'] }) },
  'PATCH /api/roles/{id}': { needs: ['users:manage'], id: 'role', body: () => ({ name: { nl: 'Hernoemd', en: 'Renamed' }, permissions: ['companies:view'] }) },
  'DELETE /api/roles/{id}': { needs: ['users:manage'], id: 'role' },
  'PATCH /api/agency': { needs: ['settings:manage'], body: () => ({ dossierKinds: ['leads', 'opportunities'] }) },
  'GET /api/branches': { needs: ['companies:view'], query: { archived: 'true' } },
  'POST /api/branches': { needs: ['settings:manage'], body: () => ({ name: `Vestiging ${randomUUID().slice(0, 8)}` }) },
  'PATCH /api/branches/{id}': { needs: ['settings:manage'], id: 'branch', body: () => ({ name: `Hernoemd ${randomUUID().slice(0, 8)}` }) },
  'POST /api/invites': { needs: ['users:manage'], body: () => ({ email: `${randomUUID()}@example.test`, role: 'recruiter', name: 'Nieuwe Collega' }) },
  'GET /api/invites': { needs: ['users:manage'], query: { limit: '10' } },
  'DELETE /api/invites/{id}': { needs: ['users:manage'], id: 'invite' },
  'POST /api/invites/preview': { needs: [], public: true, body: (ids) => ({ token: ids.inviteToken }) },
  'POST /api/invites/accept': { needs: [], public: true, body: (ids) => ({ token: ids.inviteToken, name: 'Nieuwe Collega', password: 'een-lang-geheim-wachtwoord' }) },
  'POST /api/companies': { needs: ['companies:create'], body: (ids) => ({ globalCompanyId: ids.globalCompany, pipelineId: ids.pipeline }) },
  'GET /api/companies': { needs: ['companies:view'], query: { limit: '5' } },
  'GET /api/companies/export': { needs: ['companies:view', 'exports:run'], query: { format: 'csv', columns: 'name,stage,owner' } },
  'POST /api/companies/bulk': { needs: ['companies:edit'], body: (ids) => ({ target: { ids: [ids.company] }, action: { type: 'favorite', value: true } }) },
  'GET /api/company-views': { needs: ['companies:view'] },
  'POST /api/company-views': { needs: ['companies:view'], body: () => ({ name: 'Mijn klanten', shared: true, settings: { filter: { favorite: true }, sort: 'name', direction: 'asc', columns: ['name', 'stage'] } }) },
  'PATCH /api/company-views/{id}': { needs: ['companies:view'], id: 'companyView', body: () => ({ name: 'Hernoemd' }) },
  'DELETE /api/company-views/{id}': { needs: ['companies:view'], id: 'companyView' },
  'GET /api/companies/{id}': { needs: ['companies:view'], id: 'company' },
  'PATCH /api/companies/{id}': { needs: ['companies:edit'], id: 'company', body: () => ({ favorited: true, expectedValue: 3280 }) },
  'DELETE /api/companies/{id}': { needs: ['companies:delete'], id: 'company' },
  'POST /api/companies/{id}/status': { needs: ['companies:edit'], id: 'company', body: () => ({ status: 'lost', lossReason: 'no_response' }) },
  'GET /api/companies/{id}/activities': { needs: ['companies:view'], id: 'company', query: { limit: '10' } },
  'POST /api/companies/{id}/notes': { needs: ['companies:edit'], id: 'company', body: () => ({ body: 'Goed gesprek gehad.' }) },
  'POST /api/companies/{id}/calls': { needs: ['companies:edit'], id: 'company', body: () => ({ contactName: 'Jan de Vries', outcome: 'connected' }) },
  'POST /api/companies/{id}/meetings': { needs: ['companies:edit'], id: 'company', body: () => ({ at: '2026-12-01T10:00:00+01:00', attendees: ['Jan'] }) },
  'POST /api/companies/{id}/outreach': { needs: ['companies:edit'], id: 'company', body: () => ({ channel: 'email', description: 'Intro' }) },
  'GET /api/companies/{id}/contacts': { needs: ['companies:view'], id: 'company' },
  'POST /api/companies/{id}/contacts': { needs: ['companies:edit'], id: 'company', body: () => ({ name: 'Jan de Vries', email: 'jan@example.nl' }) },
  'POST /api/companies/{id}/views': { needs: ['companies:view'], id: 'company' },
  'GET /api/contacts': { needs: ['companies:view'], query: { q: 'Jansen', limit: '5' } },
  'PATCH /api/contacts/{id}': { needs: ['companies:edit'], id: 'contact', body: () => ({ title: 'HR-directeur', phone: null }) },
  'DELETE /api/contacts/{id}': { needs: ['companies:edit'], id: 'contact' },
  'GET /api/board': { needs: ['companies:view'], query: { limitPerColumn: '5' } },
  'GET /api/board/columns/{stage}': { needs: ['companies:view'], params: { stage: 'prospect' }, query: { limit: '5' } },
  'GET /api/global-companies': { needs: ['companies:view'], query: { q: 'Company' } },
  'GET /api/global-companies/{id}': { needs: ['companies:view'], id: 'globalCompany' },
  'POST /api/global-companies/{id}/views': { needs: ['companies:view'], id: 'globalCompany' },
  'GET /api/global-companies/{id}/hiring': { needs: ['companies:view'], id: 'globalCompany' },
  'GET /api/global-companies/{id}/jobs': { needs: ['companies:view'], id: 'globalCompany', query: { status: 'open' } },
  'GET /api/global-companies/{id}/decision-makers': { needs: ['companies:view'], id: 'globalCompany' },
  'GET /api/industries': { needs: ['companies:view'] },
  'GET /api/search': { needs: ['companies:view'], query: { q: 'Company' } },
  'GET /api/places': { needs: ['companies:view'], query: { q: 'Utr' } },
  'POST /api/imports/{kind}': {
    needs: ['data:import'],
    operator: true,
    params: { kind: 'companies' },
    raw: { contentType: 'text/csv', payload: () => `name,website\nGeïmporteerd ${randomUUID().slice(0, 8)},import-${randomUUID()}.nl\n` },
  },
  'GET /api/loss-reasons': { needs: ['companies:view'] },
  'GET /api/pipelines': { needs: ['companies:view'], query: { archived: 'true' } },
  'GET /api/pipelines/{id}': { needs: ['companies:view'], id: 'pipeline' },
  'GET /api/pipeline-templates': { needs: ['companies:view'] },
  'POST /api/pipelines': { needs: ['pipelines:manage'], body: () => ({ templateKey: 'deal', name: { nl: 'Verkoop', en: 'Sales' } }) },
  'PATCH /api/pipelines/{id}': { needs: ['pipelines:manage'], id: 'pipeline', body: () => ({ version: 1, name: { nl: 'Verkoop', en: 'Sales' } }) },
  'GET /api/events': { needs: ['companies:view'], stream: true },
  'GET /api/analytics/pipeline': { needs: ['companies:view'], query: { ownerId: '2f1d3c4b-0000-4000-8000-000000000000' } },
  'GET /api/analytics/forecast': { needs: ['companies:view'], query: { months: '3' } },
  'GET /api/analytics/team': { needs: ['companies:view'], query: { days: '30' } },
  'GET /api/routine': { needs: ['companies:view'] },
  'GET /api/companies/{id}/reminders': { needs: ['companies:view'], id: 'company' },
  'POST /api/companies/{id}/reminders': { needs: ['companies:edit'], id: 'company', body: () => ({ dueAt: new Date(Date.now() + 86_400_000).toISOString(), note: 'Nabellen over de vacature' }) },
  'POST /api/reminders/{id}/done': { needs: ['companies:edit'], id: 'reminder' },
  'DELETE /api/reminders/{id}': { needs: ['companies:edit'], id: 'reminder' },
  'GET /api/notifications': { needs: ['companies:view'], query: { unreadOnly: 'true', limit: '10' } },
  'POST /api/notifications/{id}/read': { needs: ['companies:view'], id: 'notification' },
  'POST /api/notifications/read-all': { needs: ['companies:view'] },
  'POST /api/client-imports/files': {
    needs: ['clients:import'],
    query: { name: 'klanten.csv' },
    raw: { contentType: 'text/csv', payload: () => `Naam;Plaats;Fase\nGeïmporteerde klant ${randomUUID().slice(0, 8)};Utrecht;Prospect\n` },
  },
  'POST /api/client-imports/dry-run': { needs: ['clients:import'], body: (ids) => ({ fileId: ids.clientImportFile }) },
  'POST /api/client-imports': { needs: ['clients:import'], query: { wait: 'true' }, body: (ids) => ({ fileId: ids.clientImportFile }) },
  'GET /api/client-imports': { needs: ['clients:import'] },
  'GET /api/client-imports/{id}': { needs: ['clients:import'], id: 'clientImport' },
  'POST /api/client-imports/{id}/undo': { needs: ['clients:import'], id: 'clientImport' },
  'POST /api/companies/{id}/pipeline': { needs: ['companies:edit'], id: 'company', body: (ids) => ({ pipelineId: ids.pipeline, stage: 'proposal_sent', description: 'Voorstel verstuurd' }) },
  'GET /api/triggers': { needs: ['triggers:manage'] },
  'POST /api/triggers': { needs: ['triggers:manage'], body: (ids) => ({ name: 'Stil 14 dagen', pipelineKind: 'clients', event: { type: 'idle', days: 14 }, actions: [{ type: 'add_to_group', groupId: ids.group }, { type: 'create_task', dueInDays: 1 }] }) },
  'PATCH /api/triggers/{id}': { needs: ['triggers:manage'], id: 'rule', body: () => ({ enabled: false }) },
  'POST /api/triggers/built-in': { needs: ['triggers:manage'], body: (ids) => ({ pipelineId: ids.pipeline, key: 'whenJobsClosed', enabled: false }) },
  'GET /api/groups': { needs: ['companies:view'] },
  'POST /api/groups': { needs: ['triggers:manage'], body: () => ({ name: `Groep ${randomUUID().slice(0, 8)}` }) },
  'GET /api/companies/{id}/groups': { needs: ['companies:view'], id: 'company' },
  'PUT /api/companies/{id}/groups': { needs: ['companies:edit'], id: 'company', body: (ids) => ({ groupIds: [ids.group] }) },
  // Leads, opportunities and vacancies (src/dossiers).
  'GET /api/dossiers': { needs: ['leads:view'], query: { kind: 'lead', scope: 'all', q: 'Lead', limit: '5' } },
  'GET /api/dossiers/export': { needs: ['leads:view', 'exports:run'], query: { kind: 'lead', format: 'csv' } },
  'POST /api/dossiers/bulk': { needs: ['leads:edit'], body: (ids) => ({ kind: 'lead', target: { ids: [ids.dossier] }, action: { type: 'move', stage: 'contacting' } }) },
  'GET /api/dossiers/report': { needs: ['opportunities:view'], query: { kind: 'opportunity', months: '6' } },
  'GET /api/dossiers/wizard': { needs: ['leads:view'], query: { kind: 'lead' } },
  'GET /api/dossier-suggestions': { needs: ['companies:view'] },
  'GET /api/dossier-lists': { needs: ['companies:view'] },
  'POST /api/dossier-lists/{list}': { needs: ['settings:manage'], params: { list: 'source' }, body: () => ({ name: { nl: 'Beurs', en: `Trade fair ${randomUUID().slice(0, 8)}` } }) },
  'PATCH /api/dossier-lists/{list}/{key}': { needs: ['settings:manage'], params: { list: 'source', key: (ids) => ids.listValue }, body: () => ({ name: { nl: 'Vakbeurs', en: 'Trade fair' }, position: 7 }) },
  'DELETE /api/dossier-lists/{list}/{key}': { needs: ['settings:manage'], params: { list: 'source', key: (ids) => ids.listValue } },
  'GET /api/dossier-contact-roles': { needs: ['companies:view'] },
  'POST /api/dossier-contact-roles': { needs: ['settings:manage'], body: () => ({ name: { nl: 'Inkoper', en: 'Buyer' } }) },
  'PATCH /api/dossier-contact-roles/{id}': { needs: ['settings:manage'], id: 'contactRole', body: () => ({ name: { nl: 'Beslisser', en: 'Decision maker' }, position: 5 }) },
  'DELETE /api/dossier-contact-roles/{id}': { needs: ['settings:manage'], id: 'contactRole' },
  'POST /api/dossiers': { needs: ['opportunities:create', 'opportunities:view'], body: (ids) => ({ kind: 'opportunity', title: 'Nieuwe kans', companyId: ids.company, value: 25000, contacts: [{ contactId: ids.contact, roleId: ids.contactRole }] }) },
  'GET /api/dossiers/{id}': { needs: ['leads:view'], id: 'dossier' },
  'PATCH /api/dossiers/{id}': { needs: ['leads:edit'], id: 'dossier', body: () => ({ title: 'Hernoemde lead', value: 4200, priority: 'high' }) },
  'DELETE /api/dossiers/{id}': { needs: ['leads:delete'], id: 'dossier' },
  'POST /api/dossiers/{id}/stage': { needs: ['leads:edit'], id: 'dossier', body: () => ({ stage: 'contacting', description: 'Toch nog gesprekken' }) },
  'GET /api/dossiers/{id}/activities': { needs: ['leads:view'], id: 'dossier', query: { limit: '10' } },
  'POST /api/dossiers/{id}/activities': { needs: ['leads:edit'], id: 'dossier', body: () => ({ type: 'appointment', body: 'Kennismaking', at: '2027-01-12T14:00:00+01:00' }) },
  'POST /api/dossiers/{id}/contacts': { needs: ['leads:edit'], id: 'dossier', body: (ids) => ({ contactId: ids.contact, roleId: ids.contactRole }) },
  'PATCH /api/dossiers/{id}/contacts/{contactId}': { needs: ['leads:edit'], id: 'dossier', params: { contactId: (ids) => ids.dossierContact }, body: (ids) => ({ roleId: ids.contactRole }) },
  'DELETE /api/dossiers/{id}/contacts/{contactId}': { needs: ['leads:edit'], id: 'dossier', params: { contactId: (ids) => ids.dossierContact } },
  'POST /api/dossiers/{id}/vacancies': { needs: ['leads:edit', 'vacancies:edit'], id: 'dossier', body: (ids) => ({ vacancyId: ids.vacancy }) },
  'DELETE /api/dossiers/{id}/vacancies/{vacancyId}': { needs: ['leads:edit', 'vacancies:edit'], id: 'dossier', params: { vacancyId: (ids) => ids.dossierVacancy } },
  'GET /api/dossiers/{id}/groups': { needs: ['leads:view'], id: 'dossier' },
  'PUT /api/dossiers/{id}/groups': { needs: ['leads:edit'], id: 'dossier', body: (ids) => ({ groupIds: [ids.group] }) },
  'GET /api/dossiers/{id}/reminders': { needs: ['leads:view'], id: 'dossier' },
  'POST /api/dossiers/{id}/reminders': { needs: ['leads:edit'], id: 'dossier', body: () => ({ dueAt: new Date(Date.now() + 86_400_000).toISOString(), note: 'Lead nabellen' }) },
  'POST /api/dossiers/{id}/convert': { needs: ['leads:edit', 'opportunities:create'], id: 'dossier', body: () => ({ title: 'Kans uit lead' }) },
  'GET /api/vacancies': { needs: ['vacancies:view'], query: { limit: '10' } },
  'POST /api/vacancies': { needs: ['vacancies:create'], body: (ids) => ({ title: 'Backend-ontwikkelaar', companyId: ids.company, jobId: ids.job }) },
  'DELETE /api/vacancies/{id}': { needs: ['vacancies:delete'], id: 'vacancy' },
  'POST /api/companies/{id}/leads': { needs: ['vacancies:create', 'leads:create'], id: 'company', body: (ids) => ({ jobId: ids.job }) },
};

/** Operations in the OpenAPI document, as `METHOD /path/{id}`. */
export async function documentedOperations(app: FastifyInstance): Promise<string[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
}

/** Headers of a browser session of the actor (a session row made directly) whose Origin is the test app's. */
export async function sessionHeaders(db: Db, actor: Actor): Promise<{ cookie: string; origin: string }> {
  const token = newSecret('cps');
  await db
    .insertInto('sessions')
    .values({ token_hash: hashSecret(token), agency_id: actor.agencyId, user_id: actor.userId, created_at: new Date(), expires_at: new Date(Date.now() + 86_400_000) })
    .execute();
  return { cookie: `cp_session=${token}`, origin: 'http://localhost:80' };
}

/** Fresh records of the actor's agency for the operations to act on. */
export async function fixtureIds(db: Db, actor: Actor): Promise<FixtureIds> {
  const company = await followNewCompany(db, actor);
  const invite = await createInvite(db, actor, { email: `invited-${randomUUID()}@example.test`, role: 'recruiter' });
  return {
    company,
    token: (await createApiToken(db, actor, { name: 'fixture' })).id,
    globalCompany: await createGlobalCompany(db),
    reminder: await createTestReminder(db, actor, company),
    notification: await createTestNotification(db, actor, company),
    user: (await createTestUser(db, actor.agencyId, 'recruiter')).userId,
    pipeline: (await createPipeline(db, actor, { templateKey: 'client_stage' })).id,
    invite: invite.id,
    inviteToken: invite.token,
    companyView: (await saveCompanyView(db, actor, { name: 'Fixture', settings: { filter: {}, columns: [] } })).id,
    contact: (await addContact(db, actor, { companyId: company, name: 'Anna Jansen', title: 'Recruiter', phone: '+31 6 1234 5678' })).contact.id,
    ...(await clientImportIds(db, actor)),
    role: (await createRole(db, actor, { key: `fixture-${randomUUID().slice(0, 8)}`, name: { nl: 'Vaste rol', en: 'Fixture role' }, permissions: ['companies:view'] })).id,
    branch: (await createBranch(db, actor, { name: `Vestiging ${randomUUID()}` })).id,
    ...(await automationIds(db, actor)),
    ...(await dossierIds(db, actor, company)),
  };
}

/** A group and a rule of the actor's agency, made directly (whatever the actor's role). */
async function automationIds(db: Db, actor: Actor): Promise<{ group: string; rule: string }> {
  const now = new Date();
  const group = await db.insertInto('automation_groups').values({ agency_id: actor.agencyId, name: `Stil ${randomUUID().slice(0, 8)}`, created_at: now }).returning('id').executeTakeFirstOrThrow();
  const rule = await db
    .insertInto('automation_rules')
    .values({
      agency_id: actor.agencyId,
      name: 'Fixture',
      pipeline_kind: 'clients',
      pipeline_id: null,
      event: JSON.stringify({ type: 'idle', days: 14 }),
      conditions: JSON.stringify([]),
      actions: JSON.stringify([{ type: 'add_to_group', groupId: group.id }]),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { group: group.id, rule: rule.id };
}

/** A qualified lead with a contact and a vacancy, a free vacancy, an unused contact role and a job of the company, through the real use cases. */
async function dossierIds(db: Db, actor: Actor, company: string) {
  const contactRole = (await createContactRole(db, actor, { name: { nl: `Rol ${randomUUID().slice(0, 8)}`, en: 'Fixture role' } })).id;
  const listValue = (await createDossierListValue(db, actor, { list: 'source', name: { nl: 'Beurs', en: `Fair ${randomUUID().slice(0, 8)}` } })).key;
  const [mainContact] = await listContactRoles(db, actor);
  const dossierContact = (await addContact(db, actor, { companyId: company, name: 'Lead Contactpersoon' })).contact.id;
  const dossierVacancy = (await createVacancy(db, actor, { title: 'Gekoppelde vacature', companyId: company })).id;
  const vacancy = (await createVacancy(db, actor, { title: 'Losse vacature', companyId: company })).id;
  const lead = await createDossier(db, actor, { kind: 'lead', title: 'Fixture lead', companyId: company, contacts: [{ contactId: dossierContact, roleId: mainContact!.id }], vacancyIds: [dossierVacancy] });
  await changeDossierStage(db, actor, { dossierId: lead.id, stage: 'qualified' });
  const { global_company_id } = await db.selectFrom('companies').select('global_company_id').where('id', '=', company).executeTakeFirstOrThrow();
  const job = await db.insertInto('jobs').values({ global_company_id, title: 'Fixture-vacature', source: 'test', external_id: randomUUID() }).returning('id').executeTakeFirstOrThrow();
  return { dossier: lead.id, dossierContact, dossierVacancy, vacancy, contactRole, listValue, job: job.id };
}

/** An uploaded file (one company, its name unique) and a finished batch that wrote nothing, made directly. */
async function clientImportIds(db: Db, actor: Actor): Promise<{ clientImport: string; clientImportFile: string }> {
  const content = Buffer.from(`Naam;Plaats;Fase\nFixtureklant ${randomUUID()};Utrecht;Prospect\n`);
  const file = await db
    .insertInto('client_import_files')
    .values({ agency_id: actor.agencyId, file_name: 'klanten.csv', format: 'csv', content, created_by: actor.userId, created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pipeline = await defaultPipeline(db, actor.agencyId);
  const now = new Date();
  const batch = await db
    .insertInto('client_import_batches')
    .values({ agency_id: actor.agencyId, file_name: 'klanten.csv', source: 'spreadsheet', pipeline_id: pipeline.id, status: 'done', total: 0, created_by: actor.userId, created_at: now, heartbeat_at: now, finished_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { clientImport: batch.id, clientImportFile: file.id };
}

/** The inject options for an operation; `overrides` replace parts of the valid request. */
export function requestFor(
  operation: string,
  ids: FixtureIds,
  overrides: { id?: string; body?: unknown; headers?: Record<string, string>; query?: Record<string, string> } = {},
): InjectOptions {
  const [method, path] = operation.split(' ') as [InjectOptions['method'], string];
  const fixture = OPERATIONS[operation]!;
  const id = overrides.id ?? (fixture.id ? ids[fixture.id] : undefined);
  const body = 'body' in overrides ? overrides.body : (fixture.body?.(ids) ?? fixture.raw?.payload());
  let url = id ? path.replace('{id}', encodeURIComponent(id)) : path;
  for (const [name, value] of Object.entries(fixture.params ?? {})) url = url.replace(`{${name}}`, typeof value === 'function' ? value(ids) : value);
  return {
    method,
    url,
    query: overrides.query ?? fixture.query,
    headers: fixture.raw ? { 'content-type': fixture.raw.contentType, ...overrides.headers } : overrides.headers,
    ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
  };
}

export interface QueryParameter {
  name: string;
  schema: { type?: string };
}

/** The query parameters of every documented operation, as the OpenAPI document lists them. */
export async function documentedParameters(app: FastifyInstance): Promise<Record<string, QueryParameter[]>> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: (QueryParameter & { in: string })[] }>>;
  };
  return Object.fromEntries(
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, (operation.parameters ?? []).filter((p) => p.in === 'query')]),
    ),
  );
}
