import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import { createBranch } from '../identity/create-branch.js';
import { changeDossierStage } from './change-dossier-stage.js';
import { createDossier } from './create-dossier.js';
import { createVacancy } from './create-vacancy.js';
import { deleteDossier } from './delete-dossier.js';
import { onDossierChange, type DossierChange } from './dossier-events.js';
import { linkDossierVacancy } from './link-dossier-vacancy.js';
import { readDossier } from './read-dossier.js';
import { readDossierTimeline } from './read-dossier-timeline.js';
import { unlinkDossierVacancy } from './unlink-dossier-vacancy.js';
import { updateDossier } from './update-dossier.js';

/*
 * What the dossier page changes by hand (its client and branch, its
 * vacancies) and what every change tells open pages: one dossier change
 * event after the commit, none for a refused change.
 */
describeEachDatabase('dossier changes', (ctx) => {
  let agency: TestAgency;
  let first: string;
  let second: string;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Dossier changes');
    first = await followNewCompany(ctx.db, agency.recruiter);
    second = await followNewCompany(ctx.db, agency.recruiter);
  });

  const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a refusal'), (error: unknown) => error as { code: string; message: string });
  const heard = async (work: () => Promise<unknown>) => {
    const seen: DossierChange[] = [];
    const stop = onDossierChange((change) => seen.push(change));
    try {
      await work().catch(() => undefined);
    } finally {
      stop();
    }
    return seen;
  };

  it('moves a dossier to another client and branch; the timeline names both sides', async () => {
    const branch = await createBranch(ctx.db, agency.admin, { name: 'Utrecht' });
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Nieuwe klant', companyId: first });
    const updated = await updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, companyId: second, branchId: branch.id });
    expect(updated).toMatchObject({ company: { id: second }, branchId: branch.id });
    const [entry] = (await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: lead.id })).items;
    const names = (id: string) => ctx.db.selectFrom('companies as c').innerJoin('global_companies as g', 'g.id', 'c.global_company_id').select('g.name').where('c.id', '=', id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      type: 'deal_updated',
      extraData: {
        changes: {
          companyId: { from: first, to: second, names: { from: (await names(first)).name, to: (await names(second)).name } },
          branchId: { from: null, to: branch.id, names: { from: null, to: 'Utrecht' } },
        },
      },
    });
    // No client at all is a choice too.
    expect(await updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, companyId: null })).toMatchObject({ company: null });
    const other = await createTestAgency(ctx.db, 'Other changes');
    const theirs = await followNewCompany(ctx.db, other.recruiter);
    expect(await refusal(updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, companyId: theirs }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('links and unlinks a vacancy by hand; a second lead on it is a conflict and changes nothing', async () => {
    const vacancy = await createVacancy(ctx.db, agency.recruiter, { title: 'Java developer', companyId: first });
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Java', companyId: first });
    const rival = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Java (dubbel)', companyId: first });
    const opportunity = await createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Java deal', companyId: first });
    expect(await linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: lead.id, vacancyId: vacancy.id })).toEqual([expect.objectContaining({ id: vacancy.id, leadId: lead.id })]);
    expect(await refusal(linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: rival.id, vacancyId: vacancy.id }))).toMatchObject({ code: 'CONFLICT', message: 'This vacancy already has a lead.' });
    expect((await readDossier(ctx.db, agency.recruiter, { dossierId: rival.id })).vacancies).toEqual([]);
    // One lead and one opportunity: the opportunity may join.
    await linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: opportunity.id, vacancyId: vacancy.id });
    expect((await readDossier(ctx.db, agency.recruiter, { dossierId: lead.id })).vacancies).toEqual([expect.objectContaining({ leadId: lead.id, opportunityId: opportunity.id })]);
    expect(await unlinkDossierVacancy(ctx.db, agency.recruiter, { dossierId: lead.id, vacancyId: vacancy.id })).toEqual([]);
    // Once let go, the other lead may have it.
    await linkDossierVacancy(ctx.db, agency.recruiter, { dossierId: rival.id, vacancyId: vacancy.id });
    const types = (await readDossierTimeline(ctx.db, agency.recruiter, { dossierId: lead.id })).items.map((entry) => entry.type);
    expect(types.slice(0, 2)).toEqual(['vacancy_unlinked', 'vacancy_linked']);
  });

  it('announces each committed change of a dossier once, after the commit, and nothing for a refused one', async () => {
    const lead = await createDossier(ctx.db, agency.recruiter, { kind: 'lead', title: 'Live' });
    const expected = [{ agencyId: agency.agencyId, dossierId: lead.id, kind: 'lead' }];
    expect(await heard(() => updateDossier(ctx.db, agency.recruiter, { dossierId: lead.id, title: 'Live!' }))).toEqual(expected);
    expect(await heard(() => changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'contacting' }))).toEqual(expected);
    // The viewer may not edit: refused before anything is written, nothing announced.
    expect(await heard(() => updateDossier(ctx.db, agency.viewer, { dossierId: lead.id, title: 'Nee' }))).toEqual([]);
    // A refused move (a stage that is not in the graph) rolls back and announces nothing.
    expect(await heard(() => changeDossierStage(ctx.db, agency.recruiter, { dossierId: lead.id, stage: 'nowhere' }))).toEqual([]);
    const created = await heard(() => createDossier(ctx.db, agency.recruiter, { kind: 'opportunity', title: 'Nieuw' }));
    expect(created).toEqual([expect.objectContaining({ agencyId: agency.agencyId, kind: 'opportunity' })]);
    expect(await heard(() => deleteDossier(ctx.db, agency.recruiter, { dossierId: lead.id }))).toEqual(expected);
  });
});
