import { drainOutboxJob, scanRulesJob } from '../automation/index.js';
import { purgeClientImportFilesJob } from '../client-import/index.js';
import { refreshHiringFactsJob } from '../discovery/index.js';
import { purgeSessionsJob } from '../identity/index.js';
import { moveWhenJobsClosedJob } from '../pipeline/index.js';
import type { Job } from '../platform/jobs/job.js';
import { notifyNewJobsJob, suggestRemindersJob } from '../tasks/index.js';

/** Every periodic job, in the order they run. */
export const JOBS: readonly Job[] = [refreshHiringFactsJob, notifyNewJobsJob, moveWhenJobsClosedJob, suggestRemindersJob, scanRulesJob, drainOutboxJob, purgeSessionsJob, purgeClientImportFilesJob];
