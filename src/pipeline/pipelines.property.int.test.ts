import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isDomainError } from '../platform/errors.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createTestAgency, createGlobalCompany } from '../../test/support/fixtures.js';
import { parseLossReason, validateTransition, type GateInput, type PipelineDefinition, type Stage } from './domain/index.js';
import { changeStatus } from './change-status.js';
import { defaultPipeline, loadDefinition, loadPipeline } from './pipeline-store.js';
import { editPipeline } from './edit-pipeline.js';
import { followCompany } from '../clients/follow-company.js';

/*
 * The stage writer's promise over pipelines an agency could draw itself:
 * random stages, graphs, gates and checklists, edited between moves. After
 * any sequence of moves, overrides and graph edits, every record's stage
 * is a stage of its pipeline and equals its latest stage activity, and
 * every logged move is legal under the pipeline version it was logged with
 * (with what it carried) — a later edit never makes old history illegal.
 */

const BASE = ['prospect', 'contacted', 'meeting', 'won', 'lost'];
const EXTRA = ['x1', 'x2', 'x3'];
const OUTCOMES = [undefined, undefined, 'won', 'lost', 'on_hold'] as const;

interface Shape {
  outcomes: (typeof OUTCOMES)[number][];
  graph: boolean[][];
  lossReason: boolean[];
  budget: boolean[];
  entryItem: boolean[];
  exitItem: boolean[];
  skipNeedsReason: boolean;
  order: number[];
}

/** The drawing of a pipeline over `n` stages. */
function shapeOf(n: number): fc.Arbitrary<Shape> {
  const flags = fc.array(fc.boolean(), { minLength: n, maxLength: n });
  return fc.record({
    outcomes: fc.array(fc.constantFrom(...OUTCOMES), { minLength: n, maxLength: n }),
    graph: fc.array(flags, { minLength: n, maxLength: n }),
    lossReason: flags,
    budget: flags,
    entryItem: flags,
    exitItem: flags,
    skipNeedsReason: fc.boolean(),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
  });
}

type Step =
  | { kind: 'move'; company: number; to: number; carry: 'all' | 'nothing' | 'some'; override: boolean }
  | { kind: 'edit'; shape: Shape };

/** A pipeline with 0–3 stages of the agency's own besides Recruitment BD's, and what happens to it. */
const scenario = fc.integer({ min: 0, max: EXTRA.length }).chain((extra) => {
  const n = BASE.length + extra;
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('move' as const), company: fc.nat(2), to: fc.nat(n - 1), carry: fc.constantFrom('all' as const, 'nothing' as const, 'some' as const), override: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), shape: shapeOf(n) }) },
  );
  return fc.record({ keys: fc.constant<string[]>([...BASE, ...EXTRA.slice(0, extra)]), first: shapeOf(n), steps: fc.array(step, { minLength: 1, maxLength: 14 }) });
});

/** A sound definition over the stage keys (the agency's Recruitment BD keys plus some of its own). */
function definitionOf(s: Shape, keys: string[]): PipelineDefinition {
  const outcomes = s.outcomes.map((o, i) => (i === 0 ? undefined : o));
  // At most one On hold stage; the entry stage (the first key) is open.
  const firstHold = outcomes.indexOf('on_hold');
  const stages: Stage[] = keys.map((key, i) => {
    const outcome = outcomes[i] === 'on_hold' && i !== firstHold ? undefined : outcomes[i];
    return {
      key,
      name: { nl: `Fase ${key}`, en: `Stage ${key}` },
      color: 'grey',
      icon: 'users',
      ...(outcome ? { outcome } : {}),
      next: keys.filter((other, j) => j !== i && s.graph[i]![j]),
      requires: [
        ...(s.lossReason[i] ? [{ kind: 'lossReason' as const }] : []),
        ...(outcome === 'on_hold' ? [{ kind: 'hold' as const }] : []),
        ...(s.budget[i] ? [{ kind: 'field' as const, field: 'budget' }] : []),
      ],
      checklist: [
        ...(s.entryItem[i] ? [{ key: 'in', phase: 'entry' as const, label: { nl: 'Binnen', en: 'In' } }] : []),
        ...(s.exitItem[i] ? [{ key: 'out', phase: 'exit' as const, label: { nl: 'Buiten', en: 'Out' } }] : []),
      ],
      active: true,
    };
  });
  return {
    kind: 'clients',
    name: { nl: 'Willekeurig', en: 'Random' },
    entryStage: keys[0]!,
    skipNeedsReason: s.skipNeedsReason,
    fields: [{ key: 'budget', label: { nl: 'Budget', en: 'Budget' }, type: 'number' }],
    automations: {},
    // Board order is free; the entry stage stays first in `keys`, not necessarily on the board.
    stages: s.order.map((i) => stages[i]!),
  };
}

/** What a move carries: everything any gate could ask, nothing, or a part. */
function carried(carry: 'all' | 'nothing' | 'some', keys: string[]) {
  if (carry === 'nothing') return {};
  const all = {
    lossReason: 'no_response',
    holdReason: 'Wacht op budget',
    resumeAt: '2027-03-01',
    skipReason: 'Bekende klant',
    checklist: keys.flatMap((key) => [`${key}.in`, `${key}.out`]),
    fields: { budget: 1000 },
  };
  return carry === 'all' ? all : { lossReason: all.lossReason, checklist: all.checklist.slice(0, keys.length) };
}

/** The gates an activity's extra data says its move carried. */
function gatesOf(extra: Record<string, unknown>): GateInput {
  return {
    lossReason: parseLossReason(extra.lossReason as string | undefined, extra.lossReasonText as string | undefined),
    hold: extra.holdReason ? { reason: String(extra.holdReason), resumeAt: String(extra.resumeAt) } : undefined,
    skipReason: extra.skipReason as string | undefined,
    checklist: extra.checklist as string[] | undefined,
    fields: extra.fields as Record<string, number> | undefined,
  };
}

describeEachDatabase('stage writer over random pipelines, property', (ctx) => {
  it('keeps every record in a stage of its pipeline, and every logged move legal under the version it was logged with', async () => {
    const { db } = ctx;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ keys, first, steps }) => {
          const agency = await createTestAgency(db, 'Willekeurig bureau');
          const pipeline = await defaultPipeline(db, agency.agencyId);
          await editPipeline(db, agency.admin, { pipelineId: pipeline.id, version: pipeline.version, definition: definitionOf(first, keys) });
          const companies: string[] = [];
          for (let i = 0; i < 3; i++) {
            companies.push((await followCompany(db, agency.recruiter, { globalCompanyId: await createGlobalCompany(db) })).company.id);
          }
          // The model: where each record stands and the graph drawn, computed without the code under test.
          const model = companies.map(() => 0);
          let graph = first.graph;
          for (const step of steps) {
            if (step.kind === 'edit') {
              graph = step.shape.graph;
              // The same stages (keys never go), another graph, gates and order, over records that stand where they stand.
              const { version } = await loadPipeline(db, agency.agencyId, pipeline.id);
              await editPipeline(db, agency.admin, { pipelineId: pipeline.id, version, definition: definitionOf(step.shape, keys) });
              continue;
            }
            const companyId = companies[step.company]!;
            const actor = step.override ? agency.admin : agency.recruiter;
            const from = model[step.company]!;
            // Carrying everything, a move is legal exactly when the graph has it (an override: any other stage).
            const legal = step.to !== from && (step.override || graph[from]![step.to]!);
            try {
              await changeStatus(db, actor, { companyId, status: keys[step.to]!, ...carried(step.carry, keys), ...(step.override ? { override: { reason: 'Correctie' } } : {}) });
              if (step.carry === 'all') expect(legal, `${keys[from]} → ${keys[step.to]} was accepted`).toBe(true);
              model[step.company] = step.to;
            } catch (error) {
              if (!isDomainError(error)) throw error;
              expect(['INVALID_TRANSITION', 'LOSS_REASON_REQUIRED', 'GATES_REQUIRED']).toContain(error.code);
              if (step.carry === 'all') expect(legal, `${keys[from]} → ${keys[step.to]} was refused with ${error.code}`).toBe(false);
            }
          }

          const current = await loadPipeline(db, agency.agencyId, pipeline.id);
          for (const companyId of companies) {
            const record = await db.selectFrom('companies').selectAll().where('agency_id', '=', agency.agencyId).where('id', '=', companyId).executeTakeFirstOrThrow();
            expect(record.pipeline_id).toBe(pipeline.id);
            expect(current.stages.map((s) => s.key)).toContain(record.client_status);
            const log = await db
              .selectFrom('client_company_activities')
              .selectAll()
              .where('agency_id', '=', agency.agencyId)
              .where('company_id', '=', companyId)
              .where('new_status', 'is not', null)
              .orderBy('created_at')
              .orderBy('seq')
              .execute();
            expect(log.at(-1)!.new_status).toBe(record.client_status);
            let fields: Record<string, unknown> = {};
            for (const entry of log) {
              expect(entry.pipeline_id).toBe(pipeline.id);
              const definition = await loadDefinition(db, agency.agencyId, entry.pipeline_id!, entry.pipeline_version!);
              if (entry.activity_type === 'company_tracked') {
                expect(entry.new_status).toBe(definition.entryStage);
                continue;
              }
              expect(entry.activity_type).toBe('status_change');
              const verdict = validateTransition(definition, {
                from: entry.old_status!,
                to: entry.new_status!,
                gates: gatesOf(entry.extra_data),
                storedFields: fields,
                override: entry.extra_data.override !== undefined,
              });
              expect(verdict, `${entry.old_status} → ${entry.new_status} under version ${entry.pipeline_version}`).toBeNull();
              fields = { ...fields, ...((entry.extra_data.fields as Record<string, unknown> | undefined) ?? {}) };
            }
          }
        }),
      { numRuns: 25 },
    );
  });
});
