/**
 * Migration-import throughput (issue 13): a generated Pipedrive
 * organisations-and-deals export (`;`-separated, BOM, quoted commas, Dutch
 * names; about two deals and persons per organisation, open, won and lost
 * deals with reasons, owners by name and e-mail) imported through the
 * client-import use cases — upload (read and plan), then the run (each
 * organisation followed and placed through the stage writer, its contacts
 * and source keys) — into a fresh database. Rows per second count the
 * file's lines from the upload to the end of the run.
 *
 * PGlite always (a fresh data directory); PostgreSQL in a throwaway
 * database on BENCH_DATABASE_URL's server (default
 * postgres://postgres@127.0.0.1:5432/postgres) when it can be reached.
 *
 *   node dist/bench/client-import-figures.js [--smoke]      prints the figures as JSON
 *
 * bench/import.ts calls measureClientImport for its report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect, migrate } from '../src/platform/db/connect.js';
import type { Db } from '../src/platform/db/database.js';
import { createAgency } from '../src/identity/index.js';
import { runClientImport, uploadClientImportFile } from '../src/client-import/index.js';
import { log, withThrowawayDatabase } from './support/market-load.js';

const OWNERS = [
  ['Sanne de Vries', 'sanne@bench-bureau.nl'],
  ['Pieter Jansen', 'pieter@bench-bureau.nl'],
  ['Zoë Bakker', 'zoe@bench-bureau.nl'],
  ['Daan van ’t Hof', 'daan@bench-bureau.nl'],
] as const;
const STAGES = ['Lead In', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'];
const REASONS = ['Budget bevroren (vacaturestop)', 'Kiest voor ander bureau, goedkoper', 'Geen reactie na drie mails', 'Fees te hoog', 'Verhuisd'];
const PLACES = ['3511 AB Utrecht', '1012 JS Amsterdam', '3011 AB Rotterdam', '9711 LV Groningen', '5611 AZ Eindhoven', "5211 AA 's-Hertogenbosch"];
const KINDS = ['Bouwbedrijf', 'Café', 'Zorggroep', 'Installatiebedrijf', 'Transport', 'Bakkerij', 'Technisch Bureau'];

/** A Pipedrive export of `rows` deal lines, two per organisation (the last may be alone); the same `rows` give the same file. */
export function pipedriveExport(rows: number): Buffer {
  const header = 'Organization - Name;Organization - Address;Deal - Title;Deal - Stage;Deal - Status;Deal - Lost reason;Deal - Owner;Deal - Value;Deal - Expected close date;Person - Name;Person - Email (Work)';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const org = Math.floor(i / 2);
    const name = `${KINDS[org % KINDS.length]} ${org % 3 === 0 ? `Van 't Hek ${org}` : `Zoë ${org}, Zonen & Co`}`;
    const status = i % 10 === 9 ? 'lost' : i % 10 === 8 ? 'won' : 'open';
    const [ownerName, ownerEmail] = OWNERS[i % OWNERS.length]!;
    const owner = i % 2 === 0 ? ownerName : ownerEmail;
    const value = i % 3 === 0 ? `"€ ${(1000 + (i % 50) * 250).toLocaleString('nl-NL')},50"` : String(1000 + (i % 40) * 100);
    const close = i % 4 === 0 ? '' : `${1 + (i % 28)}-${1 + (i % 12)}-2027`;
    lines.push(
      [
        `"${name.replace(/"/g, '""')}"`,
        `"Stationsstraat ${1 + (org % 200)}, ${PLACES[org % PLACES.length]}, Nederland"`,
        `Werving ${i}`,
        STAGES[i % STAGES.length],
        status,
        status === 'lost' ? `"${REASONS[i % REASONS.length]}"` : '',
        owner,
        value,
        close,
        `Persoon ${i} de Groot`,
        `persoon${i}@org${org}.nl`,
      ].join(';'),
    );
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`)]);
}

/** Seconds to upload and run the file into a fresh agency of `db` (with the owners as users). */
async function importInto(db: Db, content: Buffer): Promise<{ seconds: number; created: number }> {
  const agency = await createAgency(db, { name: 'Benchbureau', adminEmail: `admin-${Date.now()}@bench-bureau.nl`, adminName: 'Admin', adminPassword: 'bench-wachtwoord-lang-genoeg' });
  const passwordHash = (await db.selectFrom('users').select('password_hash').where('id', '=', agency.adminUserId).executeTakeFirstOrThrow()).password_hash;
  for (const [name, email] of OWNERS) await db.insertInto('users').values({ agency_id: agency.agencyId, email, name, password_hash: passwordHash, role: 'recruiter', branch_id: null }).execute();
  const actor = { agencyId: agency.agencyId, userId: agency.adminUserId, role: 'admin' as const };
  const begin = performance.now();
  const plan = await uploadClientImportFile(db, actor, { fileName: 'pipedrive.csv', content });
  const batch = await runClientImport(db, actor, { fileId: plan.fileId });
  const seconds = (performance.now() - begin) / 1000;
  if (batch.status !== 'done') throw new Error(`the bench import ended ${batch.status}`);
  return { seconds, created: batch.counts.created };
}

/** Rows per second of the migration import on PostgreSQL (when reachable) and on PGlite; 10,000 rows, or 200 with `smoke`. */
export async function measureClientImport(options: { smoke: boolean }): Promise<Record<string, number>> {
  const rows = options.smoke ? 200 : 10_000;
  const content = pipedriveExport(rows);
  const figures: Record<string, number> = { client_import_rows: rows };

  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-client-import-'));
  try {
    const db = await connect({ kind: 'pglite', dataDir: dir });
    try {
      await migrate(db);
      const { seconds, created } = await importInto(db, content);
      figures.client_import_rows_per_s_pglite = Math.round(rows / seconds);
      figures.client_import_seconds_pglite = Math.round(seconds * 10) / 10;
      log(`client import, PGlite: ${rows} rows (${created} organisations) in ${seconds.toFixed(1)} s`);
    } finally {
      await db.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  try {
    await withThrowawayDatabase(async (url) => {
      const db = await connect({ kind: 'postgres', url, poolSize: 2 });
      try {
        await migrate(db);
        const { seconds, created } = await importInto(db, content);
        figures.client_import_rows_per_s_postgres = Math.round(rows / seconds);
        figures.client_import_seconds_postgres = Math.round(seconds * 10) / 10;
        log(`client import, PostgreSQL: ${rows} rows (${created} organisations) in ${seconds.toFixed(1)} s`);
      } finally {
        await db.destroy();
      }
    });
  } catch (error) {
    log(`client import, PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureClientImport({ smoke: process.argv.includes('--smoke') }), null, 2));
}
