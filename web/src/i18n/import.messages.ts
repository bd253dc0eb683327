import type { RejectionCode } from '../../../src/discovery/import/rejections.js';

type IssueMessages = Record<`import.issue.${RejectionCode}`, string>;

/*
 * Why the import refused a row, per rejection code (src/services/import/rejections.ts),
 * in Dutch and English. A message about a column follows "column: "; the
 * others are about the row as a whole. `{max}` and the like come from the
 * issue's params. Typed by the server's codes, so a new code needs a message here.
 */
export const importIssuesNl = {
  'import.issue.required': 'ontbreekt of is leeg',
  'import.issue.not_text': 'moet tekst zijn',
  'import.issue.too_long': 'is te lang (hoogstens {max} tekens)',
  'import.issue.not_a_number': 'is geen getal',
  'import.issue.not_a_whole_number': 'moet een geheel getal zijn',
  'import.issue.too_small': 'is te klein (minstens {min})',
  'import.issue.too_large': 'is te groot (hoogstens {max})',
  'import.issue.too_many': 'heeft te veel onderdelen (hoogstens {max})',
  'import.issue.not_a_date': 'is geen datum (schrijf bijvoorbeeld 2026-11-02)',
  'import.issue.date_out_of_range': 'ligt niet tussen {min} en {max}',
  'import.issue.invalid_characters': 'bevat een stuurteken (zoals NUL) of een half teken',
  'import.issue.not_a_url': 'is geen geldige URL',
  'import.issue.not_an_http_url': 'moet een webadres zijn dat met http:// of https:// begint',
  'import.issue.not_a_linkedin_url': 'is geen LinkedIn-URL',
  'import.issue.not_a_website': 'is geen website',
  'import.issue.not_yes_no': 'moet ja of nee zijn (ja/nee, yes/no, true/false of 1/0)',
  'import.issue.not_a_list': 'moet een lijst zijn (een JSON-array, of tekst gescheiden door ;)',
  'import.issue.missing_identifier': '{either} of {or} is nodig om het bedrijf te herkennen',
  'import.issue.coordinates_incomplete': 'latitude en longitude horen bij elkaar: vul ze allebei in of geen van beide',
  'import.issue.conflicting_companies': 'linkedin_url en website horen bij twee verschillende bedrijven',
  'import.issue.unknown_company': 'Geen bedrijf met deze company_linkedin_url of company_website; importeer eerst het bedrijf',
  'import.issue.invalid_json': 'Geen geldige JSON',
  'import.issue.line_too_long': 'Regel te lang (hoogstens {max} tekens)',
  'import.issue.not_an_object': 'Geen JSON-object',
  'import.issue.wrong_column_count': '{actual} kolommen, maar de kopregel heeft er {expected}',
  'import.issue.malformed_csv': 'Geen geldige CSV-regel; controleer de aanhalingstekens',
  'import.issue.not_storable': 'De database weigerde deze regel',
  'import.issue.invalid': 'is ongeldig',
} as const satisfies IssueMessages;

export const importIssuesEn = {
  'import.issue.required': 'is missing or empty',
  'import.issue.not_text': 'must be text',
  'import.issue.too_long': 'is too long (at most {max} characters)',
  'import.issue.not_a_number': 'is not a number',
  'import.issue.not_a_whole_number': 'must be a whole number',
  'import.issue.too_small': 'is too small (at least {min})',
  'import.issue.too_large': 'is too large (at most {max})',
  'import.issue.too_many': 'has too many items (at most {max})',
  'import.issue.not_a_date': 'is not a date (write e.g. 2026-11-02)',
  'import.issue.date_out_of_range': 'is not between {min} and {max}',
  'import.issue.invalid_characters': 'holds a control character (such as NUL) or half a character',
  'import.issue.not_a_url': 'is not a valid URL',
  'import.issue.not_an_http_url': 'must be a web address starting with http:// or https://',
  'import.issue.not_a_linkedin_url': 'is not a LinkedIn URL',
  'import.issue.not_a_website': 'is not a website',
  'import.issue.not_yes_no': 'must be yes or no (yes/no, true/false, ja/nee or 1/0)',
  'import.issue.not_a_list': 'must be a list (a JSON array, or text separated by ;)',
  'import.issue.missing_identifier': '{either} or {or} is needed to identify the company',
  'import.issue.coordinates_incomplete': 'latitude and longitude go together: give both or neither',
  'import.issue.conflicting_companies': 'linkedin_url and website belong to two different companies',
  'import.issue.unknown_company': 'No company with this company_linkedin_url or company_website; import the company first',
  'import.issue.invalid_json': 'Not valid JSON',
  'import.issue.line_too_long': 'Line too long (at most {max} characters)',
  'import.issue.not_an_object': 'Not a JSON object',
  'import.issue.wrong_column_count': '{actual} columns, but the header has {expected}',
  'import.issue.malformed_csv': 'Not a valid CSV line; check the quotes',
  'import.issue.not_storable': 'The database refused this row',
  'import.issue.invalid': 'is not valid',
} as const satisfies IssueMessages;
