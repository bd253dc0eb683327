import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgency } from '../../src/identity/create-agency.js';
import { buildApp } from '../../src/server/app.js';
import { parseTrustProxy } from '../../src/server/trust-proxy.js';
import { describeEachDatabase } from '../support/databases.js';
import { expectProblem } from './support.js';

const PASSWORD = 'een-lang-en-juist-wachtwoord';

/*
 * Attempts are counted when they start, before the password is hashed, so
 * concurrent guesses cannot all reach the hash. The app runs on a clock the
 * test moves, so waiting out a delay needs no sleep.
 */
describeEachDatabase('HTTP login throttling', (ctx) => {
  let now = Date.parse('2026-03-02T09:00:00Z');
  const clock = () => new Date(now);
  let app: FastifyInstance;
  let proxied: FastifyInstance;
  let accounts = 0;
  beforeAll(async () => {
    app = await buildApp({ db: ctx.db, clock });
    proxied = await buildApp({ db: ctx.db, clock, trustProxy: parseTrustProxy('true') });
  });
  afterAll(async () => {
    await app?.close();
    await proxied?.close();
  });

  async function newAccount(): Promise<string> {
    accounts += 1;
    const email = `throttled-${accounts}-${ctx.database.name}@bureau.example`;
    await createAgency(ctx.db, { name: `Throttled ${accounts}`, adminEmail: email, adminPassword: PASSWORD });
    return email;
  }
  const login = (email: string, password: string, remoteAddress: string, headers: Record<string, string> = {}, on = app) =>
    on.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress, headers });
  const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

  it('answers most of 45 concurrent wrong-password logins for one account with 429 before hashing', async () => {
    const email = await newAccount();
    const responses = await Promise.all(Array.from({ length: 45 }, () => login(email, 'fout-fout-fout', '192.0.2.10')));
    const counts = statuses(responses);
    expect(counts.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(counts.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40);
    const limited = responses.find((r) => r.statusCode === 429)!;
    expectProblem(limited, 429, 'rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('slows an attacker behind the owner\'s own address with short delays instead of locking the owner out', async () => {
    const email = await newAccount();
    // The attacker guesses as fast as the server allows, waiting out each Retry-After.
    for (let guess = 0; guess < 10; guess++) {
      const response = await login(email, `fout-${guess}`, '192.0.2.20');
      if (response.statusCode === 429) {
        const wait = Number(response.headers['retry-after']);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(60);
        now += wait * 1000;
      } else {
        expect(response.statusCode).toBe(401);
      }
    }
    // The owner, behind the same address, waits at most a minute and is let in.
    let owner = await login(email, PASSWORD, '192.0.2.20');
    if (owner.statusCode === 429) {
      const wait = Number(owner.headers['retry-after']);
      expect(wait).toBeLessThanOrEqual(60);
      now += wait * 1000;
      owner = await login(email, PASSWORD, '192.0.2.20');
    }
    expect(owner.statusCode, owner.body).toBe(200);
  });

  it('throttles one account guessed from many addresses, but not its owner at an address they logged in from', async () => {
    const email = await newAccount();
    expect((await login(email, PASSWORD, '198.51.100.1')).statusCode).toBe(200);
    const responses = await Promise.all(Array.from({ length: 16 }, (_, i) => login(email, 'fout-fout-fout', `203.0.113.${i + 1}`)));
    expect(statuses(responses).filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expectProblem(await login(email, PASSWORD, '203.0.113.200'), 429, 'rate-limited');
    expect((await login(email, PASSWORD, '198.51.100.1')).statusCode).toBe(200);
  });

  it('with TRUST_PROXY=true trusts one proxy hop: a forged X-Forwarded-For gets no fresh budget', async () => {
    const email = await newAccount();
    const responses = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        // The client forges the first entry; the proxy (127.0.0.2) appends the address it saw.
        login(email, 'fout-fout-fout', '127.0.0.2', { 'x-forwarded-for': `198.51.100.${i + 10}, 192.0.2.30` }, proxied),
      ),
    );
    expect(statuses(responses).filter((s) => s === 401).length).toBeLessThanOrEqual(5);
  });

  it('limits login attempts per address across accounts', async () => {
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => login(`nobody-${i}-${ctx.database.name}@bureau.example`, 'fout-fout-fout', '192.0.2.40')),
    );
    const counts = statuses(responses);
    expect(counts.filter((s) => s === 401).length).toBe(20);
    const limited = responses.find((r) => r.statusCode === 429)!;
    expectProblem(limited, 429, 'rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expectProblem(await login('nobody@bureau.example', 'fout-fout-fout', '192.0.2.41'), 401, 'unauthorized');
  });
});
