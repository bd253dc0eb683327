import type { components, paths } from './openapi';

/*
 * The API's types come from its OpenAPI document, generated from the
 * server's zod schemas at build time (scripts/generate-api-types.mjs writes
 * ./openapi.d.ts). A field the server renames or drops is a compile error
 * here, not a blank on screen. Only names live in this file, no shapes.
 */

type Schemas = components['schemas'];

/** The JSON body of a path's 200/201 answer. */
export type ResponseBody<P extends keyof paths, M extends keyof paths[P] = 'get' & keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? JsonOf<R[keyof R & (200 | 201)]>
  : never;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body a path takes. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** A problem+json error from the API, with the fields the UI uses. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    /** The server's `detail`, in the language the request asked for. */
    message: string,
    readonly allowed?: string[],
    readonly existingCompanyId?: string,
    /** Offending fields of a validation problem, each with the server's message. */
    readonly issues: FieldIssue[] = [],
    /** The stage gates a refused move lacks (gates-required, loss-reason-required). */
    readonly missing: MissingGate[] = [],
  ) {
    super(message);
  }

  /** The server's message for one field (e.g. `body.password`), if it named that field. */
  issueFor(field: string): string | undefined {
    return this.issues.find((issue) => issue.path === field || issue.path.endsWith(`.${field}`))?.message;
  }
}

export type FieldIssue = NonNullable<ProblemDetail['issues']>[number];

/** A stage gate a refused move lacks, as the 422 lists it. */
export type MissingGate = NonNullable<ProblemDetail['missing']>[number];

/*
 * The UI's language, sent as Accept-Language on every call so problem+json
 * `detail` comes back in it. The i18n provider keeps it current.
 */
let uiLanguage = 'nl';
export function setApiLanguage(locale: string): void {
  uiLanguage = locale;
}
export function apiLanguage(): string {
  return uiLanguage;
}

/**
 * Calls the API with the session cookie; throws ApiError with the server's
 * detail. No connection is status 0, and an answer without a problem body
 * (a proxy's 502) has no detail: shared/error-text.ts words those.
 */
export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': uiLanguage };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, '', '');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as Partial<ProblemDetail>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data.type ?? '',
      data.detail ?? '',
      data.allowed,
      data.existingCompanyId,
      data.issues ?? [],
      data.missing ?? [],
    );
  }
  return data as T;
}

export type Localized = Schemas['StageDefinition']['name'];

/*
 * The server's stale verdict on a card (one rule with the routine's: days
 * without activity or planned work). Hand-written, optional, until the
 * generated CompanySummary carries the fields; then the intersection
 * simply agrees with it.
 */
interface StaleVerdict {
  stale?: boolean | null;
  /** Whole days since it last moved or was worked on. */
  idleDays?: number | null;
  /** Its stage's threshold; null where a stage never goes stale. */
  staleAfterDays?: number | null;
}

export type CompanySummary = Schemas['CompanySummary'] & StaleVerdict;

export type BoardColumnData = Schemas['BoardColumn'];

/** GET /api/board: the pipeline (with its fields) and its columns. */
export type BoardData = Schemas['Board'];

/** A board card: the company summary and its pipeline field values. */
export type BoardCard = Schemas['BoardCard'];

/** GET /api/board/columns/{stage}: a column's next page. */
export type BoardColumnPage = Schemas['BoardColumnPage'];

export type Me = Schemas['Me'];

/** A role of the agency with its permissions (Settings → Roles). */
export type AgencyRoleView = Schemas['Role'];
export type NewRole = RequestBody<'/api/roles', 'post'>;
export type RoleChange = RequestBody<'/api/roles/{id}', 'patch'>;

/** A branch (vestiging) of the agency (Settings → Branches). */
export type Branch = Schemas['Branch'];

export type Activity = ResponseBody<'/api/companies/{id}/activities'>['items'][number];

export type ActivityPage = ResponseBody<'/api/companies/{id}/activities'>;

export type CompanyDetail = Schemas['CompanyDetail'];

export type Stage = Schemas['StageDefinition'];

/** An agency's pipeline at its current version (GET /api/pipelines, the company detail's `pipeline`). */
export type Pipeline = Schemas['Pipeline'];

export type PipelineField = Schemas['PipelineField'];

export type Pipelines = ResponseBody<'/api/pipelines'>;

export type LossReason = ResponseBody<'/api/loss-reasons'>['items'][number];

export type User = Schemas['User'];

/** POST /api/users: an admin adds a colleague (the password follows the server's rules). */
export type NewUser = RequestBody<'/api/users', 'post'>;

/*
 * POST /api/auth/password (change one's own) and POST /api/users/{id}/password
 * (an admin resets a colleague's): hand-written from the identity slice's
 * contract until the generated document carries these routes.
 */
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}
export interface PasswordReset {
  newPassword: string;
}

export type Contact = Schemas['Contact'];

/** A contact of one of the agency's companies, with its company and last activity (the people list). */
export type AgencyContact = Schemas['AgencyContact'];

export type AgencyContactPage = ResponseBody<'/api/contacts'>;

/** What an edit of a contact sends (null clears a detail). */
export type ContactChange = RequestBody<'/api/contacts/{id}', 'patch'>;

/** A recorded "last viewed", with the view before it. */
export type RecordedView = Schemas['RecordedView'];

export type GlobalCompanyResult = Schemas['GlobalCompanyResult'];

export type GlobalCompanySearchHit = Schemas['GlobalCompanySearchHit'];
/** Global search's grouped answer (GET /api/search). */
export type SearchResults = Schemas['SearchResults'];

/** A page of the shared-company search (total on the first page; withoutCoordinates with a place). */
export type SearchPage = ResponseBody<'/api/global-companies'>;

export type CompanyHiring = Schemas['CompanyHiring'];

export type Job = Schemas['Job'];

export type JobPage = ResponseBody<'/api/global-companies/{id}/jobs'>;

export type DecisionMaker = Schemas['DecisionMaker'];

export type Place = Schemas['Place'];

export type IndustryCount = ResponseBody<'/api/industries'>['items'][number];

export type ImportKind = paths['/api/imports/{kind}']['post']['parameters']['path']['kind'];

/** One line of an import's application/x-ndjson response. */
export type ImportEvent = Schemas['ImportEvent'];

/** A problem+json body (RFC 9457). */
export type ProblemDetail = Schemas['Problem'];

/** GET /api/analytics/pipeline: the pipeline figures of a period (SPEC R6.3). */
export type PipelineAnalytics = Schemas['PipelineAnalytics'];

/** GET /api/analytics/team: activity per member against the previous period (SPEC R9.6). */
export type TeamActivity = Schemas['TeamActivity'];

/** A count next to the previous period's, with the relative change (null without a base). */
export type Figure = Schemas['Figure'];

/** GET /api/routine: today's follow-ups, meetings, prospects, due reminders and stale companies. */
export type Routine = Schemas['Routine'];

export type RoutineMeeting = Routine['meetings']['upcoming'][number];

export type RoutineReminder = Routine['reminders'][number];

/** A reminder on a company (GET /api/companies/:id/reminders). */
export type Reminder = Schemas['Reminder'];

/** New jobs at a followed company, for the bell. */
export type Notification = Schemas['Notification'];

/** GET /api/notifications: newest first, with the unread count. */
export type NotificationPage = Schemas['NotificationPage'];

/** A colleague as Settings → Team lists them (GET /api/users): active or not, last login for admins. */
export type TeamMember = Schemas['TeamMember'];

/** PATCH /api/users/{id}: an admin changes a colleague's role or name. */
export type UserChange = RequestBody<'/api/users/{id}', 'patch'>;

/** An invite as admins see it (GET /api/invites), with its state. */
export type Invite = Schemas['Invite'];

/** POST /api/invites: whom to invite, as what. */
export type NewInvite = RequestBody<'/api/invites', 'post'>;

/** The answer to POST /api/invites: the invite and its secret, shown this once. */
export type CreatedInvite = ResponseBody<'/api/invites', 'post'>;

/** POST /api/invites/preview: what an invite link offers, before it is accepted. */
export type InvitePreview = Schemas['InvitePreview'];

/** A personal API token, never its secret (GET /api/tokens). */
export type ApiToken = Schemas['ApiToken'];

/** The answer to POST /api/tokens: the token and its secret, shown this once. */
export type CreatedApiToken = ResponseBody<'/api/tokens', 'post'>;

/** PATCH /api/me: one's own name or UI language. */
export type ProfileChange = RequestBody<'/api/me', 'patch'>;
/** GET /api/companies: a keyset page of the companies page, with the total that matches. */
export type CompanyList = Schemas['CompanyList'];

export type CompanyListItem = Schemas['CompanyListItem'];

/** A saved view of the companies page (GET /api/company-views). */
export type CompanyView = Schemas['CompanyView'];

/** POST /api/companies/bulk: what changed, and each refusal with its reason. */
export type BulkResult = Schemas['BulkResult'];

/** The body of POST /api/companies/bulk. */
export type BulkRequest = RequestBody<'/api/companies/bulk', 'post'>;
/** What importing an uploaded client file would do (upload and dry run). */
export type ClientImportPlan = ResponseBody<'/api/client-imports/files', 'post'>;
/** One client import batch, with its progress. */
export type ClientImportBatch = ResponseBody<'/api/client-imports/{id}'>;
/** The mappings an admin sends with a dry run or a run. */
export type ClientImportOptions = RequestBody<'/api/client-imports/dry-run', 'post'>;

/** A lead or an opportunity (src/dossiers). */
export type Dossier = Schemas['Dossier'];
export type DossierKind = Dossier['kind'];
export type DossierDetail = Schemas['DossierDetail'];
export type DossierActivity = Schemas['DossierActivity'];
export type DossierPage = ResponseBody<'/api/dossiers'>;
export type DossierActivityPage = ResponseBody<'/api/dossiers/{id}/activities'>;
export type DossierReport = Schemas['DossierReport'];
export type DossierWizard = Schemas['DossierWizardSuggestions'];
export type DossierContactRole = Schemas['DossierContactRole'];
export type DossierBulkResult = Schemas['DossierBulkResult'];
export type Vacancy = Schemas['Vacancy'];
export type DossierLists = Schemas['DossierLists'];
export type DossierListValue = Schemas['DossierListValue'];
export type NewDossier = RequestBody<'/api/dossiers', 'post'>;
