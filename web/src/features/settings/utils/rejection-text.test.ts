import { describe, expect, it } from 'vitest';
import { REJECTION_CODES, type RejectionCode } from '../../../../../src/discovery/import/rejections.js';
import { importIssuesEn, importIssuesNl } from '../../../i18n/import.messages';
import { rejectionReasons } from './rejection-text';

const nl = new Intl.NumberFormat('nl-NL');
const en = new Intl.NumberFormat('en-GB');
const inDutch = (rejection: Parameters<typeof rejectionReasons>[0]) => rejectionReasons(rejection, 'nl', (n) => nl.format(n));
const inEnglish = (rejection: Parameters<typeof rejectionReasons>[0]) => rejectionReasons(rejection, 'en', (n) => en.format(n));
/** The reasons as the table cell reads them. */
const text = ({ parts }: ReturnType<typeof rejectionReasons>) => parts.map((p) => (p.field ? `${p.field}: ${p.text}` : p.text)).join('; ');

describe('the reasons of a rejected import row', () => {
  it('says each issue in Dutch with its column, numbers in the Dutch format', () => {
    const row = {
      line: 7,
      reason: 'name: Invalid input: expected string, received undefined; description: Too big: expected string to have <=20000 characters',
      issues: [
        { field: 'name', code: 'required' as const },
        { field: 'description', code: 'too_long' as const, params: { max: 20_000 } },
      ],
    };
    expect(inDutch(row)).toEqual({
      translated: true,
      parts: [
        { field: 'name', text: 'ontbreekt of is leeg' },
        { field: 'description', text: 'is te lang (hoogstens 20.000 tekens)' },
      ],
    });
    expect(text(inEnglish(row))).toBe('name: is missing or empty; description: is too long (at most 20,000 characters)');
  });

  it('says what is wrong with the row as a whole without a column, filling in the columns it names', () => {
    const row = { line: 3, reason: 'needs linkedin_url or website to tell the company apart', issues: [{ code: 'missing_identifier' as const, params: { either: 'linkedin_url', or: 'website' } }] };
    expect(text(inDutch(row))).toBe('linkedin_url of website is nodig om het bedrijf te herkennen');
    expect(text(inEnglish(row))).toBe('linkedin_url or website is needed to identify the company');
    const csv = { line: 9, reason: 'Invalid Record Length: columns length is 3, got 4 on line 9', issues: [{ code: 'wrong_column_count' as const, params: { expected: 3, actual: 4 } }] };
    expect(text(inDutch(csv))).toBe('4 kolommen, maar de kopregel heeft er 3');
  });

  it('names the item of a list column', () => {
    const row = { line: 2, reason: 'skills.1: Too big: expected string to have <=100 characters', issues: [{ field: 'skills', code: 'too_long' as const, params: { max: 100, item: 2 } }] };
    expect(inDutch(row).parts).toEqual([{ field: 'skills #2', text: 'is te lang (hoogstens 100 tekens)' }]);
  });

  it("keeps the server's English reason for a code it does not know, or when there are no codes", () => {
    const newer = { line: 4, reason: 'website: is on the blocklist', issues: [{ field: 'name', code: 'required' as const }, { field: 'website', code: 'blocked' as unknown as RejectionCode }] };
    expect(inDutch(newer)).toEqual({ translated: false, parts: [{ text: 'website: is on the blocklist' }] });
    const older = { line: 5, reason: 'is not valid JSON' } as unknown as Parameters<typeof rejectionReasons>[0];
    expect(inEnglish(older)).toEqual({ translated: false, parts: [{ text: 'is not valid JSON' }] });
  });

  it('has a Dutch and an English message for every code the server sends, with the same placeholders', () => {
    for (const code of REJECTION_CODES) {
      const key = `import.issue.${code}` as const;
      expect(importIssuesNl[key], code).toBeTruthy();
      expect(importIssuesNl[key].match(/\{\w+\}/g)?.sort(), code).toEqual(importIssuesEn[key].match(/\{\w+\}/g)?.sort());
      expect(inDutch({ line: 1, reason: 'x', issues: [{ field: 'name', code }] }).translated, code).toBe(true);
    }
  });
});
