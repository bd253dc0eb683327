import type { Job } from '../platform/jobs/job.js';
import { purgeClientImportFiles } from './purge-client-import-files.js';

/** Uploaded client-import files older than a day, deleted hourly for every agency (not only at its next upload). */
export const purgeClientImportFilesJob: Job = {
  name: 'purge-client-import-files',
  everyMinutes: 60,
  async run(db, clock) {
    return { files: await purgeClientImportFiles(db, clock) };
  },
};
