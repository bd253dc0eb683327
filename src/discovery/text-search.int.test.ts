import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { followCompany } from '../clients/follow-company.js';
import { readBoard } from '../pipeline/read-board.js';
import { searchGlobalCompanies } from './search-global-companies.js';

/*
 * Dutch-aware search (text-search.ts) through discovery search and the
 * board: plurals, parts of compounds, small typos, accents, place and
 * industry, ranking, and no flood of unrelated names. The suite has a
 * database of its own, so these companies are all there is.
 */

const COMPANIES: readonly { name: string; location: string; industry: string }[] = [
  { name: 'Bouwbedrijf Jansen', location: 'Utrecht', industry: 'Construction' },
  { name: 'Bouwbedrijf De Vries B.V.', location: 'Groningen', industry: 'Construction' },
  { name: 'Bouwbedrijven Noord', location: 'Leeuwarden', industry: 'Construction' },
  { name: 'Installatietechniek Verhoef', location: 'Utrecht', industry: 'Construction' },
  { name: 'Van Dijk Installaties', location: 'Zwolle', industry: 'Construction' },
  { name: 'Brouwerij Het Anker', location: 'Mechelen', industry: 'Food and Beverage Manufacturing' },
  { name: 'Transport Janssen', location: 'Venlo', industry: 'Transportation, Logistics, Supply Chain and Storage' },
  { name: 'Zorggroep Amstelland', location: 'Amstelveen', industry: 'Hospitals and Health Care' },
  { name: 'Thuiszorg Het Gooi', location: 'Hilversum', industry: 'Hospitals and Health Care' },
  { name: 'Café De Kroon', location: 'Utrecht', industry: 'Restaurants' },
  { name: 'Software Labs Delft', location: 'Delft', industry: 'Software Development' },
  { name: 'Accountantskantoor Bos', location: 'Utrecht', industry: 'Accounting' },
  { name: 'Bakkerij Bolder', location: 'Den Haag', industry: 'Food and Beverage Manufacturing' },
  { name: 'Dakdekkersbedrijf Smit', location: 'Utrecht', industry: 'Construction' },
  { name: 'IJssel ICT B.V.', location: 'Deventer', industry: 'IT Services and IT Consulting' },
];

describeEachDatabase('Dutch-aware search', (ctx) => {
  let agency: TestAgency;
  const idOf = new Map<string, string>();
  beforeAll(async () => {
    const rows = await ctx.db.insertInto('global_companies').values([...COMPANIES]).returning(['id', 'name']).execute();
    for (const row of rows) idOf.set(row.id, row.name);
    agency = await createTestAgency(ctx.db);
  });

  /** Names found, best match first (discovery's `relevance` sort). */
  const found = async (q: string) => (await searchGlobalCompanies(ctx.db, agency.viewer, { q, limit: 50, sort: 'relevance' })).items.map((item) => item.name);
  const sorted = (names: string[]) => [...names].sort();

  it('finds the singular by the plural and the plural by the singular', async () => {
    expect(sorted(await found('bouwbedrijven'))).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen', 'Bouwbedrijven Noord']);
    expect(sorted(await found('bouwbedrijf'))).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen', 'Bouwbedrijven Noord']);
    expect(await found('installaties')).toContain('Installatietechniek Verhoef');
  });

  it('finds a part of a compound name, at its start or inside it', async () => {
    expect(sorted(await found('bouw'))).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen', 'Bouwbedrijven Noord']);
    expect(sorted(await found('installatie'))).toEqual(['Installatietechniek Verhoef', 'Van Dijk Installaties']);
    expect(await found('techniek')).toEqual(['Installatietechniek Verhoef']);
    expect(await found('kantoor')).toEqual(['Accountantskantoor Bos']);
  });

  it('finds a name typed in full, legal form with its dots included', async () => {
    expect(await found('IJssel ICT B.V.')).toEqual(['IJssel ICT B.V.']);
    expect(await found('ijssel ict b.v')).toEqual(['IJssel ICT B.V.']);
    expect(await found('Bouwbedrijf De Vries B.V.')).toEqual(['Bouwbedrijf De Vries B.V.']);
  });

  it('forgives a one-letter slip', async () => {
    expect(sorted(await found('bouwbedrjf'))).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen', 'Bouwbedrijven Noord']);
    expect(await found('instalatietechniek')).toEqual(['Installatietechniek Verhoef']);
    expect(await found('dakdekersbedrijf')).toEqual(['Dakdekkersbedrijf Smit']);
  });

  it('does not flood the results with unrelated names', async () => {
    expect(await found('brouwerij')).toEqual(['Brouwerij Het Anker']);
    expect(await found('bakkerij')).toEqual(['Bakkerij Bolder']);
    expect(sorted(await found('zorg'))).toEqual(['Thuiszorg Het Gooi', 'Zorggroep Amstelland']);
    expect(await found('ziekenhuis')).toEqual([]);
    expect(await found('bouwbedrijven amsterdam')).toEqual([]);
    // One- and two-letter words only start words: "de vries" is De Vries, not every "…de…" with "vries".
    expect(await found('de vries')).toEqual(['Bouwbedrijf De Vries B.V.']);
    // Only the first letters: names that start with them.
    expect(await found('ca')).toEqual(['Café De Kroon']);
    expect(await found('de')).toEqual([]);
  });

  it('matches place and industry, accents and case aside', async () => {
    expect(sorted(await found('bouw utrecht'))).toEqual(['Bouwbedrijf Jansen']);
    expect(await found('CAFE')).toEqual(['Café De Kroon']);
    expect(await found('café')).toEqual(['Café De Kroon']);
    expect(sorted(await found('software development'))).toEqual(['Software Labs Delft']);
  });

  it('ranks the name itself first, then names that start with the search, word starts, parts and close spellings', async () => {
    expect((await found('bouwbedrijf jansen'))[0]).toBe('Bouwbedrijf Jansen');
    expect((await found('Bouwbedrijven Noord'))[0]).toBe('Bouwbedrijven Noord');
    // Jansen starts a word of one name; Janssen is only a close spelling.
    expect(await found('jansen')).toEqual(['Bouwbedrijf Jansen', 'Transport Janssen']);
    // The singular starts two names; the plural contains it and comes after them.
    expect((await found('bouwbedrijf')).slice(0, 2).sort()).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen']);
    // Other sorts still apply when asked for.
    expect(await searchGlobalCompanies(ctx.db, agency.viewer, { q: 'bouw', sort: 'name' }).then((r) => r.items.map((i) => i.name))).toEqual([
      'Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen', 'Bouwbedrijven Noord',
    ]);
  });

  it('lists the hottest first by default, words or not; the best match first when asked', async () => {
    await ctx.db.updateTable('global_companies').set({ hotness: 90 }).where('name', '=', 'Bouwbedrijven Noord').execute();
    try {
      const byDefault = await searchGlobalCompanies(ctx.db, agency.viewer, { q: 'bouwbedrijf' });
      expect(byDefault.items[0]!.name).toBe('Bouwbedrijven Noord');
      expect((await found('bouwbedrijf')).slice(0, 2).sort()).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen']);
    } finally {
      await ctx.db.updateTable('global_companies').set({ hotness: 0 }).where('name', '=', 'Bouwbedrijven Noord').execute();
    }
  });

  it('pages through relevance order without gaps or repeats', async () => {
    const all = await found('construction');
    expect(all).toHaveLength(6);
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchGlobalCompanies(ctx.db, agency.viewer, { q: 'construction', limit: 2, sort: 'relevance', ...(cursor ? { cursor } : {}) });
      names.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual(all);
  });

  it('searches the board the same way', async () => {
    for (const [id, name] of idOf) if (name.startsWith('Bouwbedrijf') || name.startsWith('Install')) await followCompany(ctx.db, agency.recruiter, { globalCompanyId: id });
    const onBoard = async (q: string) => (await readBoard(ctx.db, agency.viewer, { q })).columns.flatMap((column) => column.cards.map((card) => card.name)).sort();
    expect(await onBoard('bouwbedrijven')).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen']);
    expect(await onBoard('bouwbedrjf')).toEqual(['Bouwbedrijf De Vries B.V.', 'Bouwbedrijf Jansen']);
    expect(await onBoard('techniek')).toEqual(['Installatietechniek Verhoef']);
    expect(await onBoard('brouwerij')).toEqual([]);
  });
});
