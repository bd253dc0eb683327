import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { companyInStatus, createGlobalCompany, createTestAgency, followNewCompany, snapshot, type TestAgency } from '../../test/support/fixtures.js';
import { definitionOf, expectSameGraph, refusal } from '../../test/support/pipelines.js';
import type { Db } from '../platform/db/database.js';
import { allowedTransitions, findStage, type Pipeline, type PipelineDefinition } from './domain/index.js';
import { changeStatus } from './change-status.js';
import { createPipeline } from './create-pipeline.js';
import { editPipeline } from './edit-pipeline.js';
import { enterPipeline } from './stage-writer.js';
import { listAgencyPipelines } from './list-pipelines.js';
import { readPipeline } from './read-pipeline.js';
import { defaultPipeline, loadDefinition } from './pipeline-store.js';

/** The agency's default pipeline's definition with `change` applied. */
function changed(pipeline: Pipeline, change: (definition: PipelineDefinition) => void): PipelineDefinition {
  const definition = definitionOf(pipeline);
  change(definition);
  return definition;
}

/** Archives a stage and takes it out of every other stage's moves. */
const archive = (key: string) => (definition: PipelineDefinition) => {
  findStage(definition, key)!.active = false;
  for (const stage of definition.stages) stage.next = stage.next.filter((next) => next !== key);
};

/** What an edit must leave alone when it is refused. */
async function written(db: Db, agency: TestAgency) {
  const pipelines = await db.selectFrom('pipelines').select(['id', 'version', 'is_default', 'archived_at']).where('agency_id', '=', agency.agencyId).orderBy('id').execute();
  const versions = await db.selectFrom('pipeline_versions').select(['pipeline_id', 'version']).where('agency_id', '=', agency.agencyId).orderBy('pipeline_id').orderBy('version').execute();
  const stages = await db.selectFrom('pipeline_stages').selectAll().where('agency_id', '=', agency.agencyId).orderBy('pipeline_id').orderBy('key').execute();
  return { records: await snapshot(db, agency.agencyId), pipelines, versions, stages };
}

async function statusActivities(db: Db, companyId: string) {
  return db.selectFrom('client_company_activities').selectAll().where('company_id', '=', companyId).where('activity_type', '=', 'status_change').orderBy('seq').execute();
}

describeEachDatabase('editPipeline', (ctx) => {
  it('renames, recolours and reorders freely, as a new version; the old one still loads', async () => {
    const agency = await createTestAgency(ctx.db);
    const before = await defaultPipeline(ctx.db, agency.agencyId);
    const definition = changed(before, (d) => {
      findStage(d, 'meeting')!.name = { nl: 'Afspraak', en: 'Appointment' };
      findStage(d, 'meeting')!.color = 'teal';
      d.stages = [d.stages[0]!, d.stages[2]!, d.stages[1]!, d.stages[4]!, d.stages[3]!];
    });
    const after = await editPipeline(ctx.db, agency.admin, { pipelineId: before.id, version: before.version, definition, name: { nl: 'Acquisitie', en: 'Acquisition' } });
    expect(after.version).toBe(before.version + 1);
    expect(after.name).toEqual({ nl: 'Acquisitie', en: 'Acquisition' });
    expect(after.stages.map((s) => s.key)).toEqual(['prospect', 'meeting', 'contacted', 'lost', 'won']);
    expect(findStage(after, 'meeting')).toMatchObject({ name: { nl: 'Afspraak', en: 'Appointment' }, color: 'teal' });
    expectSameGraph(after, definition);
    expect((await loadDefinition(ctx.db, agency.agencyId, before.id, before.version)).name).toEqual(before.name);
    expect(await defaultPipeline(ctx.db, agency.agencyId)).toEqual(after);

    // A rename alone is a version too.
    const renamed = await editPipeline(ctx.db, agency.admin, { pipelineId: before.id, version: after.version, name: { nl: 'BD', en: 'BD' } });
    expect(renamed).toEqual({ ...after, name: { nl: 'BD', en: 'BD' }, version: after.version + 1 });
  });

  it('refuses archiving a stage that holds records without moves, and writes nothing', async () => {
    const agency = await createTestAgency(ctx.db);
    await companyInStatus(ctx.db, agency.recruiter, 'meeting');
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    const before = await written(ctx.db, agency);
    const error = await refusal(editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: changed(pipeline, archive('meeting')) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.data).toEqual({ issues: [{ path: 'moves.meeting', message: 'the stage holds 1 record(s): name an active stage to move them to' }] });
    expect(await written(ctx.db, agency)).toEqual(before);
  });

  it('moves the records of an archived stage through the stage writer, each on its timeline', async () => {
    const agency = await createTestAgency(ctx.db);
    const companies = [await companyInStatus(ctx.db, agency.recruiter, 'meeting'), await companyInStatus(ctx.db, agency.recruiter, 'meeting')];
    const untouched = await companyInStatus(ctx.db, agency.recruiter, 'contacted');
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    const after = await editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: changed(pipeline, archive('meeting')), moves: { meeting: 'contacted' } });
    expect(after.version).toBe(pipeline.version + 1);
    expect(findStage(after, 'meeting')!.active).toBe(false);
    for (const companyId of companies) {
      const company = await ctx.db.selectFrom('companies').selectAll().where('id', '=', companyId).executeTakeFirstOrThrow();
      expect(company.client_status).toBe('contacted');
      const last = (await statusActivities(ctx.db, companyId)).at(-1)!;
      expect(last).toMatchObject({ old_status: 'meeting', new_status: 'contacted', user_id: agency.admin.userId, pipeline_version: after.version, description: 'Stage archived: Meeting' });
      expect(last.extra_data).toEqual({ override: { reason: 'Stage archived: Meeting' } });
      expect(company.client_status_changed_at.getTime()).toBe(last.created_at.getTime());
    }
    expect(await statusActivities(ctx.db, untouched)).toHaveLength(1);
    // Nobody can enter the archived stage any more, not even with an override.
    const refused = await refusal(changeStatus(ctx.db, agency.admin, { companyId: untouched, status: 'meeting', override: { reason: 'test' } }));
    expect(refused.code).toBe('INVALID_TRANSITION');
  });

  it('refuses the whole edit when a gate of the target refuses a move', async () => {
    const agency = await createTestAgency(ctx.db);
    await companyInStatus(ctx.db, agency.recruiter, 'meeting');
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    const before = await written(ctx.db, agency);
    // Lost asks for a loss reason, which an archival move does not carry.
    const error = await refusal(editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: changed(pipeline, archive('meeting')), moves: { meeting: 'lost' } }));
    expect(error.code).toBe('LOSS_REASON_REQUIRED');
    expect(await written(ctx.db, agency)).toEqual(before);
    // The failed edit's version was never committed: the next edit writes it afresh.
    const name = { nl: 'Na', en: 'After' };
    const after = await editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: changed(pipeline, archive('meeting')), moves: { meeting: 'prospect' }, name });
    expect((await loadDefinition(ctx.db, agency.agencyId, pipeline.id, after.version)).name).toEqual(name);
    expect(after.name).toEqual(name);
    expect(findStage(after, 'meeting')!.active).toBe(false);
  });

  it('keeps old history legal under its own version after the graph changes; new moves follow the new graph', async () => {
    const agency = await createTestAgency(ctx.db);
    const companyId = await followNewCompany(ctx.db, agency.recruiter);
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'won' });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'lost', lossReason: 'no_response' });
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    // Won becomes final, and Lost restarts at Contacted instead of Prospect.
    const definition = changed(pipeline, (d) => {
      findStage(d, 'won')!.next = [];
      findStage(d, 'lost')!.next = ['contacted'];
      findStage(d, 'prospect')!.next = ['contacted', 'lost'];
    });
    const after = await editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition });
    expect((await refusal(changeStatus(ctx.db, agency.recruiter, { companyId, status: 'prospect' }))).data).toMatchObject({ allowed: ['contacted'] });
    await changeStatus(ctx.db, agency.recruiter, { companyId, status: 'contacted' });

    const history = await statusActivities(ctx.db, companyId);
    expect(history.map((a) => [a.old_status, a.new_status, a.pipeline_version])).toEqual([
      ['prospect', 'won', pipeline.version],
      ['won', 'lost', pipeline.version],
      ['lost', 'contacted', after.version],
    ]);
    // Each move is legal under the version it was decided under, and the old ones would not be under the new one.
    for (const activity of history) {
      const decidedUnder = await loadDefinition(ctx.db, agency.agencyId, pipeline.id, activity.pipeline_version!);
      expect(allowedTransitions(decidedUnder, activity.old_status!)).toContain(activity.new_status);
    }
    expect(allowedTransitions(after, 'prospect')).not.toContain('won');
    expect(allowedTransitions(after, 'won')).toEqual([]);
  });

  it('refuses unsound definitions and unsafe edits with field paths, and writes nothing', async () => {
    const agency = await createTestAgency(ctx.db);
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    const before = await written(ctx.db, agency);
    const cases: [(d: PipelineDefinition) => void, string][] = [
      [(d) => d.stages[3]!.next.push('won'), 'definition.stages.3.next.1'],
      [(d) => (d.stages[0]!.next[0] = 'nowhere'), 'definition.stages.0.next.0'],
      [(d) => (archive('meeting')(d), d.stages.splice(2, 1)), 'definition.stages'],
      [(d) => (d.kind = 'leads'), 'definition.kind'],
      [(d) => (d.entryStage = 'won'), 'definition.entryStage'],
    ];
    for (const [change, path] of cases) {
      const error = await refusal(editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: changed(pipeline, change) }));
      expect(error.code, path).toBe('VALIDATION');
      expect((error.data as { issues: { path: string }[] }).issues.map((issue) => issue.path), path).toContain(path);
    }
    expect((await refusal(editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version }))).code).toBe('VALIDATION');
    expect(await written(ctx.db, agency)).toEqual(before);
  });

  it('refuses a stale version, another agency and anyone but an admin', async () => {
    const agency = await createTestAgency(ctx.db);
    const other = await createTestAgency(ctx.db);
    const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
    const edit = { pipelineId: pipeline.id, version: pipeline.version, name: { nl: 'Nieuw', en: 'New' } };
    expect((await refusal(editPipeline(ctx.db, other.admin, edit))).code).toBe('NOT_FOUND');
    for (const actor of [agency.manager, agency.recruiter, agency.viewer]) expect((await refusal(editPipeline(ctx.db, actor, edit))).code).toBe('FORBIDDEN');
    await editPipeline(ctx.db, agency.admin, edit);
    const stale = await refusal(editPipeline(ctx.db, agency.admin, { ...edit, name: { nl: 'Later', en: 'Later' } }));
    expect(stale.code).toBe('CONFLICT');
    expect((await defaultPipeline(ctx.db, agency.agencyId)).name).toEqual({ nl: 'Nieuw', en: 'New' });
  });

  it('archives a pipeline only when it is not the default and holds no records; archived ones are hidden', async () => {
    const agency = await createTestAgency(ctx.db);
    const bd = await defaultPipeline(ctx.db, agency.agencyId);
    await followNewCompany(ctx.db, agency.recruiter);
    const edit = (pipeline: Pipeline, change: { archived?: boolean; isDefault?: boolean }) => editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, ...change });
    const before = await written(ctx.db, agency);
    expect((await refusal(edit(bd, { archived: true }))).message).toBe('The default pipeline cannot be archived: make another pipeline the default first.');
    expect((await refusal(edit(bd, { isDefault: false }))).code).toBe('CONFLICT');
    expect(await written(ctx.db, agency)).toEqual(before);

    const deal = await createPipeline(ctx.db, agency.admin, { templateKey: 'deal', isDefault: true });
    const bdNow = await readPipeline(ctx.db, agency.admin, { pipelineId: bd.id });
    expect(bdNow.isDefault).toBe(false);
    expect((await refusal(edit(bdNow, { archived: true }))).message).toBe('The pipeline still holds 1 record(s): move them to another pipeline before archiving it.');

    const spare = await createPipeline(ctx.db, agency.admin, { templateKey: 'client_stage' });
    const archived = await edit(spare, { archived: true });
    expect(archived).toMatchObject({ archived: true, isDefault: false, version: 2 });
    // Clients pipelines come first; the agency's leads and opportunities pipelines follow.
    expect((await listAgencyPipelines(ctx.db, agency.viewer)).map((p) => p.id).slice(0, 2)).toEqual([deal.id, bd.id]);
    expect((await listAgencyPipelines(ctx.db, agency.viewer, { archived: 'true' })).filter((p) => p.kind === 'clients').map((p) => p.id)).toEqual([deal.id, bd.id, spare.id]);
    expect((await refusal(edit(archived, { isDefault: true }))).message).toBe('An archived pipeline cannot be the default.');
    // An archived pipeline takes no new records.
    const globalCompany = { id: await createGlobalCompany(ctx.db), name: 'Nieuw BV' };
    const entry = { agencyId: agency.agencyId, globalCompany, previous: undefined, pipelineId: spare.id, ownerId: agency.admin.userId, userId: agency.admin.userId, now: new Date() };
    expect((await refusal(ctx.db.transaction().execute((trx) => enterPipeline(trx, entry)))).code).toBe('VALIDATION');
    const restored = await edit(archived, { archived: false, isDefault: true });
    expect(restored).toMatchObject({ archived: false, isDefault: true, version: 3 });
    expect((await readPipeline(ctx.db, agency.admin, { pipelineId: deal.id })).isDefault).toBe(false);
  });

  it('lets exactly one of two edits of the same version through', async () => {
    const agency = await createTestAgency(ctx.db);
    await companyInStatus(ctx.db, agency.recruiter, 'meeting');
    for (let round = 0; round < 3; round++) {
      const pipeline = await defaultPipeline(ctx.db, agency.agencyId);
      const results = await Promise.allSettled([
        editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, name: { nl: `A${round}`, en: `A${round}` } }),
        editPipeline(ctx.db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: changed(pipeline, (d) => (d.stages[0]!.color = round % 2 ? 'grey' : 'orange')) }),
      ]);
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as { code?: string }] : []));
      expect(won).toHaveLength(1);
      expect(lost.map((error) => error.code)).toEqual(['CONFLICT']);
      const versions = await ctx.db.selectFrom('pipeline_versions').select('version').where('pipeline_id', '=', pipeline.id).where('version', '>', pipeline.version).execute();
      expect(versions).toEqual([{ version: pipeline.version + 1 }]);
    }
  });
});
