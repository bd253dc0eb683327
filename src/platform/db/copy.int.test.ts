import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.js';
import { stagedRows, toCsv } from './copy.js';

/* Rows copied in (COPY … FROM STDIN on PostgreSQL, FROM '/dev/blob' on PGlite) come out exactly as they went in. */
describeEachDatabase('COPY', (ctx) => {
  const columns = 'n integer, name text, description text, skills text[], at timestamptz, score float8, verified boolean';

  it('keeps every character: quotes, backslashes, tabs, line breaks, Dutch letters, and NULL apart from the empty text', async () => {
    const rows = [
      { n: 1, name: 'Bouwbedrijf "De Vries" & Zn.', description: 'Regel één\nregel twee\r\nmet\ttab en \\N en \\. en C:\\pad\\', skills: ['Excel', 'Plan, "Do"', 'a\\b', '{x}', 'NULL', ''], at: new Date('2026-10-01T08:30:15.123Z'), score: 52.3731, verified: true },
      { n: 2, name: '', description: null, skills: [], at: null, score: null, verified: false },
      { n: 3, name: 'ĳzer, ölie, café — € 5.000 😀', description: '\\.', skills: ['Ĳssel'], at: new Date('1900-01-01T00:00:00Z'), score: -0.1, verified: null },
      { n: 4, name: '"', description: '""', skills: ['"', '\\'], at: null, score: 1e-7, verified: null },
    ];
    const read = await ctx.db.transaction().execute(async (trx) => {
      const staged = await stagedRows(trx, 'copy_test_rows', columns, rows);
      return (await sql<(typeof rows)[number]>`select * from ${staged} order by n`.execute(trx)).rows;
    });
    expect(read).toEqual(rows);
  });

  it('holds a transaction’s rows only: the next transaction on the connection starts empty', async () => {
    for (const n of [1, 2]) {
      const count = await ctx.db.transaction().execute(async (trx) => {
        const staged = await stagedRows(trx, 'copy_test_count', 'n integer', [{ n }]);
        return (await sql<{ rows: number }>`select count(*)::int as rows, max(n) as n from ${staged}`.execute(trx)).rows[0];
      });
      expect(count).toEqual({ rows: 1, n });
    }
  });

  it('refuses what it cannot write rather than write something else', () => {
    expect(() => toCsv([{ a: Number.NaN }], ['a'])).toThrow(/cannot be copied/);
    expect(() => toCsv([{ a: { nested: true } }], ['a'])).toThrow(/cannot be copied/);
    expect(toCsv([{ a: 'x', b: null, c: '' }], ['a', 'b', 'c']).toString()).toBe('"x",,""\n');
  });
});
