import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const SCREENSHOTS = join(ROOT, 'test', 'screenshots');
/** The platform operator startApp creates: the one user who imports shared data. */
export const OPERATOR_LOGIN = { email: 'operator@clientpipe.local', password: 'platform-operator-e2e' } as const;

export interface RunningApp {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * The real thing: the built CLI seeds a demo agency into a fresh PGlite
 * directory and serves API and web app on a free port; Debian's Chromium
 * drives it.
 */
export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('Build first: npm run build (npm test does this).');
  const dataDir = mkdtempSync(join(tmpdir(), 'clientpipe-e2e-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  await promisify(execFile)('node', [CLI, 'seed-demo', '--companies', '40', '--market', '400', '--seed', '7'], { env });
  await promisify(execFile)('node', [CLI, 'operator', 'create', '--email', OPERATOR_LOGIN.email, '--password', OPERATOR_LOGIN.password, '--name', 'Platform'], { env });
  const server = spawn('node', [CLI, 'serve', '--port', '0'], { env });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API on (http:\/\/[^/\s]+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      await stopProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * A fresh browser context, logged in as `email` in `locale`; it waits for
 * the board, or with `board: false` (the operator has none) for the login.
 */
export async function logIn(
  app: RunningApp,
  email: string,
  options: { locale?: string; width?: number; height?: number; password?: string; board?: boolean } = {},
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
  const loggedIn = page.waitForResponse((response) => response.url().endsWith('/api/auth/login') && response.ok());
  await page.getByRole('button', { name: dutch ? 'Inloggen' : 'Log in' }).click();
  await loggedIn;
  if (options.board !== false) await page.locator('.company-card').first().waitFor();
  return page;
}

export const column = (page: Page, stage: string) => page.locator(`section.column[data-stage="${stage}"]`);
export const card = (page: Page, id: string) => page.locator(`.company-card[data-company-id="${id}"]`);

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

/** The status the API answers a GET with, asked from inside the logged-in page (404 for a route the server does not have). */
export async function apiStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url)).status, path);
}
