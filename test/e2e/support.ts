import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const SCREENSHOTS = join(ROOT, 'test', 'screenshots');

export interface RunningApp {
  url: string;
  browser: Browser;
  /** The platform operator's login, when asked for and the CLI can create one (`clientpipe operator create`). */
  operator: { email: string; password: string } | null;
  stop(): Promise<void>;
  /**
   * Stops the server, runs the CLI with `args` on its data directory (PGlite
   * has one process), and serves again; `url` is the new address.
   */
  restartAfter(args: string[]): Promise<void>;
}

const OPERATOR = { email: 'operator@clientpipe.local', password: 'Platform-beheer-e2e-2026!', name: 'Platformbeheer' };

export interface StartOptions {
  /** Shared data the platform operator imports with the CLI before the server starts (PGlite has one process). */
  imports?: { kind: 'companies' | 'jobs' | 'decision-makers'; file: string }[];
  /** Create a platform operator (who imports shared data in the web app) before the server starts. */
  operator?: boolean;
  /** Companies the demo agency follows (40 by default), and shared companies in the market (400, at least as many). */
  companies?: number;
  market?: number;
  /** Writes to the seeded data directory before the server starts (PGlite has one process), e.g. a second pipeline. */
  prepare?: (dataDir: string) => Promise<void>;
}

/**
 * The real thing: the built CLI seeds a demo agency into a PGlite
 * directory (a fresh copy of the run's seeded demo of that size) and serves
 * API and web app on a free port; Debian's Chromium drives it.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('Build first: npm run build (npm test does this).');
  const dataDir = mkdtempSync(join(tmpdir(), 'clientpipe-e2e-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const companies = options.companies ?? 40;
  const market = Math.max(options.market ?? 400, companies);
  cpSync(await seededDemo(companies, market, env), dataDir, { recursive: true });
  for (const { kind, file } of options.imports ?? []) await promisify(execFile)('node', [CLI, 'import', kind, file], { env });
  const operator = options.operator ? await createOperator(env) : null;
  await options.prepare?.(dataDir);
  let server = spawn('node', [CLI, 'serve', '--port', '0'], { env });
  const listening = (child: ChildProcess) =>
    new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /API on (http:\/\/[^/\s]+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
  const url = await listening(server);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const app: RunningApp = {
    url,
    browser,
    operator,
    async stop() {
      await browser.close();
      await stopProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
    async restartAfter(args) {
      await stopProcess(server);
      await promisify(execFile)('node', [CLI, ...args], { env });
      server = spawn('node', [CLI, 'serve', '--port', '0'], { env });
      app.url = await listening(server);
    },
  };
  return app;
}

/**
 * The demo seeded by the CLI at this size (about 15 s), once per test run:
 * the first app of a size seeds it into the run's template folder
 * (test/support/global-setup.ts makes and removes it) while the others,
 * in any worker, wait; every app then starts from a copy.
 */
async function seededDemo(companies: number, market: number, env: NodeJS.ProcessEnv): Promise<string> {
  const template = join(inject('e2eTemplates'), `demo-${companies}-${market}-seed-7`);
  const [ready, lock] = [`${template}.ready`, `${template}.lock`];
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(200)) {
    if (existsSync(ready)) return template;
    try {
      mkdirSync(lock); // atomic: one seeder per size
    } catch {
      continue; // another worker is seeding it
    }
    try {
      await promisify(execFile)('node', [CLI, 'seed-demo', '--companies', String(companies), '--market', String(market), '--seed', '7'], { env: { ...env, DATA_DIR: template } });
      writeFileSync(ready, '');
      return template;
    } catch (error) {
      rmSync(template, { recursive: true, force: true });
      throw error;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`the demo of ${companies} companies was not seeded within 5 minutes`);
}

/** An operator made by the CLI; null where this build's CLI has no `operator create` (then the tests that need one say so and stop). */
async function createOperator(env: NodeJS.ProcessEnv): Promise<RunningApp['operator']> {
  await promisify(execFile)('node', [CLI, 'operator', 'create', '--email', OPERATOR.email, '--password', OPERATOR.password, '--name', OPERATOR.name], { env });
  return { email: OPERATOR.email, password: OPERATOR.password };
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A fresh browser context, logged in as `email` in `locale`; waits for the board's cards unless told what to wait for. */
export async function logIn(
  app: RunningApp,
  email: string,
  options: { locale?: string; width?: number; height?: number; password?: string; waitFor?: string } = {},
): Promise<Page> {
  const context = await app.browser.newContext({
    locale: options.locale ?? 'nl-NL',
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  await page.goto(app.url);
  const dutch = (options.locale ?? 'nl-NL').startsWith('nl');
  await page.getByLabel(dutch ? 'E-mailadres' : 'E-mail address').fill(email);
  await page.getByLabel(dutch ? 'Wachtwoord' : 'Password').fill(options.password ?? 'demo');
  await page.getByRole('button', { name: dutch ? 'Inloggen' : 'Log in' }).click();
  await page.locator(options.waitFor ?? '.company-card').first().waitFor();
  return page;
}

export const column = (page: Page, stage: string) => page.locator(`section.column[data-stage="${stage}"]`);
export const card = (page: Page, id: string) => page.locator(`.company-card[data-company-id="${id}"]`);

/** The platform operator, logged in (on the settings page, where the import is); null without one. */
export async function logInAsOperator(app: RunningApp, options: { locale?: string } = {}): Promise<Page> {
  if (!app.operator) throw new Error('startApp({ operator: true }) creates the platform operator');
  const page = await logIn(app, app.operator.email, { ...options, password: app.operator.password, waitFor: '.topbar' });
  await page.goto(`${app.url}/settings`);
  return page;
}

/** The id of the first card in a column. */
export async function firstCardId(page: Page, stage: string): Promise<string> {
  const id = await column(page, stage).locator('.company-card').first().getAttribute('data-company-id');
  if (!id) throw new Error(`no card in ${stage}`);
  return id;
}

/** Drags with a real mouse, in small steps, as dnd-kit's pointer sensor expects. */
export async function drag(page: Page, from: Locator, to: Locator, options: { beforeDrop?: () => Promise<void> } = {}) {
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  // Grab the card by its lower part: the name at the top is a link.
  const grab = { x: source.x + source.width / 2, y: source.y + source.height - 12 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 10, grab.y + 10, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 12 });
  await options.beforeDrop?.();
  await page.mouse.up();
}

/** The total a column shows. */
export async function total(page: Page, stage: string): Promise<number> {
  return Number(await column(page, stage).locator('.count').textContent());
}


/** How wide the page is (its scroll width): no wider than the screen means nothing to scroll sideways. */
export const pageWidth = (page: Page) => page.locator('html').evaluate((html) => html.scrollWidth);

/** GET through the browser's session, as the web app would. */
export async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  }, path);
}
