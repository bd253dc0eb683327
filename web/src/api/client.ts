/** A problem+json error from the API, with the fields the UI uses. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly allowed?: string[],
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
    throw new ApiError(response.status, String(data.type ?? ''), String(data.detail ?? response.statusText), data.allowed as string[] | undefined);
  }
  return data as T;
}

export type Localized = { nl: string; en: string };

export interface CompanySummary {
  id: string;
  globalCompanyId: string;
  name: string;
  industry: string | null;
  employeeCount: number | null;
  location: string | null;
  status: string;
  statusChangedAt: string;
  favorited: boolean;
  ownerId: string | null;
  ownerName: string | null;
}

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

export interface Activity {
  id: string;
  type: string;
  description: string | null;
  oldStatus: string | null;
  newStatus: string | null;
  extraData: Record<string, unknown>;
  userId: string | null;
  userName: string | null;
  automatic: boolean;
  createdAt: string;
}

export interface CompanyDetail {
  id: string;
  status: string;
  statusChangedAt: string;
  ownerId: string | null;
  ownerName: string | null;
  favorited: boolean;
  newJobsNotifications: boolean;
  allowedTransitions: string[];
  globalCompany: {
    id: string;
    name: string;
    linkedinUrl: string | null;
    websiteDomain: string | null;
    description: string | null;
    industry: string | null;
    location: string | null;
    employeeCount: number | null;
  };
}

export interface Stage {
  key: string;
  name: Localized;
  color: string;
  icon: string;
  next: string[];
  requires: string[];
  staleAfterDays?: number;
}

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

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}
