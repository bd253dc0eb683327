/**
 * What a column of an import file can mean: the fields a row is read
 * into, whichever system wrote the file. A column mapped to none is left
 * out.
 */
export const IMPORT_FIELDS = [
  'companyName',
  'website',
  'linkedin',
  'address',
  'city',
  'dealTitle',
  'stage',
  'status',
  'lostReason',
  'owner',
  'value',
  'closeDate',
  'personName',
  'personEmail',
  'personPhone',
  'notes',
  'pipeline',
  'recordId',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header → field (null: the column is not imported). */
export type ColumnMapping = Record<string, ImportField | null>;

/** A file read into rows: its header and each data row's cells by header, with the row's line in the file. */
export interface ImportTable {
  headers: string[];
  rows: { line: number; cells: Record<string, string> }[];
  /** Lines the reader could not read (a broken quote…), refused with their line numbers. */
  unreadable?: { line: number; reason: string }[] | undefined;
}

/** The systems whose exports are recognised, and `custom` for any other file mapped by hand. */
export const IMPORT_SOURCES = ['pipedrive', 'hubspot', 'spreadsheet', 'custom'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** The name the timeline gives each source. */
export const SOURCE_NAMES: Readonly<Record<ImportSource, string>> = {
  pipedrive: 'Pipedrive',
  hubspot: 'HubSpot',
  spreadsheet: 'spreadsheet',
  custom: 'file',
};
