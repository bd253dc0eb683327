import type { Pipeline } from './pipeline.js';
import { recruitmentBd } from './recruitment-bd.js';

export * from './pipeline.js';
export * from './transitions.js';
export * from './loss-reasons.js';
export { recruitmentBd } from './recruitment-bd.js';

/** Built-in pipelines by key; configurable pipelines will join these as data. */
export const PIPELINES: Readonly<Record<string, Pipeline>> = {
  [recruitmentBd.key]: recruitmentBd,
};

export const DEFAULT_PIPELINE = recruitmentBd;

/** The pipeline with this key. A stored key that matches none is corrupt data, so it throws. */
export function pipelineByKey(key: string): Pipeline {
  const pipeline = PIPELINES[key];
  if (!pipeline) throw new Error(`Unknown pipeline '${key}'`);
  return pipeline;
}

export { AUTOMATIC_OUTREACH_DESCRIPTION, CALL_OUTCOMES, OUTREACH_CHANNELS } from './activities.js';
export type { ActivityType } from './activities.js';
export { staleDays, staleThresholds, staleVerdict } from './stale.js';
export type { StaleFacts, StaleThresholds, StaleVerdict } from './stale.js';
