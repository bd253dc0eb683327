import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Actor } from '../../src/identity/domain/roles.js';
import type { Db } from '../../src/platform/db/database.js';
import { buildApp } from '../../src/server/app.js';
import { randomUUID } from 'node:crypto';
import { createOperator } from '../../src/identity/create-operator.js';
import { hashSecret, newSecret } from '../../src/identity/secrets.js';
import { describeEachDatabase, type TestDatabase } from '../support/databases.js';

export interface HttpContext {
  readonly db: Db;
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
}

/** A suite per test database with the app built on it; requests go through `app.inject`. */
export function describeApi(title: string, suite: (ctx: HttpContext) => void): void {
  describeEachDatabase(title, (dbCtx) => {
    let app: FastifyInstance | undefined;
    beforeAll(async () => {
      // app.inject sends Host localhost:80; cookie writes in the suites send this Origin.
      app = await buildApp({ db: dbCtx.db, publicOrigin: 'http://localhost:80' });
    });
    afterAll(async () => {
      await app?.close();
    });
    suite({
      get db() {
        return dbCtx.db;
      },
      get app() {
        if (!app) throw new Error('app not built yet');
        return app;
      },
      get database() {
        return dbCtx.database;
      },
    });
  });
}

/**
 * Authorization headers for an actor, through a real personal API token.
 * Stored as createApiToken would, straight in the table, so a suite needs
 * no session to get one.
 */
export async function bearer(db: Db, actor: Actor): Promise<Record<string, string>> {
  const token = newSecret('cpt');
  await db.insertInto('api_tokens').values({ agency_id: actor.agencyId, user_id: actor.userId, name: 'test', token_hash: hashSecret(token), created_at: new Date() }).execute();
  return { authorization: `Bearer ${token}` };
}

/**
 * Authorization headers of a new platform operator, the one role that
 * imports shared data. The token is stored here as createApiToken would
 * (minting one needs a session); it authenticates through the real token path.
 */
export async function operatorBearer(db: Db): Promise<Record<string, string>> {
  const { agencyId, userId } = await createOperator(db, { email: `operator-${randomUUID()}@platform.test`, password: 'operator-wachtwoord-2026' });
  const token = newSecret('cpt');
  await db.insertInto('api_tokens').values({ agency_id: agencyId, user_id: userId, name: 'operator', token_hash: hashSecret(token), created_at: new Date() }).execute();
  return { authorization: `Bearer ${token}` };
}

/** Asserts an RFC 9457 problem response with the given status and type slug. */
export function expectProblem(response: LightMyRequestResponse, status: number, type?: string): Record<string, unknown> {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  if (type) expect(body.type).toBe(`/problems/${type}`);
  return body;
}

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;
