/**
 * The web app as a user gets it: the built app (dist/web, from `npm run
 * build`) served by the built CLI (`clientpipe serve --port 0`) on a fresh
 * on-disk PGlite, in Debian's headless Chromium driven by playwright-core.
 *
 * Data: `clientpipe seed-demo --companies N --market N` — the demo agency
 * following N (2,000) companies of an N-company market, each with a history
 * written through the app's own use cases (followCompany, logOutreach,
 * changeStatus, …), spread over the one pipeline's five stages (about
 * 540 / 520 / 300 / 240 / 410). Then `clientpipe agency create` adds an empty
 * agency (no followed companies): the baseline, served by the same server in
 * the same run. `clientpipe jobs run` runs every periodic job once before the
 * server starts, so the server's start-up scheduler finds nothing due and
 * the measurements are not made beside a hiring-facts refresh. Each account
 * logs in once through POST /api/auth/login; its session cookie goes into
 * every browser context.
 *
 * Figures:
 *
 * - initial_js_gzip_kb: every JavaScript response (by URL or content type,
 *   whatever Chromium's resource type: entry, static imports, modulepreloads
 *   and lazily imported chunks alike) the browser fetched from navigation to
 *   /board until the board was interactive (below), each response body
 *   gzipped here with node:zlib at level 9 and summed (not the transfer
 *   size), in kB of 1,024 bytes. JavaScript fetched after that moment (within a second) is reported
 *   apart, as js_after_interactive_files.
 *
 * - board_interactive_ms_*: ms from navigation start (the page's
 *   performance.timeOrigin) until the board is interactive, in a fresh
 *   browser context each time (empty HTTP cache, no code cache: every load
 *   is a first visit with a valid session). "Interactive" means, measured
 *   inside the page by a script that runs before the app's:
 *     1. visible: the first `.company-card` is in the DOM with a layout box
 *        and checkVisibility() (for the empty board: the first stage column,
 *        `.columns section.column`, which replaces the loading text once
 *        GET /api/board has answered) — a MutationObserver notes the moment;
 *     2. painted: a requestAnimationFrame callback after that, then a task
 *        posted from it (MessageChannel) has run — a frame showing the card
 *        was produced and the main thread got back to its task queue, where
 *        an input event would be handled;
 *     3. quiet: from that moment the main thread runs no long task
 *        (≥ 50 ms, the Long Tasks API) for 500 ms; if one does, the moment
 *        moves to that long task's end and the 500 ms start again.
 *   The figure is the moment of 3: from then on an input event waits less
 *   than 50 ms. After each board round a real input checks it: typing a
 *   card's name into the board's search box (CDP key events) must leave
 *   that card shown and the others filtered out.
 *   One cold first load (the first page load after the server started: the
 *   board's first query, the server's JIT cold), then one warm-up of the
 *   empty board, then ROUNDS rounds of each, alternating, reported as median
 *   and p90. board_vs_empty_board is the ratio of the medians: what the
 *   2,000 companies cost beyond the app's own start.
 *
 * Browser, server and bench share the machine (two cores here), so the
 * figures move with what else runs: the JSON records the load average
 * before the rounds and the machine's idle and stolen CPU (/proc/stat)
 * during them.
 *
 *   npm run bench:web                 full run, writes bench/results/web.json
 *   npm run bench:web -- --smoke      50 companies, 1 round, writes nothing (CI)
 *   npm run bench:web -- --companies N --rounds N
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { log, thousands } from './support/market-load.js';
import { round } from './support/pipeline.js';
import { percentile, report } from './support/results.js';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    companies: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const smoke = args.smoke!;
const COMPANIES = Number(args.companies ?? (smoke ? 50 : 2_000));
const ROUNDS = Number(args.rounds ?? (smoke ? 1 : 7));
const GOAL_INITIAL_JS_GZIP_KB = 250;
const GOAL_BOARD_INTERACTIVE_MS = 1_500;

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const DEMO = { email: 'demo@clientpipe.local', password: 'demo' };
const EMPTY = { email: 'leeg@bench.local', password: 'Lege-bureau-bench-2026!' };
const SESSION_COOKIE = 'cp_session';
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** How long one page may take to become interactive before the bench gives up. */
const PAGE_TIMEOUT_MS = 60_000;

type Board = 'cards' | 'empty';

interface Timing {
  /** ms since navigation start: the first card (or column) visible, a frame painted with it, then the main thread quiet. */
  visibleAt: number;
  paintedAt: number;
  interactiveAt: number;
  /** Long tasks (≥ 50 ms) before the interactive moment, and their total. */
  longTasks: number;
  longTaskMs: number;
  /** When GET /api/board's response had arrived (resource timing). */
  boardResponseEnd: number;
}

/**
 * Runs in every page before the app's scripts; sets window.__benchInteractive
 * to a promise of the Timing (see the header comment). Plain JavaScript: it
 * runs in the browser, and this project compiles without the DOM's types.
 */
function interactiveProbe(board: Board): string {
  return `(() => {
  const READY = ${JSON.stringify(board)};
  const QUIET_MS = 500;
  const TIMEOUT_MS = ${PAGE_TIMEOUT_MS};
  const visible = (element) => element && element.checkVisibility() && element.getBoundingClientRect().height > 0;
  const ready = () => visible(document.querySelector(READY === 'cards' ? '.company-card' : '.columns section.column'));
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let resolve, reject;
  window.__benchInteractive = new Promise((res, rej) => { resolve = res; reject = rej; });
  const timeout = setTimeout(() => reject(new Error('not interactive within ' + TIMEOUT_MS + ' ms: ' + location.href)), TIMEOUT_MS);
  let visibleAt;
  const observer = new MutationObserver(() => {
    if (visibleAt !== undefined || !ready()) return;
    visibleAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => quiet(performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  function quiet(paintedAt) {
    let candidate = paintedAt;
    const check = () => {
      for (const task of longTasks) if (task.end > candidate) candidate = task.end;
      const waited = performance.now() - candidate;
      if (waited < QUIET_MS) return void setTimeout(check, QUIET_MS - waited + 5);
      clearTimeout(timeout);
      const before = longTasks.filter((task) => task.start < candidate);
      const boardResponse = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === '/api/board');
      resolve({
        visibleAt,
        paintedAt,
        interactiveAt: candidate,
        longTasks: before.length,
        longTaskMs: before.reduce((sum, task) => sum + task.end - task.start, 0),
        boardResponseEnd: boardResponse ? boardResponse.responseEnd : NaN,
      });
    };
    check();
  }
})();`;
}

interface Script {
  url: string;
  rawBytes: number;
  gzipBytes: number;
}

interface Load {
  timing: Timing;
  /** JavaScript fetched up to the interactive moment, and (only when collected) within a second after it. */
  scripts: Script[];
  lateScripts: Script[];
}

const isJavaScript = (response: Response) =>
  /\.m?js$/.test(new URL(response.url()).pathname) || /javascript/.test(response.headers()['content-type'] ?? '');

/** One first visit of /board in a fresh context, logged in with `cookie`; collects the JavaScript it fetched when asked. */
async function loadBoard(browser: Browser, url: string, cookie: string, board: Board, options: { collectScripts?: boolean } = {}): Promise<Load> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: VIEWPORT });
  try {
    await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url }]);
    await context.addInitScript({ content: interactiveProbe(board) });
    const page = await context.newPage();
    const responses: Response[] = [];
    const late: Response[] = [];
    let interactive = false;
    if (options.collectScripts) {
      page.on('response', (response) => {
        if (isJavaScript(response)) (interactive ? late : responses).push(response);
      });
    }
    await page.goto(`${url}/board`, { waitUntil: 'commit' });
    const timing = await page.evaluate('window.__benchInteractive') as Timing;
    interactive = true;
    if (board === 'cards') await checkUsable(page);
    if (!options.collectScripts) return { timing, scripts: [], lateScripts: [] };
    await page.waitForTimeout(1_000);
    return { timing, scripts: await measured(responses), lateScripts: await measured(late) };
  } finally {
    await context.close();
  }
}

/**
 * A real input: typing the first card's name into the search box (which
 * asks the server, after a pause in typing) must leave that card shown and
 * filter the rest out.
 */
async function checkUsable(page: Page) {
  const cards = page.locator('.company-card');
  const before = await cards.count();
  const first = cards.first();
  const id = await first.getAttribute('data-company-id');
  const name = (await first.locator('.card-name').textContent())!;
  await page.locator('.toolbar input[type=search]').pressSequentially(name);
  const deadline = Date.now() + 10_000;
  while (before > 1 && (await cards.count()) >= before && Date.now() < deadline) await page.waitForTimeout(50);
  await page.locator(`.company-card[data-company-id="${id}"]`).waitFor({ timeout: 10_000 });
  const after = await cards.count();
  if (before > 1 && after >= before) throw new Error(`typing "${name}" into the search box filtered nothing (${before} cards before, ${after} after)`);
}

async function measured(responses: Response[]): Promise<Script[]> {
  const seen = new Map<string, Script>();
  for (const response of responses) {
    if (seen.has(response.url()) || response.status() !== 200) continue;
    const body = await response.body();
    seen.set(response.url(), { url: new URL(response.url()).pathname, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  return [...seen.values()];
}

const run = (file: string, cliArgs: string[], env: NodeJS.ProcessEnv) =>
  promisify(execFile)('node', [file, ...cliArgs], { env, maxBuffer: 16 * 1024 * 1024 });

/** `clientpipe serve --port 0`; resolves with its URL once it says "API on http://…". */
function startServer(env: NodeJS.ProcessEnv): { server: ChildProcess; url: Promise<string> } {
  const server = spawn('node', [CLI, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API on (http:\/\/[^/\s]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    server.stdout!.on('data', collect);
    server.stderr!.on('data', collect);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { server, url };
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** Logs in through the API; the session cookie's value. */
async function logIn(url: string, login: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
  if (!response.ok) throw new Error(`log in as ${login.email}: ${response.status} ${await response.text()}`);
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const [name, value] = pair!.split('=');
    if (name === SESSION_COOKIE && value) return value;
  }
  throw new Error(`log in as ${login.email}: no ${SESSION_COOKIE} cookie`);
}

/** The machine's CPU time so far (Linux /proc/stat, in ticks): all, and stolen by the hypervisor for other guests; null elsewhere. */
function cpuTicks(): { total: number; steal: number; idle: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { total: fields.reduce((sum, n) => sum + n, 0), idle: (fields[3] ?? 0) + (fields[4] ?? 0), steal: fields[7] ?? 0 };
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const ms = (values: number[], p: number) => round(percentile(values, p), 0);
const median = (values: number[]) => percentile(values, 50);

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('Build first: npm run build (npm run bench:web does this).');
  log(`web bench: ${thousands(COMPANIES)} companies on the board, ${ROUNDS} rounds${smoke ? ' (smoke)' : ''}; load average ${loadavg()[0]!.toFixed(1)}`);
  const dir = mkdtempSync(join(tmpdir(), 'clientpipe-bench-web-'));
  const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const seedStarted = performance.now();
    await run(CLI, ['seed-demo', '--companies', String(COMPANIES), '--market', String(COMPANIES), '--seed', '7'], env);
    await run(CLI, ['agency', 'create', '--name', 'Leeg Bureau', '--admin-email', EMPTY.email, '--admin-password', EMPTY.password], env);
    await run(CLI, ['jobs', 'run'], env);
    log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    const started = startServer(env);
    server = started.server;
    const url = await started.url;
    const cookies = { cards: await logIn(url, DEMO), empty: await logIn(url, EMPTY) };
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    log(`server on ${url}, ${browser.version()}`);

    const cold = await loadBoard(browser, url, cookies.cards, 'cards', { collectScripts: true });
    log(`cold first load of the board: ${cold.timing.interactiveAt.toFixed(0)} ms; ${cold.scripts.length} scripts: ${cold.scripts.map((s) => `${s.url} ${kb(s.gzipBytes)} kB`).join(', ')}`);
    const emptyCold = await loadBoard(browser, url, cookies.empty, 'empty');
    log(`first load of the empty board: ${emptyCold.timing.interactiveAt.toFixed(0)} ms`);

    const rounds: Record<Board, Timing[]> = { cards: [], empty: [] };
    const ticksBefore = cpuTicks();
    const loadAverage = loadavg()[0]!;
    for (let i = 0; i < ROUNDS; i++) {
      for (const board of ['cards', 'empty'] as const) {
        const { timing } = await loadBoard(browser, url, cookies[board], board);
        rounds[board].push(timing);
      }
      const [cards, empty] = [rounds.cards.at(-1)!, rounds.empty.at(-1)!];
      log(`round ${i + 1}: board ${cards.interactiveAt.toFixed(0)} ms (visible ${cards.visibleAt.toFixed(0)}, ${cards.longTasks} long tasks), empty board ${empty.interactiveAt.toFixed(0)} ms`);
    }

    const ticksAfter = cpuTicks();
    const share = (key: 'steal' | 'idle') => (ticksBefore && ticksAfter ? round((100 * (ticksAfter[key] - ticksBefore[key])) / (ticksAfter.total - ticksBefore.total), 1) : Number.NaN);
    const of = (board: Board, key: keyof Timing) => rounds[board].map((timing) => timing[key]);
    const figures: Record<string, number> = {
      companies: COMPANIES,
      rounds: ROUNDS,
      initial_js_gzip_kb: kb(cold.scripts.reduce((sum, s) => sum + s.gzipBytes, 0)),
      initial_js_raw_kb: kb(cold.scripts.reduce((sum, s) => sum + s.rawBytes, 0)),
      initial_js_files: cold.scripts.length,
      js_after_interactive_files: cold.lateScripts.length,
      board_interactive_ms_median: ms(of('cards', 'interactiveAt'), 50),
      board_interactive_ms_p90: ms(of('cards', 'interactiveAt'), 90),
      board_visible_ms_median: ms(of('cards', 'visibleAt'), 50),
      board_api_response_end_ms_median: ms(of('cards', 'boardResponseEnd'), 50),
      board_long_tasks_median: ms(of('cards', 'longTasks'), 50),
      board_long_task_ms_median: ms(of('cards', 'longTaskMs'), 50),
      board_cold_first_load_ms: round(cold.timing.interactiveAt, 0),
      empty_board_interactive_ms_median: ms(of('empty', 'interactiveAt'), 50),
      empty_board_interactive_ms_p90: ms(of('empty', 'interactiveAt'), 90),
      empty_board_api_response_end_ms_median: ms(of('empty', 'boardResponseEnd'), 50),
      empty_board_first_load_ms: round(emptyCold.timing.interactiveAt, 0),
      board_vs_empty_board: round(median(of('cards', 'interactiveAt')) / median(of('empty', 'interactiveAt')), 2),
      load_average_1m_before_rounds: round(loadAverage, 1),
      cpu_idle_percent_during_rounds: share('idle'),
      cpu_steal_percent_during_rounds: share('steal'),
    };
    report(
      'web',
      figures,
      [
        { figure: 'initial_js_gzip_kb', op: '<=', value: GOAL_INITIAL_JS_GZIP_KB },
        { figure: 'board_interactive_ms_median', op: '<=', value: GOAL_BOARD_INTERACTIVE_MS },
      ],
      { write: !smoke },
    );
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
