import { Readable } from 'node:stream';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { companyRow, decisionMakerRow, describeIssues, jobRow } from './import-rows.js';
import { readRecords, type ImportFormat } from './read-records.js';
import { REJECTION_CODES, toIssues, type RejectionCode, type RejectionIssue } from './rejections.js';

type Row = Record<string, unknown>;
const SCHEMAS = { companies: companyRow, jobs: jobRow, 'decision-makers': decisionMakerRow } as const;
const GOOD: Record<keyof typeof SCHEMAS, Row> = {
  companies: { name: 'Rijn B.V.', website: 'rijn.nl' },
  jobs: { company_website: 'rijn.nl', title: 'Planner', source: 'test', external_id: '1' },
  'decision-makers': { company_website: 'rijn.nl', name: 'Eva Smit' },
};

/** The issues of a row as the import reports them, or [] when it passes. */
function issuesOf(kind: keyof typeof SCHEMAS, record: Row): RejectionIssue[] {
  const parsed = (SCHEMAS[kind] as z.ZodType).safeParse(record);
  return parsed.success ? [] : toIssues(parsed.error, record);
}

async function readIssues(content: string, format: ImportFormat): Promise<RejectionIssue[]> {
  const issues: RejectionIssue[] = [];
  for await (const row of readRecords(Readable.from([content]), format)) if ('error' in row) issues.push(row.issue);
  return issues;
}

// Written by the upserts, which need the database: import-records.int.test.ts reaches them.
const FROM_DATABASE = ['conflicting_companies', 'unknown_company', 'not_storable'] as const;

// One row per code the validators and readers produce, with the issue it must give.
const EXAMPLES: Record<Exclude<RejectionCode, 'invalid' | (typeof FROM_DATABASE)[number]>, () => Promise<RejectionIssue[]> | RejectionIssue[]> = {
  required: () => issuesOf('companies', { website: 'rijn.nl' }),
  not_text: () => issuesOf('companies', { name: 42, website: 'rijn.nl' }),
  too_long: () => issuesOf('companies', { name: 'x'.repeat(301), website: 'rijn.nl' }),
  not_a_number: () => issuesOf('companies', { ...GOOD.companies, latitude: 'noord', longitude: '5' }),
  not_a_whole_number: () => issuesOf('companies', { ...GOOD.companies, employee_count: '12.5' }),
  too_small: () => issuesOf('companies', { ...GOOD.companies, employee_count: '-5' }),
  too_large: () => issuesOf('companies', { ...GOOD.companies, founded_year: '3000' }),
  too_many: () => issuesOf('jobs', { ...GOOD.jobs, skills: Array.from({ length: 101 }, (_, i) => `skill ${i}`) }),
  not_a_date: () => issuesOf('jobs', { ...GOOD.jobs, posted_at: 'gisteren' }),
  date_out_of_range: () => issuesOf('jobs', { ...GOOD.jobs, posted_at: '0001-01-01' }),
  invalid_characters: () => issuesOf('companies', { ...GOOD.companies, name: 'Rijn\u0000' }),
  not_a_url: () => issuesOf('jobs', { ...GOOD.jobs, url: 'geen url' }),
  not_an_http_url: () => issuesOf('jobs', { ...GOOD.jobs, url: 'javascript:alert(1)' }),
  not_a_linkedin_url: () => issuesOf('companies', { name: 'Rijn', linkedin_url: 'https://example.com/rijn' }),
  not_a_website: () => issuesOf('companies', { name: 'Rijn', website: 'geen website' }),
  not_yes_no: () => issuesOf('decision-makers', { ...GOOD['decision-makers'], linkedin_verified: 'misschien' }),
  not_a_list: () => issuesOf('jobs', { ...GOOD.jobs, skills: 5 }),
  missing_identifier: () => issuesOf('jobs', { title: 'Planner', source: 'test', external_id: '1' }),
  coordinates_incomplete: () => issuesOf('companies', { ...GOOD.companies, latitude: '52' }),
  invalid_json: () => readIssues('{"name":\n', 'jsonl'),
  line_too_long: () => readIssues(`{"name":"${'x'.repeat(1_000_001)}"}\n`, 'jsonl'),
  not_an_object: () => readIssues('[1, 2]\n', 'jsonl'),
  wrong_column_count: () => readIssues('name,website\nRijn,rijn.nl,extra\n', 'csv'),
  // csv-parse reports this line twice; it is refused once.
  malformed_csv: () => readIssues('name,website\nRijn "B.V.",rijn.nl\n', 'csv'),
};

const EXPECTED: Partial<Record<RejectionCode, RejectionIssue>> = {
  required: { field: 'name', code: 'required' },
  not_text: { field: 'name', code: 'not_text' },
  too_long: { field: 'name', code: 'too_long', params: { max: 300 } },
  too_small: { field: 'employee_count', code: 'too_small', params: { min: 0 } },
  too_large: { field: 'founded_year', code: 'too_large', params: { max: 2200 } },
  too_many: { field: 'skills', code: 'too_many', params: { max: 100 } },
  date_out_of_range: { field: 'posted_at', code: 'date_out_of_range', params: { min: '1900-01-01', max: '2199-12-31' } },
  invalid_characters: { field: 'name', code: 'invalid_characters' },
  missing_identifier: { code: 'missing_identifier', params: { either: 'company_linkedin_url', or: 'company_website' } },
  coordinates_incomplete: { code: 'coordinates_incomplete' },
  invalid_json: { code: 'invalid_json' },
  line_too_long: { code: 'line_too_long', params: { max: 1_000_000 } },
  wrong_column_count: { code: 'wrong_column_count', params: { expected: 2, actual: 3 } },
};

describe('rejection codes', () => {
  it.each(Object.entries(EXAMPLES))('reaches %s', async (code, example) => {
    const issues = await example();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(EXPECTED[code as RejectionCode] ?? expect.objectContaining({ code }));
  });

  it('has an example for every code but the fallback and those the database decides', () => {
    const reached = [...Object.keys(EXAMPLES), ...FROM_DATABASE, 'invalid'];
    expect([...reached].sort()).toEqual([...REJECTION_CODES].sort());
  });

  it('calls a blank required cell required and a blank optional one absent', () => {
    expect(issuesOf('companies', { name: '   ', website: 'rijn.nl', industry: '' })).toEqual([{ field: 'name', code: 'required' }]);
  });

  it('names the item of a list column, counting from 1', () => {
    expect(issuesOf('jobs', { ...GOOD.jobs, skills: ['SQL', 'x'.repeat(101)] })).toEqual([{ field: 'skills', code: 'too_long', params: { max: 100, item: 2 } }]);
    expect(issuesOf('jobs', { ...GOOD.jobs, skills: ['SQL', 7] })).toEqual([{ field: 'skills', code: 'not_text', params: { item: 2 } }]);
  });

  it('reports a column once, with its own limit rather than the limit of its type', () => {
    expect(issuesOf('companies', { ...GOOD.companies, employee_count: '1e20' })).toEqual([{ field: 'employee_count', code: 'too_large', params: { max: 10_000_000 } }]);
  });

  it('lists every problem of a row, in the order of the English reason', () => {
    const record = { name: '', website: 'geen website', founded_year: 'oud' };
    const parsed = companyRow.safeParse(record);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toIssues(parsed.error, record)).toEqual([
      { field: 'name', code: 'required' },
      { field: 'website', code: 'not_a_website' },
      { field: 'founded_year', code: 'not_a_number' },
    ]);
    expect(describeIssues(parsed.error)).toMatch(/^name: .*; website: is not a website; founded_year: /);
  });

  it('keeps yes and no in all their spellings', () => {
    for (const [value, verified] of [['ja', true], [' Nee ', false], ['TRUE', true], ['0', false], [true, true]] as const) {
      expect(decisionMakerRow.parse({ ...GOOD['decision-makers'], linkedin_verified: value }).linkedin_verified).toBe(verified);
    }
    expect(issuesOf('decision-makers', { ...GOOD['decision-makers'], linkedin_verified: 1 })).toEqual([{ field: 'linkedin_verified', code: 'not_yes_no' }]);
  });
});

// Values a file may hold in any column; every issue they cause must have a code of its own.
const ODD_VALUES: unknown[] = [
  undefined, null, '', '   ', 'x', 'abc', '-1', '1.5', '1e20', '2026-13-45', 'https://', 'www.', 'ja', 'misschien', '0', 'true',
  'x'.repeat(100_001), 0, -1, 1.5, 1e20, -1e20, true, false, {}, { nested: 'x' }, [], ['a'], [1], [null], [['a']], ['x'.repeat(101)],
  Array.from({ length: 101 }, () => 'a'),
  'a\u0000b', '\ud800', ['\udc00'], 'javascript:alert(1)', 'data:text/html,x', '%E0%A4%A', 'https://www.linkedin.com/in/%E0%A4%A', '-000050-01-01', '+275760-09-13',
];

describe('every issue the validators produce has a known code', () => {
  describe.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('%s', (kind) => {
    const columns = Object.keys((SCHEMAS[kind] as unknown as z.ZodObject).shape);

    it('for odd values in each column, alone and in a good row', () => {
      const unknown: string[] = [];
      for (const column of columns) {
        for (const value of ODD_VALUES) {
          for (const record of [{ [column]: value }, { ...GOOD[kind], [column]: value }]) {
            for (const issue of issuesOf(kind, record)) {
              if (issue.code === 'invalid' || (issue.field !== undefined && !columns.includes(issue.field))) unknown.push(`${JSON.stringify(record).slice(0, 80)} → ${JSON.stringify(issue)}`);
            }
          }
        }
      }
      expect(unknown).toEqual([]);
    });

    it('for an empty row', () => {
      expect(issuesOf(kind, {}).map((issue) => issue.code)).not.toContain('invalid');
    });
  });

  it('falls back to invalid for a zod issue no rule describes', () => {
    const error = { issues: [{ code: 'not_multiple_of', divisor: 2, path: ['employee_count'], message: 'x', input: 3 }] } as unknown as z.ZodError;
    expect(toIssues(error, { employee_count: 3 })).toEqual([{ field: 'employee_count', code: 'invalid' }]);
  });
});

describe('JSON values that are not what a column holds', () => {
  it('takes null as not given, like an empty CSV cell', () => {
    expect(issuesOf('companies', { ...GOOD.companies, industry: null, founded_year: null, latitude: null, longitude: null })).toEqual([]);
    expect(issuesOf('jobs', { ...GOOD.jobs, posted_at: null, skills: null })).toEqual([]);
  });

  it('refuses booleans, arrays and numbers where a number or a date is meant, instead of coercing them', () => {
    expect(issuesOf('companies', { ...GOOD.companies, founded_year: true })).toEqual([{ field: 'founded_year', code: 'not_a_number' }]);
    expect(issuesOf('companies', { ...GOOD.companies, employee_count: [] })).toEqual([{ field: 'employee_count', code: 'not_a_number' }]);
    expect(issuesOf('jobs', { ...GOOD.jobs, posted_at: true })).toEqual([{ field: 'posted_at', code: 'not_a_date' }]);
    expect(issuesOf('jobs', { ...GOOD.jobs, posted_at: 1764547200000 })).toEqual([{ field: 'posted_at', code: 'not_a_date' }]);
    expect(issuesOf('jobs', { ...GOOD.jobs, posted_at: ' 2026-11-30 ' })).toEqual([]);
    expect(issuesOf('companies', { ...GOOD.companies, employee_count: 250, latitude: '52.1', longitude: 5.1 })).toEqual([]);
  });
});
