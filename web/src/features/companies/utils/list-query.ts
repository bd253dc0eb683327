import { DEFAULT_COLUMNS, SORT_KEYS, type SortKey } from './columns';

/*
 * The companies page's state — search, filters, sort, columns — as the
 * address holds it (so a link, the board's "as a list" and the back button
 * all work), as the API's query string, and as a saved view's settings.
 * The address uses the API's own parameter names.
 */

export type Flag = boolean | undefined;
export const FLAGS = ['favorite', 'stale', 'onHold', 'hasOpenJobs', 'noAgencies'] as const;
export type FlagName = (typeof FLAGS)[number];
export const DATES = ['lastActivityFrom', 'lastActivityTo', 'createdFrom', 'createdTo'] as const;
export type DateName = (typeof DATES)[number];

export interface ListFilter {
  q?: string | undefined;
  pipelineId?: string | undefined;
  stage?: string[] | undefined;
  ownerId?: string | undefined;
  /** A branch's id, `mine` (My branches) or `none`. */
  branch?: string | undefined;
  favorite?: Flag;
  stale?: Flag;
  onHold?: Flag;
  hasOpenJobs?: Flag;
  noAgencies?: Flag;
  lastActivityFrom?: string | undefined;
  lastActivityTo?: string | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  /** `key:value` conditions on pipeline fields. */
  field?: string[] | undefined;
}

export interface ListState {
  filter: ListFilter;
  sort: SortKey;
  direction: 'asc' | 'desc';
  columns: string[];
  /** The saved view the page was opened from, if any. */
  view?: string | undefined;
}

export const DEFAULT_SORT: { sort: SortKey; direction: 'asc' | 'desc' } = { sort: 'name', direction: 'asc' };

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : undefined);
const flag = (value: string | null): Flag => (value === 'true' ? true : value === 'false' ? false : undefined);

export function stateFromParams(params: URLSearchParams): ListState {
  const sort = params.get('sort');
  const filter: ListFilter = {
    q: params.get('q') || undefined,
    pipelineId: params.get('pipelineId') || undefined,
    stage: list(params.get('stage')),
    ownerId: params.get('ownerId') || undefined,
    branch: params.get('branch') || undefined,
    field: params.getAll('field').filter(Boolean),
  };
  for (const name of FLAGS) filter[name] = flag(params.get(name));
  for (const name of DATES) filter[name] = params.get(name) || undefined;
  if (filter.field?.length === 0) filter.field = undefined;
  return {
    filter: clean(filter),
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : DEFAULT_SORT.sort,
    direction: params.get('direction') === 'desc' ? 'desc' : params.get('direction') === 'asc' ? 'asc' : DEFAULT_SORT.direction,
    columns: list(params.get('columns')) ?? [...DEFAULT_COLUMNS],
    view: params.get('view') || undefined,
  };
}

/** The filter's query parameters (the API's names); empty parts left out. */
export function filterParams(filter: ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(clean(filter))) {
    if (name === 'field') for (const condition of value as string[]) params.append('field', condition);
    else if (Array.isArray(value)) params.set(name, value.join(','));
    else params.set(name, String(value));
  }
  return params;
}

/** The address of a state: defaults left out, so a plain /companies is the plain list. */
export function paramsFromState(state: ListState): URLSearchParams {
  const params = filterParams(state.filter);
  if (state.sort !== DEFAULT_SORT.sort || state.direction !== DEFAULT_SORT.direction) {
    params.set('sort', state.sort);
    params.set('direction', state.direction);
  }
  if (state.columns.join(',') !== DEFAULT_COLUMNS.join(',')) params.set('columns', state.columns.join(','));
  if (state.view) params.set('view', state.view);
  return params;
}

/** GET /api/companies (or /export) for the state, a page after `cursor`. */
export function listQuery(state: ListState, extra: Record<string, string | undefined> = {}): string {
  const params = filterParams(state.filter);
  params.set('sort', state.sort);
  params.set('direction', state.direction);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) params.set(name, value);
  return params.toString();
}

/** The filter without empty parts, as a bulk action's target and a saved view take it (JSON). */
export function clean(filter: ListFilter): ListFilter {
  const result: ListFilter = {};
  for (const [name, value] of Object.entries(filter) as [keyof ListFilter, ListFilter[keyof ListFilter]][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (result as Record<string, unknown>)[name] = value;
  }
  return result;
}

/** How many filters are set, for the filter button's badge (the search box is separate). */
export function activeFilters(filter: ListFilter): number {
  const { q: _q, ...rest } = clean(filter);
  return Object.keys(rest).length;
}
