import type { DossierKind } from '../../../api/client';

/** What the overview shows: the kind, the tab (a stage group), the scope, the search and the advanced filter. */
export interface OverviewFilter {
  kind: DossierKind;
  group: string;
  scope: 'my' | 'branches' | 'all';
  q: string;
  stage: string;
  ownerId: string;
  source: string;
  priority: string;
  valueMin: string;
  valueMax: string;
  closeFrom: string;
  closeTo: string;
}

export const EMPTY_ADVANCED = { stage: '', ownerId: '', source: '', priority: '', valueMin: '', valueMax: '', closeFrom: '', closeTo: '' } as const;

/**
 * The filter as the API's query parameters (GET /api/dossiers, its export
 * and reports take the same): empty fields and the `all` tab are left out,
 * so the list, the export and the report always ask for the same records.
 */
export function overviewQuery(filter: OverviewFilter): URLSearchParams {
  const query = new URLSearchParams({ kind: filter.kind, scope: filter.scope });
  if (filter.group && filter.group !== 'all') query.set('group', filter.group);
  for (const key of ['q', 'stage', 'ownerId', 'source', 'priority', 'valueMin', 'valueMax', 'closeFrom', 'closeTo'] as const) {
    const value = filter[key].trim();
    if (value) query.set(key, value);
  }
  return query;
}

/** Whether any advanced field is set (the panel shows it opened). */
export function hasAdvanced(filter: OverviewFilter): boolean {
  return Object.keys(EMPTY_ADVANCED).some((key) => filter[key as keyof typeof EMPTY_ADVANCED].trim() !== '');
}
