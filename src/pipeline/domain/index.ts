export * from './pipeline.js';
export * from './transitions.js';
export * from './gates.js';
export * from './loss-reasons.js';
export * from './templates/index.js';

export { AUTOMATIC_OUTREACH_DESCRIPTION, CALL_OUTCOMES, OUTREACH_CHANNELS } from './activities.js';
export type { ActivityType } from './activities.js';
export { staleDays, staleThresholds, staleVerdict } from './stale.js';
export type { StaleFacts, StaleThresholds, StaleVerdict } from './stale.js';
export * from './pipeline-change.js';
export * from './definition-rules.js';
export * from './imported-entry.js';
