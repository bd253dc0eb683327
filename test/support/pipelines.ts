import { expect } from 'vitest';
import type { Actor } from '../../src/identity/domain/roles.js';
import type { Db } from '../../src/platform/db/database.js';
import { followCompany } from '../../src/clients/follow-company.js';
import { createGlobalCompany } from './fixtures.js';
import { isDomainError, type AnyDomainError } from '../../src/platform/errors.js';
import { allowedTransitions, findStage, type Pipeline, type PipelineDefinition } from '../../src/pipeline/domain/index.js';

/** The definition part of a pipeline or template (without id, version, key and flags). */
export function definitionOf(pipeline: PipelineDefinition & Partial<Pipeline> & { key?: string }): PipelineDefinition {
  const { kind, name, stages, entryStage, skipNeedsReason, fields, automations } = pipeline;
  return structuredClone({ kind, name, stages, entryStage, skipNeedsReason, fields, automations });
}

/** A definition with each stage's moves in board order, as the database lists them (pipeline_definition()). */
export function normalized(definition: PipelineDefinition): PipelineDefinition {
  const order = definition.stages.map((stage) => stage.key);
  return {
    ...definitionOf(definition),
    stages: definition.stages.map((stage) => ({ ...stage, next: [...stage.next].sort((a, b) => order.indexOf(a) - order.indexOf(b)) })),
  };
}

/** Asserts `pipeline` has the stages of `expected` and allows exactly its moves: every from/to pair is checked. */
export function expectSameGraph(pipeline: PipelineDefinition, expected: PipelineDefinition): void {
  const keys = expected.stages.map((stage) => stage.key);
  expect(pipeline.stages.map((stage) => stage.key)).toEqual(keys);
  for (const from of keys) {
    for (const to of keys) {
      const allowed = findStage(expected, from)!.next.includes(to) && findStage(expected, to)!.active;
      expect(allowedTransitions(pipeline, from).includes(to), `${from} → ${to}`).toBe(allowed);
    }
  }
}

/** The domain error `promise` rejects with (a test fails when it does not reject with one). */
export async function refusal(promise: Promise<unknown>): Promise<AnyDomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

/** Follows a new shared company (named `name`) into `pipelineId` as `actor`, at `now`; returns the agency's company id. */
export async function followInto(db: Db, actor: Actor, pipelineId: string, name?: string, now = new Date()): Promise<string> {
  const { company } = await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db, name), pipelineId }, () => now);
  return company.id;
}
