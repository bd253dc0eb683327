import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate } from '../src/platform/db/connect.js';
import type { Db } from '../src/platform/db/database.js';
import { followCompany } from '../src/clients/index.js';
import { createGlobalCompany, createTestAgency, type TestAgency } from './support/fixtures.js';
import { createTestDatabase, TEST_DATABASE_URL } from './support/databases.js';
import { bearer } from './http/support.js';
import { CLI, startServe, stopProcess } from './support/serve.js';

/*
 * Several app instances on one PostgreSQL database, behind a real load
 * balancer (nginx, round robin), as SPEC R11.1 asks: what one instance
 * changes reaches the live streams and the caches of the others. Each
 * instance is a `clientpipe serve` process of the built app.
 *
 * Events cross instances in the order they were sent (one connection
 * each, LISTEN/NOTIFY), so a test that needs "instance 1 has heard what
 * instance 2 did" waits for a later change of instance 2 to arrive on a
 * stream of instance 1: no sleeping, no timing.
 */
/** A running `clientpipe serve`: its address and process (test/support/serve.ts). */
type Instance = Awaited<ReturnType<typeof startServe>>;

/** A port nobody listens on now (nginx cannot be given port 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** nginx in front of the instances, round robin, configured as a plain reverse proxy. */
async function startBalancer(instances: Instance[]): Promise<{ url: string; process: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-nginx-'));
  const port = await freePort();
  const upstreams = instances.map((instance) => `server ${new URL(instance.url).host};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream clientpipe { ${upstreams} }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://clientpipe;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For $remote_addr;
      # No proxy_buffering off: the event stream asks nginx not to buffer it (X-Accel-Buffering).
      proxy_read_timeout 1h;
    }
  }
}
`,
  );
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    if ((await fetch(`${url}/api/health`).catch(() => undefined))?.ok) return { url, process: child, dir };
    if (attempt > 100) throw new Error('nginx did not come up');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface LiveEvent {
  event: string;
  data: Record<string, unknown>;
}

/** A live stream (GET /api/events) read as it arrives. */
async function openStream(url: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/events`, { headers, signal: abort.signal });
  expect(response.status).toBe(200);
  const events: LiveEvent[] = [];
  const waiters = new Set<() => void>();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // Closed by the test.
    }
  })();
  return {
    events,
    /** The first event `match` accepts, once it has arrived (a missing one fails the test by its timeout). */
    async next(match: (event: LiveEvent) => boolean): Promise<LiveEvent> {
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
        });
      }
    },
    close: () => abort.abort(),
  };
}

describe.runIf(TEST_DATABASE_URL)('several instances behind a load balancer (PostgreSQL, nginx)', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let agency: TestAgency;
  let admin: Record<string, string>;
  let recruiter: Record<string, string>;
  const instances: Instance[] = [];
  let balancer: { url: string; process: ChildProcess; dir: string } | undefined;
  const companies: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('Build first: npm run build (npm test does this).');
    database = await createTestDatabase(TEST_DATABASE_URL!);
    db = await connect({ kind: 'postgres', url: database.url, poolSize: 2 });
    await migrate(db);
    agency = await createTestAgency(db, 'Twee servers');
    admin = await bearer(db, agency.admin);
    recruiter = await bearer(db, agency.recruiter);
    for (let i = 0; i < 8; i++) companies.push((await followCompany(db, agency.admin, { globalCompanyId: await createGlobalCompany(db) })).company.id);
    instances.push(...(await Promise.all([startServe({ DATABASE_URL: database.url, TRUST_PROXY: '1' }), startServe({ DATABASE_URL: database.url, TRUST_PROXY: '1' })])));
    balancer = await startBalancer(instances);
  });

  afterAll(async () => {
    if (balancer) await stopProcess(balancer.process);
    if (balancer) rmSync(balancer.dir, { recursive: true, force: true });
    await Promise.all(instances.map((instance) => stopProcess(instance.server)));
    await db?.destroy();
    await database?.drop();
  });

  const json = () => ({ ...admin, 'content-type': 'application/json' });
  const move = (url: string, companyId: string, status: string) =>
    fetch(`${url}/api/companies/${companyId}/status`, { method: 'POST', headers: json(), body: JSON.stringify({ status }) });
  const statusOf = async (url: string, companyId: string, headers = admin) => {
    const board = (await (await fetch(`${url}/api/board`, { headers })).json()) as { columns: { key: string; cards: { id: string }[] }[] };
    return board.columns.find((column) => column.cards.some((card) => card.id === companyId))?.key;
  };
  const changed = (companyId: string, kind = 'status_changed') => (event: LiveEvent) => event.event === 'company' && event.data.companyId === companyId && event.data.kind === kind;

  it('passes every change made through the balancer to a live stream opened through it, whichever instance took it', async () => {
    const stream = await openStream(balancer!.url, admin);
    try {
      // Round robin: the four moves land on both instances, and the stream is on one of them.
      for (const companyId of companies.slice(0, 4)) expect((await move(balancer!.url, companyId, 'contacted')).status).toBe(200);
      for (const companyId of companies.slice(0, 4)) await stream.next(changed(companyId));
    } finally {
      stream.close();
    }
  });

  it('shows a move made on one instance on the board the other had just served', async () => {
    const [one, two] = instances;
    const companyId = companies[4]!;
    expect(await statusOf(one!.url, companyId)).toBe('prospect'); // now in instance 1's board cache
    const stream = await openStream(one!.url, admin);
    try {
      expect((await move(two!.url, companyId, 'contacted')).status).toBe(200);
      await stream.next(changed(companyId));
      // The event and the cache's forgetting arrive together: the board the browser now asks for is fresh.
      expect(await statusOf(one!.url, companyId)).toBe('contacted');
    } finally {
      stream.close();
    }
  });

  it('ends a deactivated user\'s access on the other instance at once', async () => {
    const [one, two] = instances;
    expect((await fetch(`${one!.url}/api/me`, { headers: recruiter })).status).toBe(200); // cached on instance 1
    const stream = await openStream(one!.url, admin);
    try {
      expect((await fetch(`${two!.url}/api/users/${agency.recruiter.userId}/deactivate`, { method: 'POST', headers: admin })).status).toBe(204);
      // A later change from instance 2, heard on instance 1: the deactivation (sent before it) has been heard too.
      expect((await move(two!.url, companies[5]!, 'contacted')).status).toBe(200);
      await stream.next(changed(companies[5]!));
      expect((await fetch(`${one!.url}/api/me`, { headers: recruiter })).status).toBe(401);
    } finally {
      stream.close();
    }
  });

  it('applies a trigger rule saved on one instance to the next move on the other', async () => {
    const [one, two] = instances;
    // A move through instance 1 first: it holds the agency's rules (none) in memory now.
    expect((await move(one!.url, companies[6]!, 'contacted')).status).toBe(200);
    const group = (await (await fetch(`${two!.url}/api/groups`, { method: 'POST', headers: json(), body: JSON.stringify({ name: 'Warm' }) })).json()) as { id: string };
    const rule = await fetch(`${two!.url}/api/triggers`, {
      method: 'POST',
      headers: json(),
      body: JSON.stringify({ name: 'Gesprek → Warm', pipelineKind: 'clients', event: { type: 'stage_changed', stage: 'meeting' }, actions: [{ type: 'add_to_group', groupId: group.id }] }),
    });
    expect(rule.status).toBe(201);
    const stream = await openStream(one!.url, admin);
    try {
      expect((await move(two!.url, companies[7]!, 'contacted')).status).toBe(200);
      await stream.next(changed(companies[7]!));
      expect((await move(one!.url, companies[6]!, 'meeting')).status).toBe(200);
      const groups = (await (await fetch(`${one!.url}/api/companies/${companies[6]}/groups`, { headers: admin })).json()) as { items: { id: string }[] };
      expect(groups.items.map((item) => item.id)).toEqual([group.id]);
    } finally {
      stream.close();
    }
  });
});
