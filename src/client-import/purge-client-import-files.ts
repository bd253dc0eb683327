import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { filesExpireBefore } from './domain/index.js';

/**
 * Deletes the uploaded import files of every agency that are older than a
 * day (domain/kept-files.ts), in one statement: an agency that uploads
 * nothing more keeps none of its exports longer than that. Batches keep
 * only the file's name, so no run needs the file after its start.
 * Idempotent: a second run finds nothing. Returns how many it deleted.
 */
export async function purgeClientImportFiles(db: Db, clock: Clock = systemClock): Promise<number> {
  const result = await db.deleteFrom('client_import_files').where('created_at', '<', filesExpireBefore(clock())).executeTakeFirst();
  return Number(result.numDeletedRows);
}
