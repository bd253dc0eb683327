import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { discoveryCompanies } from '../../test/support/discovery-data.js';
import { createTestAgency } from '../../test/support/fixtures.js';
import { followCompany } from '../clients/follow-company.js';
import { listIndustries } from './list-industries.js';
import { recordGlobalCompanyView } from './record-view.js';
import { searchGlobalCompanies, type searchGlobalCompaniesInput } from './search-global-companies.js';
import type { z } from 'zod';

const today = new Date('2026-11-20T12:00:00.000Z');
const clock = () => today;

describeEachDatabase('discovery search', (ctx) => {
  const setUp = async () => {
    const tag = `Zk${Math.random().toString(36).slice(2, 8)}`;
    const ids = await discoveryCompanies(ctx.db, tag, today);
    const agency = await createTestAgency(ctx.db);
    const search = async (input: z.input<typeof searchGlobalCompaniesInput> = {}) =>
      searchGlobalCompanies(ctx.db, agency.recruiter, { q: tag, ...input }, clock);
    const idsOf = async (input: z.input<typeof searchGlobalCompaniesInput> = {}) => (await search(input)).items.map((item) => item.id).sort();
    return { tag, ids, agency, search, idsOf, sorted: (...list: string[]) => list.sort() };
  };

  it('finds words of the name by their start and words of the description by their Dutch stem', async () => {
    const { tag, ids, idsOf, sorted } = await setUp();
    expect(await idsOf()).toEqual(sorted(ids.zorg, ids.software, ids.bouw, ids.onbekend, ids.stil));
    expect(await idsOf({ q: `${tag} zorgg` })).toEqual([ids.zorg]);
    expect(await idsOf({ q: `${tag} verpleegkundige` })).toEqual([ids.zorg]);
    expect(await idsOf({ q: `${tag} ziekenhuis` })).toEqual([]);
  });

  it('counts a company once when both its description and its name match the words', async () => {
    const { tag, ids, search, idsOf, sorted } = await setUp();
    // The tag is in every name, and in every search_vector (the name is in it too).
    expect((await search()).total).toBe(5);
    // "Bouw" by its name, "Software" by its description's stem ("Wij bouwen apps").
    expect(await idsOf({ q: `${tag} bouw` })).toEqual(sorted(ids.bouw, ids.software));
    expect((await search({ q: `${tag} bouw`, limit: 1 })).total).toBe(2);
    expect((await search({ q: `${tag} bouw`, place: 'Nederland', radiusKm: 300, limit: 1 })).total).toBe(2);
  });

  it('filters on industry, skills of open jobs, open jobs, hotness and the no-agencies flag', async () => {
    const { ids, search, idsOf, sorted } = await setUp();
    expect(await idsOf({ industry: 'Software Development' })).toEqual(sorted(ids.software, ids.onbekend));
    // The React job of "software" is closed: only open jobs count.
    expect(await idsOf({ skills: 'typescript' })).toEqual(sorted(ids.software, ids.onbekend));
    expect(await idsOf({ skills: 'react' })).toEqual([ids.onbekend]);
    expect(await idsOf({ skills: 'TypeScript, React' })).toEqual([ids.onbekend]);
    expect(await idsOf({ minOpenJobs: 2 })).toEqual(sorted(ids.zorg, ids.bouw));
    const zorg = (await search()).items.find((item) => item.id === ids.zorg)!;
    expect(zorg.hotness).toBeGreaterThan(0);
    expect(await idsOf({ minHotness: zorg.hotness })).toEqual([ids.zorg]);
    expect(await idsOf({ noAgencies: 'only' })).toEqual([ids.bouw]);
    expect((await search({ noAgencies: 'only', limit: 1 })).total).toBe(1);
    expect((await search({ minOpenJobs: 2, limit: 1 })).total).toBe(2);
    expect(await idsOf({ noAgencies: 'hide' })).toEqual(sorted(ids.zorg, ids.software, ids.onbekend, ids.stil));
  });

  it('searches a radius around a place, leaving out and counting companies without coordinates', async () => {
    const { ids, search, idsOf, sorted } = await setUp();
    const around = await search({ place: 'Utrecht', radiusKm: 25 });
    expect(around.items.map((item) => item.id).sort()).toEqual(sorted(ids.zorg, ids.software, ids.stil));
    expect(around.withoutCoordinates).toBe(1);
    expect(around.total).toBe(3);
    const software = around.items.find((item) => item.id === ids.software)!;
    expect(software.distanceKm).toBeGreaterThan(15);
    expect(software.distanceKm).toBeLessThan(25);
    expect(await idsOf({ place: 'utrecht', radiusKm: 10 })).toEqual(sorted(ids.zorg, ids.stil));
    expect(await idsOf({ place: 'Groningen', radiusKm: 10 })).toEqual([ids.bouw]);
    // The whole country is no circle: everything, placed or not.
    const country = await search({ place: 'Nederland' });
    expect(country.items).toHaveLength(5);
    expect(country.withoutCoordinates).toBeNull();
    expect((await search()).withoutCoordinates).toBeNull();
    await expect(search({ place: 'Atlantis' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('combines filters', async () => {
    const { ids, idsOf } = await setUp();
    expect(await idsOf({ place: 'Utrecht', radiusKm: 25, skills: 'wondzorg', minOpenJobs: 1, noAgencies: 'hide' })).toEqual([ids.zorg]);
    expect(await idsOf({ place: 'Utrecht', radiusKm: 25, industry: 'Construction' })).toEqual([]);
  });

  it('sorts by hotness, recent postings or name, and pages through each without gaps or repeats', async () => {
    const { tag, ids, search } = await setUp();
    const byHotness = (await search({ sort: 'hotness' })).items;
    for (const [a, b] of byHotness.slice(1).map((item, i) => [byHotness[i]!, item] as const)) {
      expect(a.hotness > b.hotness || (a.hotness === b.hotness && a.id > b.id)).toBe(true);
    }
    expect((await search({ sort: 'recent' })).items.map((item) => item.id)).toEqual([ids.zorg, ids.software, ids.bouw, ids.onbekend, ids.stil]);
    expect((await search({ sort: 'name' })).items.map((item) => item.name)).toEqual(
      ['Bouw', 'Onbekend', 'Software', 'Stil', 'Zorggroep'].map((name) => `${tag} ${name}`),
    );

    for (const sort of ['hotness', 'recent', 'name'] as const) {
      const all = (await search({ sort })).items.map((item) => item.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ sort, limit: 2, cursor });
        // The first page counts every match; later pages do not count again.
        expect(page.total).toBe(cursor ? null : all.length);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
    const first = await search({ sort: 'hotness', limit: 2 });
    await expect(search({ sort: 'name', cursor: first.nextCursor! })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('marks hasSaved only for the agency that follows, and lastViewedAt only for the user who looked', async () => {
    const { ids, agency, search } = await setUp();
    const other = await createTestAgency(ctx.db, 'Other agency');
    await followCompany(ctx.db, agency.recruiter, { globalCompanyId: ids.zorg }, clock);
    await recordGlobalCompanyView(ctx.db, agency.recruiter, { globalCompanyId: ids.software }, clock);

    const mine = (await search()).items;
    expect(mine.filter((item) => item.hasSaved).map((item) => item.id)).toEqual([ids.zorg]);
    expect(mine.filter((item) => item.lastViewedAt).map((item) => [item.id, item.lastViewedAt])).toEqual([[ids.software, today]]);

    const colleague = (await searchGlobalCompanies(ctx.db, agency.manager, { q: mine[0]!.name.split(' ')[0] }, clock)).items;
    expect(colleague.filter((item) => item.hasSaved).map((item) => item.id)).toEqual([ids.zorg]);
    expect(colleague.filter((item) => item.lastViewedAt)).toEqual([]);

    const theirs = (await searchGlobalCompanies(ctx.db, other.admin, { q: mine[0]!.name.split(' ')[0] }, clock)).items;
    expect(theirs).toHaveLength(5);
    expect(theirs.filter((item) => item.hasSaved || item.lastViewedAt)).toEqual([]);
  });

  it('gives each result its postings per month over the last year', async () => {
    const { ids, search } = await setUp();
    const zorg = (await search()).items.find((item) => item.id === ids.zorg)!;
    // Posted 3, 10 and 20 days before 20 November: twice in November, once on 31 October.
    expect(zorg.trend).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('lists industries that have companies, the most first, with counts', async () => {
    await setUp();
    const industries = await listIndustries(ctx.db, (await createTestAgency(ctx.db)).viewer);
    expect(industries.every((row) => row.companies > 0)).toBe(true);
    expect(industries.map((row) => row.companies)).toEqual([...industries.map((row) => row.companies)].sort((a, b) => b - a));
    expect(industries.map((row) => row.industry)).toEqual(expect.arrayContaining(['Software Development', 'Retail', 'Construction']));
  });
});
