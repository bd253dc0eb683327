import type { CompanySummary as ServerCompanySummary } from '../../../src/services/company-summaries.js';
import type { LocalizedText, Stage as ServerStage } from '../../../src/domain/pipeline/pipeline.js';
import type { CompanyDetail as ServerCompanyDetail } from '../../../src/services/read-company.js';
import type { CompanyHiring as ServerCompanyHiring, DecisionMakerView, JobView } from '../../../src/services/company-hiring.js';
import type { GlobalCompanyResult as ServerGlobalCompanyResult, GlobalCompanySearchHit as ServerSearchHit } from '../../../src/services/global-companies.js';
import type { ImportKind, ImportProgress, ImportSummary } from '../../../src/services/import/import-records.js';
import type { PlaceView } from '../../../src/services/places.js';
import type { ContactView, TimelineEntry } from '../../../src/services/views.js';

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
  counts: Omit<ImportSummary, 'rejected'> & { rejected: number };
  companies?: ImportProgress['companies'];
  /** On done: the rejected rows by line (the first 1,000). */
  rejected?: ImportSummary['rejected'];
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
