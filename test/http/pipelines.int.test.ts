import { beforeAll, expect, it } from 'vitest';
import { companyInStatus, createTestAgency, type TestAgency } from '../support/fixtures.js';
import { bearer, describeApi, expectProblem } from './support.js';

describeApi('HTTP pipelines', (ctx) => {
  let agency: TestAgency;
  let admin: Record<string, string>;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db);
    admin = await bearer(ctx.db, agency.admin);
  });

  const create = async (headers: Record<string, string>, payload: Record<string, unknown> = { templateKey: 'deal' }) =>
    ctx.app.inject({ method: 'POST', url: '/api/pipelines', headers, payload });

  it('creates a pipeline from a template (201) and reads it back', async () => {
    const templates = (await ctx.app.inject({ method: 'GET', url: '/api/pipeline-templates', headers: await bearer(ctx.db, agency.viewer) })).json();
    expect(templates.items.map((t: { key: string }) => t.key)).toEqual(['recruitment_bd', 'client_stage', 'deal', 'leads', 'opportunities']);
    const created = await create(admin, { templateKey: 'opportunities', name: { nl: 'Kansen', en: 'Opportunities' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'opportunities', version: 1, templateKey: 'opportunities', name: { nl: 'Kansen', en: 'Opportunities' } });
    const read = await ctx.app.inject({ method: 'GET', url: `/api/pipelines/${created.json().id}`, headers: admin });
    expect(read.json()).toEqual(created.json());
  });

  it('lets exactly one of two PATCHes of the same version through; the other is a 409', async () => {
    const pipeline = (await create(admin)).json();
    const patch = (name: string) =>
      ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${pipeline.id}`, headers: admin, payload: { version: pipeline.version, name: { nl: name, en: name } } });
    const responses = await Promise.all([patch('Eerste'), patch('Tweede')]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.statusCode === 200)!.json();
    expect(winner.version).toBe(pipeline.version + 1);
    const loser = expectProblem(responses.find((r) => r.statusCode === 409)!, 409, 'conflict');
    expect(loser.detail).toBe(`This pipeline was changed by someone else (it is now at version ${winner.version}); reload it and make your change again.`);
  });

  it("answers 404 for another agency's pipeline and 403 to a recruiter", async () => {
    const pipeline = (await create(admin)).json();
    const theirs = await bearer(ctx.db, (await createTestAgency(ctx.db, 'Theirs')).admin);
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/pipelines/${pipeline.id}`, headers: theirs }), 404, 'not-found');
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${pipeline.id}`, headers: theirs, payload: { version: 1, archived: true } }), 404, 'not-found');
    const recruiter = await bearer(ctx.db, agency.recruiter);
    expectProblem(await create(recruiter), 403, 'forbidden');
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${pipeline.id}`, headers: recruiter, payload: { version: 1, archived: true } }), 403, 'forbidden');
  });

  it('names the offending part of a definition, in Dutch too', async () => {
    const pipeline = (await create(admin)).json();
    const definition = { ...pipeline, id: undefined, version: undefined, templateKey: undefined, isDefault: undefined, archived: undefined };
    definition.stages[3].next[0] = definition.stages[3].key;
    const payload = { version: 1, definition: JSON.parse(JSON.stringify(definition)) };
    const english = expectProblem(await ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${pipeline.id}`, headers: admin, payload }), 400, 'validation');
    expect(english.issues).toEqual([{ path: 'definition.stages.3.next.0', message: 'a stage cannot move to itself' }]);
    const dutch = await ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${pipeline.id}`, headers: { ...admin, 'accept-language': 'nl' }, payload });
    expect(dutch.json().issues).toEqual([{ path: 'definition.stages.3.next.0', message: 'een fase kan niet naar zichzelf gaan' }]);
  });

  it('refuses archiving a stage that holds records without moves (400 naming moves.meeting)', async () => {
    await companyInStatus(ctx.db, agency.recruiter, 'meeting');
    const [bd] = (await ctx.app.inject({ method: 'GET', url: '/api/pipelines', headers: admin })).json().items;
    const definition = { kind: bd.kind, name: bd.name, entryStage: bd.entryStage, skipNeedsReason: bd.skipNeedsReason, fields: bd.fields, automations: bd.automations, stages: bd.stages };
    for (const stage of definition.stages) {
      stage.next = stage.next.filter((key: string) => key !== 'meeting');
      if (stage.key === 'meeting') stage.active = false;
    }
    const refused = await ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${bd.id}`, headers: admin, payload: { version: bd.version, definition } });
    expect(expectProblem(refused, 400, 'validation').issues).toEqual([{ path: 'moves.meeting', message: 'the stage holds 1 record(s): name an active stage to move them to' }]);
    const moved = await ctx.app.inject({ method: 'PATCH', url: `/api/pipelines/${bd.id}`, headers: admin, payload: { version: bd.version, definition, moves: { meeting: 'contacted' } } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().version).toBe(bd.version + 1);
  });
});
