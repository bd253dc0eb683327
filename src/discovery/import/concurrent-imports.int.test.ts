import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.js';
import { importRecords, type ImportKind, type ImportSummary } from './import-records.js';
import { readRecords } from './read-records.js';

/*
 * Two operators import overlapping data at once (on PostgreSQL through two
 * pool connections; PGlite has one connection, so its transactions queue).
 * Before batches took their locks in one order, 3 of 3 such rounds
 * deadlocked and one import stopped half-written.
 */
describeEachDatabase(
  'concurrent imports',
  (ctx) => {
    const today = new Date('2026-10-15T12:00:00.000Z');
    const run = (kind: ImportKind, rows: object[]) =>
      importRecords(ctx.db, kind, readRecords(Readable.from([rows.map((row) => JSON.stringify(row)).join('\n')]), 'jsonl'), undefined, () => today);
    const COMPANIES = 2_500;

    it('writes two overlapping imports in full, each batch locking in one order, without a deadlock', { timeout: 240_000 }, async () => {
      const t = Math.random().toString(36).slice(2, 8);
      const site = (n: number) => `race-${t}-${n}.nl`;
      const numbers = Array.from({ length: COMPANIES }, (_, n) => n);
      // Half the companies exist already (the imports patch them in opposite orders), half are new to both.
      await run('companies', numbers.filter((n) => n % 2 === 0).map((n) => ({ name: `Race ${t} ${n}`, website: site(n) })));
      const companies = (label: string, order: number[]) => order.map((n) => ({ name: `Race ${t} ${n}`, website: site(n), description: `${label} ${n}` }));
      const [a, b] = await Promise.all([run('companies', companies('A', numbers)), run('companies', companies('B', [...numbers].reverse()))]);
      for (const summary of [a, b]) expect(summary.rejected).toBe(0);
      // A new company is inserted by one import and patched by the other; an existing one patched by both.
      expect(a.inserted + b.inserted).toBe(COMPANIES / 2);
      expect(a.inserted + a.updated + a.skipped).toBe(COMPANIES);
      expect(b.inserted + b.updated + b.skipped).toBe(COMPANIES);
      const stored = await ctx.db.selectFrom('global_companies').select(['website_domain', 'description']).where('website_domain', 'like', `race-${t}-%`).execute();
      expect(stored).toHaveLength(COMPANIES);
      expect(stored.every((row) => /^[AB] \d+$/.test(row.description ?? ''))).toBe(true);

      const jobs = (label: string, order: number[]) =>
        order.map((n) => ({ company_website: site(n), title: `${label} monteur`, posted_at: '2026-10-01', source: `race-${t}`, external_id: String(n) }));
      const people = (label: string, order: number[]) => order.map((n) => ({ company_website: site(n), name: `Eva ${n}`, title: `${label} HR-directeur` }));
      // Four job imports (two each way) and two of decision makers at once: on the old code this deadlocked.
      const reversed = [...numbers].reverse();
      const results = await Promise.all([
        run('jobs', jobs('A', numbers)),
        run('jobs', jobs('B', reversed)),
        run('jobs', jobs('C', numbers)),
        run('jobs', jobs('D', reversed)),
        run('decision-makers', people('A', numbers)),
        run('decision-makers', people('B', reversed)),
      ]);
      const jobRuns = results.slice(0, 4);
      const peopleRuns = results.slice(4);
      for (const summary of results) expect(summary.rejected).toBe(0);
      const sum = (runs: ImportSummary[], key: 'inserted' | 'updated') => runs.reduce((total, summary) => total + summary[key], 0);
      // Each job is inserted once and then rewritten by every other import (their titles differ).
      expect(sum(jobRuns, 'inserted')).toBe(COMPANIES);
      expect(sum(jobRuns, 'inserted') + sum(jobRuns, 'updated')).toBe(4 * COMPANIES);
      expect(sum(peopleRuns, 'inserted')).toBe(COMPANIES);
      expect(sum(peopleRuns, 'inserted') + sum(peopleRuns, 'updated')).toBe(2 * COMPANIES);
      const facts = await ctx.db.selectFrom('global_companies').select('open_jobs').where('website_domain', 'like', `race-${t}-%`).execute();
      expect(facts.every((row) => row.open_jobs === 1)).toBe(true);
    });
  },
  { poolSize: 4 },
);
