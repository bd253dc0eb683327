import type { MessageKey } from '../../../i18n/messages';

/*
 * The columns of the companies page: their keys (the API's, which the
 * export and saved views use too), labels, the sort each header asks the
 * server for (null: a computed verdict the server does not sort on) and
 * whether the cell is a number (right-aligned).
 */

export type SortKey =
  | 'name'
  | 'stage'
  | 'owner'
  | 'pipeline'
  | 'value'
  | 'closeDate'
  | 'lastActivity'
  | 'created'
  | 'moved'
  | 'openJobs'
  | 'city'
  | 'industry'
  | 'employees'
  | 'hotness'
  | 'favorite'
  | 'alerts'
  | 'noAgencies'
  | 'onHold';

export interface ColumnDefinition {
  key: string;
  label: MessageKey;
  sort: SortKey | null;
  numeric?: boolean;
}

export const COLUMNS: readonly ColumnDefinition[] = [
  { key: 'name', label: 'companies.col.name', sort: 'name' },
  { key: 'stage', label: 'companies.col.stage', sort: 'stage' },
  { key: 'pipeline', label: 'companies.col.pipeline', sort: 'pipeline' },
  { key: 'owner', label: 'companies.col.owner', sort: 'owner' },
  { key: 'value', label: 'companies.col.value', sort: 'value', numeric: true },
  { key: 'closeDate', label: 'companies.col.closeDate', sort: 'closeDate' },
  { key: 'lastActivity', label: 'companies.col.lastActivity', sort: 'lastActivity' },
  { key: 'created', label: 'companies.col.created', sort: 'created' },
  { key: 'moved', label: 'companies.col.moved', sort: 'moved' },
  { key: 'openJobs', label: 'companies.col.openJobs', sort: 'openJobs', numeric: true },
  { key: 'city', label: 'companies.col.city', sort: 'city' },
  { key: 'industry', label: 'companies.col.industry', sort: 'industry' },
  { key: 'employees', label: 'companies.col.employees', sort: 'employees', numeric: true },
  { key: 'hotness', label: 'companies.col.hotness', sort: 'hotness', numeric: true },
  { key: 'favorite', label: 'companies.col.favorite', sort: 'favorite' },
  { key: 'stale', label: 'companies.col.stale', sort: null },
  { key: 'idleDays', label: 'companies.col.idleDays', sort: null, numeric: true },
  { key: 'alerts', label: 'companies.col.alerts', sort: 'alerts' },
  { key: 'noAgencies', label: 'companies.col.noAgencies', sort: 'noAgencies' },
  { key: 'onHold', label: 'companies.col.onHold', sort: 'onHold' },
];

/** What the page shows before anyone chooses (the export's default too). */
export const DEFAULT_COLUMNS: readonly string[] = ['name', 'stage', 'pipeline', 'owner', 'value', 'closeDate', 'lastActivity', 'city'];

export const SORT_KEYS: readonly SortKey[] = COLUMNS.flatMap((column) => (column.sort ? [column.sort] : []));

export function columnDefinition(key: string): ColumnDefinition | undefined {
  return COLUMNS.find((column) => column.key === key);
}

/** The columns to show: the chosen ones this build knows (and pipeline fields), the name always first. */
export function visibleColumns(chosen: readonly string[]): string[] {
  const known = chosen.filter((key) => columnDefinition(key) !== undefined || /^field\.[a-z][a-z0-9_]{0,39}$/.test(key));
  const columns = known.length > 0 ? known : [...DEFAULT_COLUMNS];
  return ['name', ...columns.filter((key) => key !== 'name')];
}

/** The column list with one column switched on or off, keeping the page's order for those shown. */
export function toggleColumn(current: readonly string[], key: string): string[] {
  if (key === 'name') return [...current];
  if (current.includes(key)) return current.filter((column) => column !== key);
  const order = COLUMNS.map((column) => column.key);
  const next = [...current, key];
  return next.sort((a, b) => rank(order, a) - rank(order, b));
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
