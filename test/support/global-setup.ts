import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import type { TestProject } from 'vitest/node';
import { migrate, PGLITE_OPTIONS } from '../../src/platform/db/connect.js';
import type { Database } from '../../src/platform/db/database.js';
import { SerializedPGliteDialect } from '../../src/platform/db/pglite-dialect.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory (a tar file) every suite's PGlite starts from. */
    pgliteTemplate: string;
    /** Where the browser tests keep the demo seeded once per size (test/e2e/support.ts). */
    e2eTemplates: string;
  }
}

/**
 * Once per run: PGlite's start (initdb in WebAssembly) and the migrations
 * cost about three seconds, paid by every suite that opens a PGlite
 * (databases.ts). Here they are paid once; the suites load the migrated
 * data directory instead (about half a second) and still run the migrator,
 * which finds nothing to do. The browser tests' seeded demos live in the
 * same folder, removed with it after the run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const pglite = await PGlite.create(PGLITE_OPTIONS);
  const db = new Kysely<Database>({ dialect: new SerializedPGliteDialect(pglite) });
  await migrate(db);
  const dump = await pglite.dumpDataDir('none');
  await db.destroy();
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-pglite-template-'));
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  mkdirSync(join(dir, 'e2e'));
  project.provide('e2eTemplates', join(dir, 'e2e'));
  return () => rmSync(dir, { recursive: true, force: true });
}
