import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestAgency, type TestAgency } from '../support/fixtures.js';
import { sessionHeaders } from './operations.js';
import { expectProblem } from './support.js';

/*
 * A cookie-authenticated write must come from the site's configured public
 * origin. The request's Host header is the client's to choose, so it proves
 * nothing: a page on evil.example that reaches the server under that name
 * (DNS rebinding, a proxy passing Host on) would otherwise pass.
 */
describeEachDatabase('HTTP origin check', (ctx) => {
  let agency: TestAgency;
  let configured: FastifyInstance;
  let listening: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    agency = await createTestAgency(ctx.db, 'Origin');
    configured = await buildApp({ db: ctx.db, publicOrigin: 'https://crm.bureau.example' });
    listening = await buildApp({ db: ctx.db });
    await listening.listen({ port: 0, host: '127.0.0.1' });
    port = (listening.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await configured?.close();
    await listening?.close();
  });

  const write = async (app: FastifyInstance, headers: Record<string, string>) => {
    const { cookie } = await sessionHeaders(ctx.db, agency.recruiter);
    return app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie, ...headers } });
  };

  it('compares Origin with PUBLIC_ORIGIN, not with the Host header', async () => {
    expectProblem(await write(configured, { host: 'evil.example', origin: 'http://evil.example' }), 403, 'forbidden');
    expectProblem(await write(configured, { host: 'crm.bureau.example', origin: 'http://crm.bureau.example' }), 403, 'forbidden');
    expect((await write(configured, { host: 'internal:3000', origin: 'https://crm.bureau.example' })).statusCode).toBeLessThan(300);
    expect((await write(configured, { host: 'internal:3000', referer: 'https://crm.bureau.example/board' })).statusCode).toBeLessThan(300);
  });

  it('defaults to the address the server listens on (loopback by any of its names)', async () => {
    expectProblem(await write(listening, { host: 'evil.example', origin: 'http://evil.example' }), 403, 'forbidden');
    expectProblem(await write(listening, { host: '127.0.0.1:1', origin: 'http://127.0.0.1:1' }), 403, 'forbidden');
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await write(listening, { host: 'evil.example', origin })).statusCode, origin).toBeLessThan(300);
    }
  });
});
