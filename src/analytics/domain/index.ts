/** Pipeline and team analytics: pure functions over the activity log (SPEC R6.3, R9.6). */
export * from './analyze-pipeline.js';
export * from './funnel.js';
export * from './outcomes.js';
export * from './percentile.js';
export * from './periods.js';
export * from './pipeline-columns.js';
export * from './pipeline-membership.js';
export * from './forecast.js';
export * from './stage-figures.js';
export * from './stage-history.js';
export * from './team.js';
