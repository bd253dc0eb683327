import type { Executor } from '../platform/db/database.js';
import type { CompanyListItem } from './company-list-rows.js';

/*
 * The columns of the companies page as the export writes them: each a
 * header in Dutch and English and the value of a row. The web app shows
 * the same keys with its own labels; `field.<key>` is a pipeline field,
 * headed by its label.
 */

export type Language = 'nl' | 'en';
export type CellValue = string | number | boolean | Date | null;
export type CellKind = 'text' | 'number' | 'date' | 'datetime' | 'boolean';

interface ColumnDefinition {
  nl: string;
  en: string;
  kind: CellKind;
  value: (item: CompanyListItem, language: Language) => CellValue;
}

const COLUMNS = {
  name: { nl: 'Naam', en: 'Name', kind: 'text', value: (item) => item.name },
  stage: { nl: 'Fase', en: 'Stage', kind: 'text', value: (item, language) => item.stageName[language] },
  pipeline: { nl: 'Pijplijn', en: 'Pipeline', kind: 'text', value: (item, language) => item.pipelineName[language] },
  owner: { nl: 'Eigenaar', en: 'Owner', kind: 'text', value: (item) => item.ownerName },
  value: { nl: 'Verwachte waarde (EUR)', en: 'Expected value (EUR)', kind: 'number', value: (item) => item.expectedValue },
  closeDate: { nl: 'Verwachte sluitdatum', en: 'Expected close date', kind: 'date', value: (item) => item.expectedCloseDate },
  lastActivity: { nl: 'Laatste activiteit', en: 'Last activity', kind: 'datetime', value: (item) => item.lastActivityAt },
  created: { nl: 'Gevolgd sinds', en: 'Followed since', kind: 'datetime', value: (item) => item.createdAt },
  moved: { nl: 'In fase sinds', en: 'In stage since', kind: 'datetime', value: (item) => item.statusChangedAt },
  openJobs: { nl: 'Open vacatures', en: 'Open jobs', kind: 'number', value: (item) => item.openJobs },
  city: { nl: 'Plaats', en: 'Place', kind: 'text', value: (item) => item.location },
  industry: { nl: 'Branche', en: 'Industry', kind: 'text', value: (item) => item.industry },
  employees: { nl: 'Medewerkers', en: 'Employees', kind: 'number', value: (item) => item.employeeCount },
  hotness: { nl: 'Hotness', en: 'Hotness', kind: 'number', value: (item) => item.hotness },
  favorite: { nl: 'Favoriet', en: 'Favourite', kind: 'boolean', value: (item) => item.favorited },
  stale: { nl: 'Blijft liggen', en: 'Stale', kind: 'boolean', value: (item) => item.stale },
  idleDays: { nl: 'Dagen zonder actie', en: 'Days idle', kind: 'number', value: (item) => item.idleDays },
  alerts: { nl: 'Meldingen nieuwe vacatures', en: 'New-job alerts', kind: 'boolean', value: (item) => item.newJobsNotifications },
  noAgencies: { nl: 'Geen bureaus', en: 'No agencies', kind: 'boolean', value: (item) => item.noAgencies },
  onHold: { nl: 'Wachtend', en: 'On hold', kind: 'boolean', value: (item) => item.onHold },
} as const satisfies Record<string, ColumnDefinition>;

export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_KEYS = Object.keys(COLUMNS) as ColumnKey[];
/** What the page and the export show when no columns are chosen. */
export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['name', 'stage', 'pipeline', 'owner', 'value', 'closeDate', 'lastActivity', 'city'];

export const FIELD_COLUMN = /^field\.([a-z][a-z0-9_]{0,39})$/;

export interface ResolvedColumn {
  key: string;
  header: string;
  kind: CellKind;
  value: (item: CompanyListItem) => CellValue;
}

export function isColumnKey(key: string): boolean {
  return Object.hasOwn(COLUMNS, key) || FIELD_COLUMN.test(key);
}

/** The columns asked for, with headers in the language; a pipeline field is headed by its label (the first pipeline's that has it). */
export async function resolveColumns(db: Executor, agencyId: string, keys: readonly string[], language: Language): Promise<ResolvedColumn[]> {
  const fieldKeys = keys.map((key) => FIELD_COLUMN.exec(key)?.[1]).filter((key): key is string => key !== undefined);
  const labels = new Map<string, string>();
  if (fieldKeys.length > 0) {
    const rows = await db
      .selectFrom('pipeline_fields')
      .select(['key', 'label_nl', 'label_en'])
      .where('agency_id', '=', agencyId)
      .where('key', 'in', fieldKeys)
      .orderBy('pipeline_id')
      .execute();
    for (const row of rows) if (!labels.has(row.key)) labels.set(row.key, language === 'nl' ? row.label_nl : row.label_en);
  }
  return keys.map((key) => {
    const field = FIELD_COLUMN.exec(key)?.[1];
    if (field !== undefined) {
      return { key, header: labels.get(field) ?? field, kind: 'text', value: (item) => item.fields[field] ?? null };
    }
    const column = COLUMNS[key as ColumnKey];
    return { key, header: column[language], kind: column.kind, value: (item) => column.value(item, language) };
  });
}
