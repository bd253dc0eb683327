/*
 * What the import says about a line, in the admin's language: refusals
 * (the line is not imported) and warnings (it is, without the part named).
 * Codes travel and are stored; the words are made when read, so a Dutch
 * admin and an English one read the same batch each in their own.
 */

export const REJECT_CODES = ['missing_name', 'name_too_long', 'invalid_characters', 'malformed_line', 'empty_row'] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const WARNING_CODES = [
  'owner_unknown',
  'value_unreadable',
  'date_unreadable',
  'email_unreadable',
  'website_unreadable',
  'linkedin_unreadable',
  'lost_without_reason',
  'status_unknown',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface LineNote<C extends string> {
  line: number;
  code: C;
  /** The value involved, as the file wrote it. */
  value?: string | undefined;
}

export type Reject = LineNote<RejectCode>;
export type Warning = LineNote<WarningCode>;

type Words = Readonly<Record<'nl' | 'en', (value: string) => string>>;

const TEXTS: Readonly<Record<RejectCode | WarningCode, Words>> = {
  missing_name: { nl: () => 'de bedrijfsnaam ontbreekt', en: () => 'the company name is missing' },
  name_too_long: { nl: () => 'de bedrijfsnaam is langer dan 300 tekens', en: () => 'the company name is longer than 300 characters' },
  invalid_characters: { nl: () => 'de regel bevat tekens die niet opgeslagen kunnen worden', en: () => 'the line holds characters that cannot be stored' },
  malformed_line: { nl: (v) => `de regel is geen geldige CSV (${v})`, en: (v) => `the line is not valid CSV (${v})` },
  empty_row: { nl: () => 'de regel is leeg', en: () => 'the line is empty' },
  owner_unknown: {
    nl: (v) => `eigenaar "${v}" is geen gebruiker van dit bureau; het bedrijf krijgt geen eigenaar`,
    en: (v) => `owner "${v}" is no user of this agency; the company gets no owner`,
  },
  value_unreadable: { nl: (v) => `waarde "${v}" is geen bedrag en wordt overgeslagen`, en: (v) => `value "${v}" is no amount and is skipped` },
  date_unreadable: { nl: (v) => `datum "${v}" is geen datum en wordt overgeslagen`, en: (v) => `date "${v}" is no date and is skipped` },
  email_unreadable: { nl: (v) => `e-mailadres "${v}" is ongeldig en wordt overgeslagen`, en: (v) => `e-mail address "${v}" is not valid and is skipped` },
  website_unreadable: { nl: (v) => `website "${v}" is geen webadres en wordt overgeslagen`, en: (v) => `website "${v}" is no web address and is skipped` },
  linkedin_unreadable: { nl: (v) => `LinkedIn "${v}" is geen LinkedIn-pagina en wordt overgeslagen`, en: (v) => `LinkedIn "${v}" is no LinkedIn page and is skipped` },
  lost_without_reason: {
    nl: () => 'verloren zonder reden in het bestand; de reden wordt "niet vermeld in de import"',
    en: () => 'lost without a reason in the file; the reason becomes "not stated in the import"',
  },
  status_unknown: { nl: (v) => `status "${v}" is niet open, won of lost; de fase bepaalt`, en: (v) => `status "${v}" is not open, won or lost; the stage decides` },
};

/** "Regel 4: de bedrijfsnaam ontbreekt." / "Line 4: the company name is missing." */
export function describeLine(note: LineNote<RejectCode | WarningCode>, language: 'nl' | 'en'): string {
  const words = TEXTS[note.code][language](note.value ?? '');
  return `${language === 'nl' ? 'Regel' : 'Line'} ${note.line}: ${words}.`;
}

/** The reason text a lost record gets when its source gave none (the import never leaves a lost record without one). */
export const NO_REASON_GIVEN = 'Not stated in the import';
