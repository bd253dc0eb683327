import type { Readable } from 'node:stream';
import { z } from 'zod';
import { systemClock, type Clock } from '../../platform/clock.js';
import type { Actor } from '../../identity/domain/index.js';
import type { Db } from '../../platform/db/database.js';
import { authorize } from '../../identity/index.js';
import { parseInput } from '../../platform/input/input.js';
import { IMPORT_KINDS, importRecords, type ImportProgress, type ImportSummary } from './import-records.js';
import { readRecords } from './read-records.js';

export const startImportInput = z.object({ kind: z.enum(IMPORT_KINDS), format: z.enum(['csv', 'jsonl']) }).strict();

/**
 * An import of shared data by the platform operator (SPEC R5.6; no agency role may). Checks who asks and
 * what before anything is read, so the caller can refuse the upload up
 * front; the returned function then streams the file in.
 */
export function startImport(
  db: Db,
  actor: Actor,
  input: z.input<typeof startImportInput>,
  clock: Clock = systemClock,
): (file: Readable, onProgress?: (progress: ImportProgress) => void, onBytes?: (bytes: number) => void) => Promise<ImportSummary> {
  authorize(actor, 'data:import');
  const { kind, format } = parseInput(startImportInput, input);
  return (file, onProgress, onBytes) => importRecords(db, kind, readRecords(file, format, onBytes), onProgress, clock);
}
