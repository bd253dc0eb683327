import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/platform/db/connect.js';
import type { Db } from '../../src/platform/db/database.js';
import { buildApp } from '../../src/server/app.js';
import { expectProblem } from './support.js';

/** A built web app as Vite lays it out: index.html, hashed assets and their source maps. */
function fakeBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'clientpipe-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-Bx3_k9Qa.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(root, 'assets', 'index-Bx3_k9Qa.js'), `console.log(${JSON.stringify('clientpipe '.repeat(500))});\n`);
  writeFileSync(join(root, 'assets', 'index-Bx3_k9Qa.js.map'), '{"version":3,"sources":["../../web/src/main.tsx"],"mappings":""}');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return root;
}

describe('serving the web app', () => {
  let root: string;
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = fakeBuild();
    db = await connect({ kind: 'pglite' });
    app = await buildApp({ db, webRoot: root });
  });
  afterAll(async () => {
    await app?.close();
    await db?.destroy();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('sends security headers on pages and API answers alike', async () => {
    for (const url of ['/', '/api/health', '/api/board']) {
      const response = await get(url);
      const csp = response.headers['content-security-policy'] as string;
      expect(csp.split(';').map((d) => d.trim())).toEqual(
        expect.arrayContaining(["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"]),
      );
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'x-frame-options': 'DENY' });
    }
  });

  it('caches hashed assets for a year and revalidates index.html every time', async () => {
    const asset = await get('/assets/index-Bx3_k9Qa.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/favicon.svg', '/companies/3f1c0b0e-0000-4000-8000-000000000000']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves no source maps', async () => {
    expectProblem(await get('/assets/index-Bx3_k9Qa.js.map'), 404, 'not-found');
  });

  it('answers 404 for a missing file or API path, and the web app for any other page', async () => {
    for (const url of ['/assets/missing.js', '/assets/index-Bx3_k9Qa.css', '/robots.txt', '/api', '/api/nope', '/api/companies/x/nope']) {
      expectProblem(await get(url), 404, 'not-found');
    }
    for (const url of ['/companies/3f1c0b0e-0000-4000-8000-000000000000', '/no/such/page', '/dashboard?from=2026-01-01']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('<div id="root">');
    }
  });

  it('compresses what is worth compressing, and never takes compressed request bodies', async () => {
    const asset = await get('/assets/index-Bx3_k9Qa.js', { 'accept-encoding': 'gzip' });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.rawPayload).toString()).toContain('clientpipe clientpipe');
    const document = await get('/api/openapi.json', { 'accept-encoding': 'br, gzip' });
    expect(document.headers['content-encoding']).toBe('br');
    expect(document.headers.vary).toMatch(/accept-encoding/i);
    const tiny = await get('/api/health', { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    // A gzipped body is not inflated (a small upload could grow past every limit): it is just not JSON.
    const login = gzipSync(JSON.stringify({ email: 'nobody@example.test', password: 'wrong' }));
    const zipped = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, payload: login });
    expectProblem(zipped, 400, 'validation');
  });

  it('serves the API reference under the same policy', async () => {
    const docs = await get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
    expect(docs.body).toContain('swagger-ui-bundle.js');
    const initializer = await get('/api/docs/static/swagger-initializer.js');
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toContain('validatorUrl');
  });
});
