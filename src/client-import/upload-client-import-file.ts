import { z } from 'zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput, plainString } from '../platform/input/input.js';
import { filesExpireBefore } from './domain/index.js';
import { planOf } from './dry-run-client-import.js';
import type { PlanView } from './plan-view.js';
import { formatOfContent, readImportFile } from './read-file.js';

/** The largest file the import takes: an agency's client export is far smaller. */
export const MAX_CLIENT_IMPORT_BYTES = 20 * 1024 * 1024;

export const uploadClientImportFileInput = z
  .object({
    /** The file's name, as the browser gave it. */
    fileName: plainString().trim().min(1).max(300, { error: 'must be at most 300 characters' }).default('import.csv'),
    content: z.instanceof(Buffer),
  })
  .strict();

/**
 * Takes an uploaded export (CSV or XLSX, told apart by its content) and
 * keeps it for the admin to map, returning the first plan: the detected
 * source, its suggested mappings and the preview (as the dry run). An
 * unreadable file is refused and nothing is kept. Files older than a day
 * are removed on the way (the agency's own; the purge-client-import-files
 * job removes every agency's hourly).
 */
export async function uploadClientImportFile(db: Db, actor: Actor, input: z.input<typeof uploadClientImportFileInput>, clock: Clock = systemClock): Promise<PlanView> {
  authorize(actor, 'clients:import');
  const request = parseInput(uploadClientImportFileInput, input);
  const format = formatOfContent(request.content);
  const table = await readImportFile(request.content, format);
  return db.transaction().execute(async (trx) => {
    const now = clock();
    await trx.deleteFrom('client_import_files').where('agency_id', '=', actor.agencyId).where('created_at', '<', filesExpireBefore(now)).execute();
    const file = await trx
      .insertInto('client_import_files')
      .values({ agency_id: actor.agencyId, file_name: request.fileName, format, content: request.content, created_by: actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return planOf(trx, actor.agencyId, { fileId: file.id }, { table, fileName: request.fileName, format });
  });
}
