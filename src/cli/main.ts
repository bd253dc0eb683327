#!/usr/bin/env node
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { isDomainError } from '../platform/errors.js';
import type { Actor } from '../identity/domain/index.js';
import { connect, describeTarget, migrate, pendingMigrations, targetFromEnv } from '../platform/db/connect.js';
import type { Db } from '../platform/db/database.js';
import { readBoard } from '../pipeline/index.js';
import { createAgency, createOperator } from '../identity/index.js';
import { DEMO_LOGIN, seedDemo, type SeedStep } from '../demo/index.js';
import { buildApp, parseTrustProxy } from '../server/index.js';
import { notifyNewJobsJob } from '../tasks/index.js';
import { moveWhenJobsClosedJob } from '../pipeline/index.js';
import { runJobNow, runJobs, startJobScheduler } from '../platform/jobs/run-jobs.js';
import { relayEvents } from '../platform/events/postgres-relay.js';
import { IMPORT_KINDS, importRecords, isImportKind } from '../discovery/index.js';
import { formatOf, readRecords } from '../discovery/index.js';
import { JOBS } from '../server/index.js';
import { formatBoard } from './board-text.js';
import { installAutomation } from '../automation/index.js';

// Trigger rules run in the transaction of every activity this process appends (imports, jobs, serve): docs/automation.md.
installAutomation();

/**
 * Opens the configured database, runs `work`, closes it. Only `migrate`,
 * `serve --migrate` and the demo commands change the schema (`'migrate'`);
 * every other command refuses a schema that is behind (`'current'`), so a
 * production database is migrated when its operator says so.
 */
async function withDatabase<T>(schema: 'migrate' | 'current', work: (db: Db) => Promise<T>): Promise<T> {
  const db = await connect(targetFromEnv());
  try {
    if (schema === 'migrate') await migrate(db);
    else await assertSchemaCurrent(db);
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function assertSchemaCurrent(db: Db): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return;
  throw new Error(
    `the database schema is behind this version of clientpipe (${pending.length} migration${pending.length === 1 ? '' : 's'} to run, from ${pending[0]}): run \`clientpipe migrate\` first, or \`clientpipe serve --migrate\``,
  );
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
}

const SEED_STEPS: Record<SeedStep, string> = {
  companies: 'Market: companies      ',
  jobs: 'Market: jobs           ',
  'decision-makers': 'Market: decision makers',
  pipeline: 'Demo agency pipeline   ',
  dossiers: 'Leads & opportunities  ',
};

async function seedWithProgress(db: Db, options: { companies: number; market: number; seed: number }) {
  const bar = new cliProgress.SingleBar({ format: '{step} [{bar}] {value}/{total}', hideCursor: true, noTTYOutput: false }, cliProgress.Presets.shades_classic);
  let current: SeedStep | undefined;
  try {
    return await seedDemo(db, {
      ...options,
      onProgress: (step, done, total) => {
        if (step !== current) {
          if (current) bar.stop();
          current = step;
          bar.start(total, 0, { step: SEED_STEPS[step] });
        }
        bar.update(done);
      },
    });
  } finally {
    bar.stop();
  }
}

async function demoActor(db: Db, email: string): Promise<Actor> {
  const user = await db.selectFrom('users').select(['agency_id', 'id', 'role']).where('email', '=', email.toLowerCase()).executeTakeFirst();
  if (!user) throw new Error(`No user with e-mail ${email}. Run \`clientpipe seed-demo\` first.`);
  return { agencyId: user.agency_id, userId: user.id, role: user.role };
}

const program = new Command()
  .name('clientpipe')
  .description('Client-pipeline CRM for recruitment agencies')
  .showHelpAfterError();

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(async () => {
    const db = await connect(targetFromEnv());
    try {
      const { results = [] } = await migrate(db);
      const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
    } finally {
      await db.destroy();
    }
  });

program
  .command('agency')
  .description('manage agencies')
  .command('create')
  .description('create an agency with its first admin; prints the new ids as JSON')
  .requiredOption('--name <name>', 'agency name')
  .requiredOption('--admin-email <email>', 'e-mail of the first admin')
  .requiredOption('--admin-password <password>', 'password of the first admin')
  .option('--admin-name <name>', 'display name of the first admin')
  .action(async (options: { name: string; adminEmail: string; adminPassword: string; adminName?: string }) => {
    const created = await withDatabase('current', (db) => createAgency(db, options));
    console.log(JSON.stringify(created, null, 2));
  });

program
  .command('operator')
  .description('manage platform operators, who import the shared company data (no agency user can)')
  .command('create')
  .description('create a platform operator (in the platform agency, which owns no pipeline data); prints the ids as JSON')
  .requiredOption('--email <email>', 'login e-mail')
  .requiredOption('--password <password>', 'password')
  .option('--name <name>', 'display name')
  .action(async (options: { email: string; password: string; name?: string }) => {
    const created = await withDatabase('current', (db) => createOperator(db, options));
    console.log(JSON.stringify(created, null, 2));
  });

program
  .command('seed-demo')
  .description(`create the demo agency (${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}) unless it exists`)
  .option('--companies <n>', 'companies the demo agency follows', positiveInt, 300)
  .option('--market <n>', 'shared companies in the market, with two years of jobs and their decision makers', positiveInt, 3000)
  .option('--seed <n>', 'random seed', positiveInt, 2026)
  .action(async (options: { companies: number; market: number; seed: number }) => {
    const result = await withDatabase('migrate', (db) => seedWithProgress(db, options));
    console.log(result.created ? `Demo agency created with ${result.companies} companies.` : 'Demo agency already exists.');
  });

program
  .command('board')
  .description("print a user's pipeline board as text")
  .option('--email <email>', 'whose agency', DEMO_LOGIN.email)
  .option('--lang <lang>', 'nl or en', 'nl')
  .action(async (options: { email: string; lang: string }) => {
    const locale = options.lang === 'en' ? 'en' : 'nl';
    await withDatabase('current', async (db) => {
      const { columns } = await readBoard(db, await demoActor(db, options.email), { limitPerColumn: 5 });
      console.log(formatBoard(columns, locale, new Date()));
    });
  });

program
  .command('import')
  .description('import shared companies, jobs or decision makers from a CSV or JSON Lines file (see docs/import.md)')
  .argument('<kind>', IMPORT_KINDS.join(', '))
  .argument('<file>', 'a .csv or .jsonl file')
  .option('--format <format>', 'csv or jsonl (default: from the file name)')
  .action(async (kind: string, file: string, options: { format?: string }) => {
    if (!isImportKind(kind)) throw new Error(`cannot import '${kind}': choose ${IMPORT_KINDS.join(', ')}`);
    const format = options.format ?? formatOf(file);
    if (format !== 'csv' && format !== 'jsonl') throw new Error(`cannot tell the format of ${file}: name it .csv or .jsonl, or pass --format`);
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
    const bar = new cliProgress.SingleBar({ format: `Importing ${kind} [{bar}] {percentage}% · {rows} rows`, hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(statSync(file).size, 0, { rows: 0 });
    const { summary, notified } = await withDatabase('current', async (db) => {
      const summary = await importRecords(db, kind, readRecords(createReadStream(file), format, (bytes) => bar.update(bytes)), ({ phase, summary, companies }) => {
        if (phase === 'rows') bar.update({ rows: summary.inserted + summary.updated + summary.skipped + summary.rejected });
        else bar.update({ rows: `written; hiring facts of ${companies!.done}/${companies!.total} companies` });
      });
      // New jobs notify the agencies that follow their companies now, not at the next scheduled run.
      const outcome = kind === 'jobs' && summary.inserted > 0 ? await runJobNow(db, notifyNewJobsJob) : null;
      // Closed jobs may leave clients without an open one: they move on now too (Active → Dormant).
      if (kind === 'jobs' && summary.inserted + summary.updated > 0) await runJobNow(db, moveWhenJobsClosedJob);
      return { summary, notified: outcome?.status === 'ran' ? (outcome.result.notifications ?? 0) : 0 };
    }).finally(() => bar.stop());
    console.log(`inserted ${summary.inserted}, updated ${summary.updated}, skipped ${summary.skipped}, rejected ${summary.rejected}`);
    if (notified > 0) console.log(`new-job notifications: ${notified}`);
    // The first rejected rows by line (the import keeps 100), then how many there were of each kind.
    for (const { line, reason } of summary.rejectedRows) console.error(`line ${line}: ${reason}`);
    if (summary.rejected > summary.rejectedRows.length) {
      const byCode = Object.entries(summary.rejectedByCode).map(([code, rows]) => `${code} ${rows}`).join(', ');
      console.error(`… and ${summary.rejected - summary.rejectedRows.length} more rejected rows (rows per code: ${byCode})`);
    }
    if (summary.rejected > 0) process.exitCode = 2;
  });

/**
 * Several instances may serve one PostgreSQL database: this process's
 * events (live updates, caches forgetting) reach the others over
 * LISTEN/NOTIFY. On PGlite there is only this process. Returns the stop.
 */
async function relayFromEnv(onError: (error: Error) => void): Promise<() => Promise<void>> {
  const target = targetFromEnv();
  return target.kind === 'postgres' ? relayEvents(target.url, onError) : async () => undefined;
}

/** Serves the API until SIGINT/SIGTERM, then closes the server and the database. */
async function serve(db: Db, port: number, host: string, onListening: (url: string) => void) {
  const webRoot = join(import.meta.dirname, '..', '..', 'web');
  const app = await buildApp({
    db,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
    publicOrigin: process.env.PUBLIC_ORIGIN || undefined,
    webRoot: existsSync(join(webRoot, 'index.html')) ? webRoot : undefined,
  });
  const stopRelay = await relayFromEnv((error) => app.log.warn({ err: error }, 'event relay'));
  await app.listen({ port, host });
  // Periodic jobs (src/jobs) run in the server process; the advisory lock keeps instances from doubling them.
  const stopJobs = startJobScheduler(db, JOBS, (error) => app.log.error({ err: error }, 'periodic job failed'));
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  onListening(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await stopJobs();
  await app.close();
  await stopRelay();
}

program
  .command('jobs')
  .description('periodic jobs (they also run inside `serve`)')
  .command('run')
  .description('run every periodic job once now, whether due or not')
  .option('--now <iso>', 'run them as if it were this moment (ISO 8601), e.g. to see time-based trigger rules fire in a test (docs/automation.md)', isoMoment)
  .action(async (options: { now?: Date }) => {
    const now = options.now;
    const outcomes = await withDatabase('current', async (db) => {
      // The notifications the jobs make reach the serving instances' streams.
      const stopRelay = await relayFromEnv((error) => console.error(`event relay: ${error.message}`));
      try {
        return await runJobs(db, { jobs: JOBS, force: true, ...(now ? { clock: () => new Date(now.getTime()) } : {}) });
      } finally {
        await stopRelay();
      }
    });
    for (const outcome of outcomes) {
      const detail = outcome.status === 'ran' ? Object.entries(outcome.result).map(([key, value]) => `${key} ${value}`).join(', ') : outcome.status;
      console.log(`${outcome.name}: ${detail}`);
    }
  });

/** A moment given on the command line (ISO 8601). */
function isoMoment(value: string): Date {
  const moment = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(moment.getTime())) throw new InvalidArgumentError('must be an ISO 8601 moment, e.g. 2027-01-15T09:00:00Z');
  return moment;
}

const listenOptions = (command: Command) =>
  command
    .option('--port <port>', 'port to listen on (PORT)', positiveInt, Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'address to listen on (HOST)', process.env.HOST ?? '127.0.0.1');

listenOptions(program.command('serve').description('serve the web app and the HTTP API; never creates data'))
  .option('--migrate', 'bring the schema up to date first (otherwise a schema that is behind is refused)')
  .action(async (options: { port: number; host: string; migrate?: boolean }) => {
    console.log(`Database: ${describeTarget(targetFromEnv())}`);
    await withDatabase(options.migrate ? 'migrate' : 'current', (db) => serve(db, options.port, options.host, (url) => console.log(`clientpipe API on ${url}/api/docs`)));
  });

listenOptions(program.command('start').description('what `npm start` runs: migrate, seed the demo agency once (embedded database, or --demo), serve'))
  .option('--demo', 'seed the demo agency (known passwords) also into the PostgreSQL database DATABASE_URL names')
  .action(async (options: { port: number; host: string; demo?: boolean }) => {
    const target = targetFromEnv();
    // The demo's logins are public knowledge: never put them into a server database unasked.
    if (target.kind === 'postgres' && !options.demo) {
      throw new Error(
        `start seeds a demo agency with known passwords (${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}) and DATABASE_URL names a server database, so nothing was done. ` +
          'For a demo on that database: `npm start -- --demo`. To serve it in production: `clientpipe migrate`, then `clientpipe serve`.',
      );
    }
    console.log(`Database: ${describeTarget(target)}`);
    await withDatabase('migrate', async (db) => {
      const seeded = await seedWithProgress(db, { companies: 300, market: 3000, seed: 2026 });
      if (!seeded.created) console.log('Demo agency found.');
      await serve(db, options.port, options.host, (url) => {
        console.log(`\nclientpipe is running on ${url}`);
        console.log(`API reference: ${url}/api/docs`);
        console.log(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`);
      });
    });
  });

program.parseAsync().catch((error: unknown) => {
  if (isDomainError(error)) {
    console.error(`error: ${error.message}`);
    if (error.code === 'INVALID_TRANSITION') console.error(`allowed: ${error.data.allowed.join(', ')}`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
