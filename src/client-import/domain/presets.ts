import type { ColumnMapping, ImportField, ImportSource } from './fields.js';
import { fold } from './values.js';

/*
 * The exports the import knows by their header (docs/api.md, "Import
 * clients"): Pipedrive's organisations-and-deals export, HubSpot's deals
 * export with their companies, and a plain spreadsheet in Dutch or English.
 * Any other file is mapped by hand (`custom`), starting from the same
 * guesses by column name.
 */

/** Pipedrive's column names, exactly as its export writes them. */
const PIPEDRIVE: Readonly<Record<string, ImportField>> = {
  'Organization - Name': 'companyName',
  'Organization - Address': 'address',
  'Organization - Website': 'website',
  'Deal - Title': 'dealTitle',
  'Deal - Stage': 'stage',
  'Deal - Status': 'status',
  'Deal - Lost reason': 'lostReason',
  'Deal - Owner': 'owner',
  'Deal - Value': 'value',
  'Deal - Expected close date': 'closeDate',
  'Deal - Pipeline': 'pipeline',
  'Person - Name': 'personName',
  'Person - Email (Work)': 'personEmail',
  'Person - Phone (Work)': 'personPhone',
  'Note - Content': 'notes',
};

/** HubSpot's column names. */
const HUBSPOT: Readonly<Record<string, ImportField>> = {
  'Company name': 'companyName',
  'Company Domain Name': 'website',
  'Deal Name': 'dealTitle',
  'Deal Stage': 'stage',
  Pipeline: 'pipeline',
  Amount: 'value',
  'Close Date': 'closeDate',
  'Deal owner': 'owner',
  'Record ID': 'recordId',
  'Closed lost reason': 'lostReason',
  City: 'city',
  'Associated Contact': 'personName',
};

/** Column names of a hand-made spreadsheet, Dutch and English, compared folded. */
const SPREADSHEET: Readonly<Record<ImportField, readonly string[]>> = {
  companyName: ['name', 'naam', 'company', 'company name', 'bedrijf', 'bedrijfsnaam', 'organisatie', 'organization', 'organisation', 'klant', 'client'],
  website: ['website', 'site', 'domain', 'domein', 'url', 'web'],
  linkedin: ['linkedin', 'linkedin url', 'linkedin pagina', 'linkedin page'],
  address: ['address', 'adres'],
  city: ['city', 'stad', 'plaats', 'vestigingsplaats', 'woonplaats', 'location', 'locatie'],
  dealTitle: ['deal', 'deal title', 'titel', 'opportunity'],
  stage: ['stage', 'fase', 'status', 'pipeline stage', 'stadium'],
  status: ['deal status', 'outcome', 'uitkomst'],
  lostReason: ['lost reason', 'loss reason', 'reden verlies', 'reden', 'verliesreden'],
  owner: ['owner', 'owner email', 'owner e mail', 'eigenaar', 'eigenaar e mail', 'eigenaar email', 'accountmanager', 'recruiter'],
  value: ['value', 'waarde', 'deal value', 'dealwaarde', 'amount', 'bedrag', 'omzet'],
  closeDate: ['close date', 'expected close date', 'sluitdatum', 'verwachte sluitdatum', 'datum'],
  personName: ['contact', 'contactpersoon', 'contact name', 'person', 'persoon', 'naam contactpersoon'],
  personEmail: ['contact email', 'contact e mail', 'email', 'e mail', 'e mailadres', 'emailadres'],
  personPhone: ['phone', 'telefoon', 'telefoonnummer', 'contact phone', 'tel'],
  notes: ['notes', 'note', 'notities', 'notitie', 'opmerkingen', 'opmerking', 'comments', 'toelichting'],
  pipeline: ['pipeline'],
  recordId: ['id', 'record id', 'klantnummer', 'nummer'],
};

const BY_ALIAS = new Map(Object.entries(SPREADSHEET).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field as ImportField])));

/** The source a header says wrote the file: Pipedrive or HubSpot by their own column names, a spreadsheet by a name column, else `custom`. */
export function detectSource(headers: readonly string[]): ImportSource {
  const present = new Set(headers.map((header) => header.trim()));
  if (present.has('Organization - Name')) return 'pipedrive';
  if (present.has('Company name') && (present.has('Record ID') || present.has('Deal Stage'))) return 'hubspot';
  const guessed = guessColumns(headers);
  return Object.values(guessed).includes('companyName') && Object.values(guessed).filter((field) => field !== null).length >= 2 ? 'spreadsheet' : 'custom';
}

/** The column mapping a source starts with; each field taken by one column at most (the first). */
export function presetColumns(source: ImportSource, headers: readonly string[]): ColumnMapping {
  const own = source === 'pipedrive' ? PIPEDRIVE : source === 'hubspot' ? HUBSPOT : undefined;
  if (!own) return guessColumns(headers);
  const taken = new Set<ImportField>();
  return Object.fromEntries(
    headers.map((header) => {
      const field = own[header.trim()];
      if (!field || taken.has(field)) return [header, null];
      taken.add(field);
      return [header, field];
    }),
  );
}

/** Fields guessed from the column names (Dutch or English, any case or punctuation). */
export function guessColumns(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return Object.fromEntries(
    headers.map((header) => {
      const folded = fold(header);
      const field = BY_ALIAS.get(folded) ?? (folded.includes('linkedin') ? 'linkedin' : undefined);
      if (!field || taken.has(field)) return [header, null];
      taken.add(field);
      return [header, field];
    }),
  );
}
