import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, type TestAgency } from '../../test/support/fixtures.js';
import { addContact } from './add-contact.js';
import { followCompany } from './follow-company.js';
import { changeStatus } from '../pipeline/change-status.js';
import { searchEverything } from './search-everything.js';

/*
 * Global search: four groups, each ranked and limited, agency data scoped
 * to the actor's agency. The suite has a database of its own.
 */
describeEachDatabase('global search', (ctx) => {
  let mine: TestAgency;
  let theirs: TestAgency;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = ctx;
    mine = await createTestAgency(db, 'Mine');
    theirs = await createTestAgency(db, 'Theirs');
    const names = [
      'Bouwbedrijf Jansen', 'Bouwbedrijf Pietersen', 'Bouwbedrijven Oost', 'Bouwgroep Utrecht', 'Bouwcombinatie Zuid', 'Bouwmaat Noord',
      'Bouwbedrijf Hendriks', 'Bouwbedrijf Smit', 'Zorggroep Rivierenland', 'Brouwerij De Molen',
    ];
    const rows = await db
      .insertInto('global_companies')
      .values(names.map((name, i) => ({ name, location: 'Utrecht', industry: 'Construction', hotness: 10 + i })))
      .returning(['id', 'name'])
      .execute();
    for (const row of rows) ids[row.name] = row.id;
    const follow = async (agency: TestAgency, name: string) => (await followCompany(db, agency.recruiter, { globalCompanyId: ids[name]! })).company.id;
    ids.jansen = await follow(mine, 'Bouwbedrijf Jansen');
    ids.zorg = await follow(mine, 'Zorggroep Rivierenland');
    await changeStatus(db, mine.recruiter, { companyId: ids.jansen, status: 'contacted' });
    ids.theirsSmit = await follow(theirs, 'Bouwbedrijf Smit');
    await addContact(db, mine.recruiter, { companyId: ids.jansen, name: 'Marieke van den Bouwhuis', title: 'HR-directeur', email: 'marieke@jansen.example' });
    await addContact(db, mine.recruiter, { companyId: ids.zorg, name: 'Pieter Verhoeven' });
    await addContact(db, theirs.recruiter, { companyId: ids.theirsSmit, name: 'Pieter Verhoef' });
    await db
      .insertInto('decision_makers')
      .values([
        { global_company_id: ids['Bouwbedrijf Jansen']!, name: 'Henk Verhoeven', title: 'Directeur' },
        { global_company_id: ids['Brouwerij De Molen']!, name: 'Anna Verhoeven', title: 'HR Manager' },
      ])
      .execute();
  });

  const search = (q: string, limit?: number, actor = mine.viewer) => searchEverything(ctx.db, actor, { q, ...(limit ? { limit } : {}) });

  it('answers four groups: followed companies with stage and pipeline, shared ones not followed, contacts and decision makers with their company', async () => {
    const found = await search('bouwbedrijf jansen');
    expect(found.companies).toEqual([
      expect.objectContaining({
        id: ids.jansen, globalCompanyId: ids['Bouwbedrijf Jansen'], name: 'Bouwbedrijf Jansen', location: 'Utrecht',
        stage: expect.objectContaining({ key: 'contacted', name: { nl: expect.any(String), en: expect.any(String) } }),
        pipeline: expect.objectContaining({ name: { nl: expect.any(String), en: expect.any(String) } }),
      }),
    ]);
    // Followed, so not among the shared ones.
    expect(found.shared.map((c) => c.id)).not.toContain(ids['Bouwbedrijf Jansen']);

    const people = await search('verhoeven');
    expect(people.contacts).toEqual([expect.objectContaining({ name: 'Pieter Verhoeven', company: { id: ids.zorg, name: 'Zorggroep Rivierenland' } })]);
    // A decision maker at a company the agency follows comes first among equals and links to its record.
    expect(people.decisionMakers.map((d) => [d.name, d.globalCompany.name, d.companyId])).toEqual([
      ['Henk Verhoeven', 'Bouwbedrijf Jansen', ids.jansen],
      ['Anna Verhoeven', 'Brouwerij De Molen', null],
    ]);
    expect(people.companies).toEqual([]);
  });

  it('finds contacts by a part of their name, Dutch-aware like companies', async () => {
    expect((await search('bouwhuis')).contacts.map((c) => c.name)).toEqual(['Marieke van den Bouwhuis']);
    expect((await search('marike')).contacts.map((c) => c.name)).toEqual(['Marieke van den Bouwhuis']);
    expect((await search('bouwbedrijven')).shared.map((c) => c.name)).toContain('Bouwbedrijf Pietersen');
  });

  it('ranks exact and prefix matches first and keeps each group to its limit', async () => {
    const shared = (await search('bouwbedrijven')).shared.map((c) => c.name);
    expect(shared[0]).toBe('Bouwbedrijven Oost');
    expect(shared).toHaveLength(4); // Pietersen, Hendriks, Smit (not followed by this agency) and Oost; Jansen is followed
    const bouw = await search('bouw');
    expect(bouw.shared).toHaveLength(5);
    expect(bouw.shared.map((c) => c.name)).not.toContain('Brouwerij De Molen');
    expect((await search('bouw', 2)).shared).toHaveLength(2);
    expect((await search('bouw', 20)).shared).toHaveLength(7);
    await expect(search('bouw', 21)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(searchEverything(ctx.db, mine.viewer, { q: '' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it("never shows another agency's companies or contacts: what it follows is a shared company to the other", async () => {
    const ofMine = await search('pieter');
    expect(ofMine.contacts.map((c) => c.name)).toEqual(['Pieter Verhoeven']);
    const ofTheirs = await search('pieter', undefined, theirs.viewer);
    expect(ofTheirs.contacts.map((c) => c.name)).toEqual(['Pieter Verhoef']);
    expect((await search('smit')).companies).toEqual([]);
    expect((await search('smit')).shared.map((c) => c.id)).toEqual([ids['Bouwbedrijf Smit']]);
    expect((await search('smit', undefined, theirs.viewer)).companies.map((c) => c.id)).toEqual([ids.theirsSmit]);
    expect((await search('jansen', undefined, theirs.viewer)).companies).toEqual([]);
  });

  it('finds nothing for a search without letters or digits', async () => {
    expect(await search('%_&')).toEqual({ companies: [], shared: [], contacts: [], decisionMakers: [] });
  });
});
