import { DEFAULT_TEAM_DAYS, TEAM_PERIOD_DAYS, type TeamPeriodDays } from '../../../../../src/analytics/domain/team.js';
import { DAY_MS } from '../../../../../src/platform/time/days.js';
import { startOfLastMonths } from '../../../../../src/platform/time/months.js';

/** The periods the dashboard offers; presets are whole calendar months up to now. */
export const PERIODS = ['month', '3m', '12m', 'custom'] as const;
export type PeriodChoice = (typeof PERIODS)[number];

const PRESET_MONTHS: Record<Exclude<PeriodChoice, 'custom'>, number> = { month: 1, '3m': 3, '12m': 12 };
const DEFAULT_PERIOD = '12m' satisfies PeriodChoice;
/** The server computes at most three years (services/analytics/period-input.ts MAX_PERIOD_YEARS). */
export const MAX_PERIOD_YEARS = 3;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's filters as the URL keeps them. */
export interface DashboardFilters {
  period: PeriodChoice;
  /** Custom period only: first and last day shown, both included (YYYY-MM-DD). */
  from: string;
  to: string;
  /** '' for everyone, 'me', or a colleague's user id. */
  owner: string;
  /** The team view's own period: the last so many days, whatever the period above. */
  teamDays: TeamPeriodDays;
  /** The pipeline every figure is of: its id, or '' for the agency's default. */
  pipeline: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the query string, ignoring what is not valid. */
export function filtersFrom(params: URLSearchParams): DashboardFilters {
  const period = params.get('period');
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
  };
  return {
    period: (PERIODS as readonly string[]).includes(period ?? '') ? (period as PeriodChoice) : DEFAULT_PERIOD,
    from: period === 'custom' ? date('from') : '',
    to: period === 'custom' ? date('to') : '',
    owner: params.get('owner') ?? '',
    teamDays: TEAM_PERIOD_DAYS.find((days) => String(days) === params.get('teamDays')) ?? DEFAULT_TEAM_DAYS,
    pipeline: UUID.test(params.get('pipeline') ?? '') ? params.get('pipeline')! : '',
  };
}

/** The query string for these filters: only what differs from the default. */
export function toSearchParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.period !== DEFAULT_PERIOD) params.set('period', filters.period);
  if (filters.period === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  if (filters.owner) params.set('owner', filters.owner);
  if (filters.teamDays !== DEFAULT_TEAM_DAYS) params.set('teamDays', String(filters.teamDays));
  if (filters.pipeline) params.set('pipeline', filters.pipeline);
  return params;
}

/**
 * The pipeline the dashboard shows: the one in the URL while the agency has
 * it (an archived or unknown one falls back), else the default, else the
 * first. Undefined until the pipelines have loaded.
 */
export function chosenPipeline<P extends { id: string; isDefault: boolean }>(pipelines: readonly P[] | undefined, filters: DashboardFilters): P | undefined {
  if (!pipelines) return undefined;
  return pipelines.find((p) => p.id === filters.pipeline) ?? pipelines.find((p) => p.isDefault) ?? pipelines[0];
}

/** A period for the API: [from, to) as ISO dates (UTC midnight); `to` absent means now. */
export interface ApiPeriod {
  from: string;
  to: string | null;
}

export type PeriodProblem = 'incomplete' | 'order' | 'future' | 'tooLong';

/**
 * The API period for the filters at `now`: a preset starts on the first of
 * its oldest month and runs to now; a custom period's last day is included,
 * so the API's exclusive `to` is the day after it.
 */
export function apiPeriod(filters: DashboardFilters, now: Date): { period: ApiPeriod } | { problem: PeriodProblem } {
  if (filters.period !== 'custom') return { period: { from: isoDate(startOfLastMonths(now, PRESET_MONTHS[filters.period])), to: null } };
  if (!filters.from || !filters.to) return { problem: 'incomplete' };
  const from = new Date(filters.from);
  const to = new Date(new Date(filters.to).getTime() + DAY_MS);
  if (from.getTime() >= to.getTime()) return { problem: 'order' };
  if (from.getTime() > now.getTime()) return { problem: 'future' };
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_PERIOD_YEARS);
  if (to.getTime() > limit.getTime()) return { problem: 'tooLong' };
  return { period: { from: filters.from, to: isoDate(to) } };
}

/** The custom range that shows the same days as a preset, to start editing from. */
export function customFrom(filters: DashboardFilters, now: Date): Pick<DashboardFilters, 'from' | 'to'> {
  if (filters.period === 'custom' && filters.from && filters.to) return { from: filters.from, to: filters.to };
  const preset = filters.period === 'custom' ? DEFAULT_PERIOD : filters.period;
  return { from: isoDate(startOfLastMonths(now, PRESET_MONTHS[preset])), to: isoDate(now) };
}

/** The owner id to filter on: none for everyone, the user's own id for 'me'. */
export const ownerIdOf = (filters: DashboardFilters, meId: string): string | undefined =>
  filters.owner === '' ? undefined : filters.owner === 'me' ? meId : filters.owner;

/**
 * Whose day the routine card asks for. Whoever holds team:lead (admins and
 * managers) may read anyone's (or the whole agency's); the server answers others with
 * their own day only and refuses a colleague's (docs/api.md), so for them
 * the card always asks for their own, whatever the owner filter says.
 */
export const routineOwnerOf = (filters: DashboardFilters, me: { id: string; permissions: readonly string[] }): string | undefined =>
  me.permissions.includes('team:lead') ? ownerIdOf(filters, me.id) : me.id;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
