import type { CompanySummary as ServerCompanySummary } from '../../../src/pipeline/company-summaries.js';
import type { LocalizedText, Stage as ServerStage } from '../../../src/pipeline/domain/pipeline.js';
import type { CompanyDetail as ServerCompanyDetail } from '../../../src/clients/read-company.js';
import type { CompanyHiring as ServerCompanyHiring } from '../../../src/discovery/read-company-hiring.js';
import type { DecisionMakerView } from '../../../src/discovery/list-decision-makers.js';
import type { JobView } from '../../../src/discovery/list-jobs.js';
import type { GlobalCompanyResult as ServerGlobalCompanyResult } from '../../../src/discovery/global-company-result.js';
import type { GlobalCompanySearchHit as ServerSearchHit } from '../../../src/discovery/search-global-companies.js';
import type { ImportCounts, ImportKind, ImportProgress, ImportSummary } from '../../../src/discovery/import/import-records.js';
import type { PipelineAnalytics as ServerPipelineAnalytics } from '../../../src/analytics/read-pipeline-analytics.js';
import type { TeamActivity as ServerTeamActivity } from '../../../src/analytics/read-team-activity.js';
import type { NotificationPage as ServerNotificationPage, NotificationView } from '../../../src/tasks/notifications.js';
import type { PlaceView } from '../../../src/discovery/places.js';
import type { Routine as ServerRoutine } from '../../../src/analytics/read-routine.js';
import type { ReminderView } from '../../../src/tasks/reminders.js';
import type { ContactView } from '../../../src/clients/contact-view.js';
import type { TimelineEntry } from '../../../src/pipeline/views.js';

/** A server-side view as it arrives in JSON: dates become ISO strings. */
export type Serialized<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;

/** A problem+json error from the API, with the fields the UI uses. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly allowed?: string[],
    readonly existingCompanyId?: string,
  ) {
    super(message);
  }
}

/** Calls the API with the session cookie; throws ApiError with the server's detail. */
export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(data.type ?? ''),
      String(data.detail ?? response.statusText),
      data.allowed as string[] | undefined,
      data.existingCompanyId as string | undefined,
    );
  }
  return data as T;
}

export type Localized = Serialized<LocalizedText>;

export type CompanySummary = Serialized<ServerCompanySummary>;

export interface BoardColumnData {
  key: string;
  label: Localized;
  color: string;
  icon: string;
  allowedTransitions: string[];
  total: number;
  cards: CompanySummary[];
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'manager' | 'recruiter' | 'viewer';
  agency: { id: string; name: string };
}

export type Activity = Serialized<TimelineEntry>;

export type CompanyDetail = Serialized<ServerCompanyDetail>;

export type Stage = Serialized<ServerStage>;

export interface LossReason {
  key: string;
  label: Localized;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Me['role'];
}

export type Contact = Serialized<ContactView>;

export type GlobalCompanyResult = Serialized<ServerGlobalCompanyResult>;

export type GlobalCompanySearchHit = Serialized<ServerSearchHit>;

export interface SearchPage {
  items: GlobalCompanySearchHit[];
  nextCursor: string | null;
  /** On the first page: how many companies match in all. */
  total: number | null;
  /** With a place: matching companies left out because they are not on the map. */
  withoutCoordinates: number | null;
}

export type CompanyHiring = Serialized<ServerCompanyHiring>;

export type Job = Serialized<JobView>;

export type DecisionMaker = Serialized<DecisionMakerView>;

export type Place = Serialized<PlaceView>;

export interface IndustryCount {
  industry: string;
  companies: number;
}

export type { ImportKind };

/** One line of an import's application/x-ndjson response (ImportEvent in the OpenAPI document). */
export interface ImportEvent {
  phase: ImportProgress['phase'] | 'done' | 'failed';
  /** Of the uploaded file, so far. */
  bytesRead: number;
  counts: ImportCounts;
  companies?: ImportProgress['companies'];
  /** On done: the first rejected rows by line (at most 100; counts.rejected has them all). */
  rejected?: ImportSummary['rejectedRows'];
  /** On done: rejected rows per code over the whole file. */
  rejectedByCode?: ImportSummary['rejectedByCode'];
  /** On failed: why the import stopped. */
  problem?: ProblemDetail;
}

/** The fields of a problem+json body the UI shows. */
export interface ProblemDetail {
  type: string;
  title: string;
  status: number;
  detail: string;
}

/** GET /api/analytics/pipeline: the pipeline figures of a period (SPEC R6.3). */
export type PipelineAnalytics = Serialized<ServerPipelineAnalytics>;

/** GET /api/analytics/team: activity per member against the previous period (SPEC R9.6). */
export type TeamActivity = Serialized<ServerTeamActivity>;

/** A count next to the previous period's, with the relative change (null without a base). */
export type Figure = TeamActivity['totals']['jobsAdded'];

/** GET /api/routine: today's follow-ups, meetings, prospects, due reminders and stale companies. */
export type Routine = Serialized<ServerRoutine>;

export type RoutineMeeting = Routine['meetings']['upcoming'][number];

export type RoutineReminder = Routine['reminders'][number];

/** A reminder on a company (GET /api/companies/:id/reminders). */
export type Reminder = Serialized<ReminderView>;

/** New jobs at a followed company, for the bell. */
export type Notification = Serialized<NotificationView>;

/** GET /api/notifications: newest first, with the unread count. */
export type NotificationPage = Serialized<ServerNotificationPage>;
