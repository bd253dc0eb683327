/**
 * The HTTP API under load: autocannon against POST /api/companies/:id/status
 * and GET /api/board for an agency with 10,000 companies on PostgreSQL. The
 * status-change rate is compared with the service-level rate (changeStatus
 * called directly, as in bench/status-change) measured in the same run at
 * the same concurrency, so the ratio is what HTTP costs.
 *
 *   npm run bench:api              full run, writes bench/results/api.json
 *   npm run bench:api -- --smoke   short run on 2,000 companies, writes nothing (CI)
 *
 * The server runs as a child process (`clientpipe serve`), so autocannon
 * does not share its event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { connect } from '../src/platform/db/connect.js';
import { createApiToken } from '../src/identity/create-api-token.js';
import { readStatuses, round, seedBenchAgency, serviceRun, toggle, withFreshDatabase } from './support/pipeline.js';
import { report } from './support/results.js';

const smoke = process.argv.includes('--smoke');
const SECONDS = Number(process.env.BENCH_SECONDS ?? (smoke ? 2 : 10));
const COMPANIES = smoke ? 2_000 : 10_000;
const STATUS_CONNECTIONS = 8;
const BOARD_CONNECTIONS = 32;
const BOARD_WRITES_PER_S = 20;
const CLI = join(import.meta.dirname, '..', 'src', 'cli', 'main.js');

/** Starts `clientpipe serve` on a free port and resolves with its base URL. */
function startServer(databaseUrl: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API on (http:\/\/[^/\s]+)/.exec(output);
      if (match) resolve({ url: match[1]!, server });
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/** CPU time a process has used so far, in microseconds (Linux /proc; clock ticks are 1/100 s). */
function processCpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  console.log(`api bench: ${COMPANIES} companies, ${SECONDS} s per phase${smoke ? ' (smoke)' : ''}`);
  const figures = await withFreshDatabase(async (databaseUrl) => {
    const db = await connect({ kind: 'postgres', url: databaseUrl, poolSize: STATUS_CONNECTIONS });
    let server: ChildProcess | undefined;
    try {
      console.log('  seeding …');
      const actor = await seedBenchAgency(db, COMPANIES);
      const { token } = await createApiToken(db, actor, { name: 'bench' });
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

      console.log(`  service level, ${STATUS_CONNECTIONS} clients …`);
      await serviceRun(db, actor, { clients: STATUS_CONNECTIONS, seconds: 1 });
      const service = await serviceRun(db, actor, { clients: STATUS_CONNECTIONS, seconds: SECONDS });

      const started = await startServer(databaseUrl);
      server = started.server;
      const statuses = await readStatuses(db, actor);
      const toggling = [...statuses.keys()];
      let next = 0;
      const statusRequests: autocannon.Request[] = [
        {
          method: 'POST',
          setupRequest: (request) => {
            const id = toggling[next++ % toggling.length]!;
            const status = toggle(statuses.get(id));
            statuses.set(id, status);
            return { ...request, path: `/api/companies/${id}/status`, body: JSON.stringify({ status }) };
          },
        },
      ];
      console.log(`  HTTP status changes, ${STATUS_CONNECTIONS} connections …`);
      await run({ url: started.url, connections: STATUS_CONNECTIONS, duration: 1, headers, requests: statusRequests });
      const serverCpuBefore = processCpuMicros(server.pid!);
      const status = await run({ url: started.url, connections: STATUS_CONNECTIONS, duration: SECONDS, headers, requests: statusRequests });
      const serverCpuMicrosPerRequest = (processCpuMicros(server.pid!) - serverCpuBefore) / status.requests.total;

      console.log(`  HTTP board, ${BOARD_CONNECTIONS} connections …`);
      const boardOptions = { url: `${started.url}/api/board`, connections: BOARD_CONNECTIONS, headers };
      await run({ ...boardOptions, duration: 1 });
      const board = await run({ ...boardOptions, duration: SECONDS });
      // The board is cached per agency until a company changes; measure it again while
      // colleagues move cards BOARD_WRITES_PER_S times a second, so reads often recompute it.
      console.log(`  HTTP board while ${BOARD_WRITES_PER_S} status changes/s invalidate it …`);
      const [busyBoard] = await Promise.all([
        run({ ...boardOptions, duration: SECONDS }),
        run({ url: started.url, connections: 1, overallRate: BOARD_WRITES_PER_S, duration: SECONDS, headers, requests: statusRequests }),
      ]);

      return {
        service_status_per_s: round(service.perSecond),
        service_status_p99_ms: round(service.p99),
        http_status_per_s: round(status.requests.average),
        http_status_p50_ms: status.latency.p50,
        http_status_p99_ms: status.latency.p99,
        http_status_errors: status.errors + status.non2xx,
        ratio_http_to_service: round(status.requests.average / service.perSecond, 3),
        // Machine-independent view: Node CPU per status change, in the service-level run and in the server.
        service_cpu_us_per_change: round(service.cpuMicrosPerOp, 0),
        http_server_cpu_us_per_change: round(serverCpuMicrosPerRequest, 0),
        http_board_per_s: round(board.requests.average),
        http_board_p50_ms: board.latency.p50,
        http_board_p99_ms: board.latency.p99,
        http_board_errors: board.errors + board.non2xx + busyBoard.errors + busyBoard.non2xx,
        http_board_with_writes_per_s: round(busyBoard.requests.average),
        http_board_with_writes_p50_ms: busyBoard.latency.p50,
        http_board_with_writes_p99_ms: busyBoard.latency.p99,
        companies: COMPANIES,
      };
    } finally {
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server!.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      await db.destroy();
    }
  });

  report(
    'api',
    figures,
    [
      { figure: 'ratio_http_to_service', op: '>=', value: 0.7 },
      { figure: 'http_board_p99_ms', op: '<=', value: 50 },
      { figure: 'http_status_errors', op: '<=', value: 0 },
      { figure: 'http_board_errors', op: '<=', value: 0 },
    ],
    { write: !smoke },
  );
}

await main();
