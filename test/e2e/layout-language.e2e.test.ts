import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, column, firstCardId, logIn, pageWidth, type RunningApp, SCREENSHOTS, startApp } from './support.js';

/*
 * What a first-time user hit: pages widened by one long word, English
 * announcements and errors in the Dutch UI, a blank page for an unknown URL.
 */

// Single words at the limits the server accepts.
const LONG_NAME = `Langenaam${'a'.repeat(291)}`; // company name: 300
const LONG_DESCRIPTION = `Omschrijving${'o'.repeat(4988)}`; // 5,000
const LONG_NOTE = `Notitie${'n'.repeat(4993)}`; // 5,000
const LONG_CONTACT = `Contactpersoon${'c'.repeat(186)}`; // 200
const LONG_SKILL = `Vaardigheid${'v'.repeat(89)}`; // 100
const LONG_TITLE = `Functie${'f'.repeat(493)}`; // job title: 500
const WEBSITE = 'langwoord-e2e.nl';

function importFiles(dir: string) {
  const recent = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const lines = (rows: object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
  const companies = join(dir, 'companies.jsonl');
  writeFileSync(companies, lines([{ name: LONG_NAME, website: WEBSITE, description: LONG_DESCRIPTION, industry: `Branche${'b'.repeat(193)}`, location: 'Utrecht' }]));
  const jobs = join(dir, 'jobs.jsonl');
  writeFileSync(
    jobs,
    lines([1, 2, 3].map((n) => ({ company_website: WEBSITE, title: n === 1 ? LONG_TITLE : `Ontwikkelaar ${n}`, source: 'e2e', external_id: `long-${n}`, skills: [LONG_SKILL, 'Java'], posted_at: recent(n * 20) }))),
  );
  const people = join(dir, 'people.jsonl');
  writeFileSync(people, lines([{ company_website: WEBSITE, name: `Persoon${'p'.repeat(193)}`, title: `Hoofd${'h'.repeat(295)}` }]));
  return [
    { kind: 'companies' as const, file: companies },
    { kind: 'jobs' as const, file: jobs },
    { kind: 'decision-makers' as const, file: people },
  ];
}

/** Calls the API from inside the logged-in page. */
async function call<T>(page: Page, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([url, payload]) => {
      const response = await fetch(url, payload === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
      return response.json();
    },
    [path, body] as const,
  ) as Promise<T>;
}


describe('long words, languages and unknown pages in Chromium', () => {
  let app: RunningApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clientpipe-e2e-long-'));
    app = await startApp({ imports: importFiles(dir) });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every page within the viewport with 5,000-character words in a description, a note and a status change, on a desktop and a phone', async () => {
    const setup = await logIn(app, 'demo@clientpipe.local');
    const search = await call<{ items: { id: string; name: string }[] }>(setup, `/api/global-companies?q=Langenaam`);
    const globalCompanyId = search.items.find((c) => c.name === LONG_NAME)!.id;
    const { company } = await call<{ company: { id: string } }>(setup, '/api/companies', { globalCompanyId });
    await call(setup, `/api/companies/${company.id}/notes`, { body: LONG_NOTE });
    await call(setup, `/api/companies/${company.id}/contacts`, { name: LONG_CONTACT, title: LONG_CONTACT });
    await call(setup, `/api/companies/${company.id}/status`, { status: 'contacted', description: LONG_DESCRIPTION });
    await setup.context().close();

    for (const width of [1280, 390]) {
      for (const locale of ['nl-NL', 'en-GB']) {
        const page = await logIn(app, 'demo@clientpipe.local', { width, height: 900, locale });
        const suffix = `${width}-${locale.slice(0, 2)}`;
        await column(page, 'contacted').locator('.company-card', { hasText: LONG_NAME }).waitFor();
        expect(await pageWidth(page), `board at ${width}`).toBeLessThanOrEqual(width);

        await page.goto(`${app.url}/companies/${company.id}`);
        await page.locator('.timeline li', { hasText: LONG_NOTE }).waitFor();
        await page.locator('.contacts li', { hasText: LONG_CONTACT }).waitFor();
        await page.locator('.skills-profile svg.recharts-surface').waitFor();
        await page.locator('.job-list .job').first().waitFor();
        expect(await pageWidth(page), `company page at ${width}`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(SCREENSHOTS, `long-words-company-${suffix}.png`), fullPage: width === 390 });

        await page.goto(`${app.url}/people?q=Contactpersoonccc`);
        await page.locator('.people-table tbody tr', { hasText: LONG_CONTACT }).waitFor();
        expect(await pageWidth(page), `people at ${width}`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(SCREENSHOTS, `long-words-people-${suffix}.png`) });

        await page.goto(`${app.url}/discovery?q=Langenaam`);
        await page.locator('table.results tbody tr', { hasText: LONG_NAME }).waitFor();
        expect(await pageWidth(page), `discovery at ${width}`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(SCREENSHOTS, `long-words-discovery-${suffix}.png`) });

        await page.goto(`${app.url}/discovery/${globalCompanyId}`);
        await page.locator('.decision-makers .decision-maker').first().waitFor();
        await page.locator('.skills-profile svg.recharts-surface').waitFor();
        expect(await pageWidth(page), `discovery detail at ${width}`).toBeLessThanOrEqual(width);
        await page.context().close();
      }
    }
  });

  it('truncates a long skill in the skills chart and keeps the whole name in its tooltip', async () => {
    for (const width of [1280, 390]) {
    const page = await logIn(app, 'demo@clientpipe.local', { width });
    const search = await call<{ items: { id: string; name: string }[] }>(page, `/api/global-companies?q=Langenaam`);
    await page.goto(`${app.url}/discovery/${search.items[0]!.id}`);
    const tick = page.locator('.skills-profile .recharts-cartesian-axis-tick-label', { hasText: 'Vaardigheid' });
    await tick.waitFor();
    const shown = (await tick.locator('text').evaluate((text) => [...text.childNodes].filter((n) => n.nodeName !== 'title').map((n) => n.textContent).join('')))!;
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(LONG_SKILL.length);
    expect(await tick.locator('title').textContent()).toBe(LONG_SKILL);
    // Inside the chart: the label starts at or right of the chart's left edge, on a desktop and a phone.
    const [chartBox, tickBox] = [await page.locator('.skills-profile svg.recharts-surface').boundingBox(), await tick.locator('text').boundingBox()];
    expect(tickBox!.x).toBeGreaterThanOrEqual(chartBox!.x - 1);
    await page.locator('.skills-profile').screenshot({ path: join(SCREENSHOTS, `skills-long-label-${width}-nl.png`) });
    await page.context().close();
    }
  });

  it('shows a page of its own for an unknown URL, in Dutch and English, with a way back', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.goto(`${app.url}/bestaat-niet/echt-niet`);
    await page.getByRole('heading', { name: 'Pagina niet gevonden', level: 1 }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'not-found-nl.png') });
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Go to the board' }).click();
    await page.waitForURL(`${app.url}/board`);
    await page.locator('.company-card').first().waitFor();
    await page.context().close();

    const phone = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844, locale: 'en-GB' });
    await phone.goto(`${app.url}/nothing-here`);
    await phone.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SCREENSHOTS, 'not-found-phone-en.png') });
    await phone.context().close();
  });

  it("a company that does not exist shows the not-found page with the server's own words", async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const missing = '00000000-0000-4000-8000-000000000000';
    await page.goto(`${app.url}/companies/${missing}`);
    await page.getByRole('heading', { name: 'Pagina niet gevonden', level: 1 }).waitFor();
    const problem = await page.evaluate(async (url) => (await fetch(url, { headers: { 'accept-language': 'nl' } })).json() as Promise<{ detail: string }>, `/api/companies/${missing}`);
    const detail = problem.detail;
    await page.getByText(detail, { exact: true }).waitFor();
    await page.context().close();
  });

  it('sends the UI language as Accept-Language on every API call, and switches it with the language', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const seen: { path: string; language: string }[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/') && request.resourceType() === 'fetch') seen.push({ path, language: request.headers()['accept-language'] ?? '' });
    });
    const languages = () => new Set(seen.map((request) => request.language));
    await page.goto(`${app.url}/dashboard`);
    await page.locator('.kpi').first().waitFor();
    expect(seen.length).toBeGreaterThan(2);
    expect(languages()).toEqual(new Set(['nl']));
    // Calls the dashboard started before the switch may still be under way: after it, the board's own calls are English.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    seen.length = 0;
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Board', exact: true }).click();
    await page.locator('.company-card').first().waitFor();
    const boardCalls = seen.filter((request) => request.path.startsWith('/api/board'));
    expect(boardCalls.length).toBeGreaterThan(0);
    expect(new Set(boardCalls.map((request) => request.language))).toEqual(new Set(['en']));
    // A reload ends every call in flight: from then on every call is English.
    seen.length = 0;
    await page.reload();
    await page.locator('.company-card').first().waitFor();
    expect(seen.length).toBeGreaterThan(2);
    expect(languages()).toEqual(new Set(['en']));
    await page.context().close();
  });

  it('announces drag and drop to screen readers in the UI language, naming the company and the stages, never ids', async () => {
    for (const [locale, words] of [
      ['nl-NL', { picked: 'opgepakt', over: 'boven', from: 'Prospect', to: 'Gecontacteerd', instructions: 'spatiebalk' }],
      ['en-GB', { picked: 'Picked up', over: 'over', from: 'Prospect', to: 'Contacted', instructions: 'space bar' }],
    ] as const) {
      const page = await logIn(app, 'demo@clientpipe.local', { locale });
      const id = await firstCardId(page, 'prospect');
      const name = (await card(page, id).locator('a.card-name').textContent())!;
      const live = page.locator('[id^="DndLiveRegion"]');
      const instructions = await page.locator('[id^="DndDescribedBy"]').first().textContent();
      expect(instructions).toContain(words.instructions);
      await card(page, id).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => live.textContent()).toContain(words.picked);
      expect(await live.textContent()).toContain(name);
      expect(await live.textContent()).toContain(words.from);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => live.textContent()).toContain(words.to);
      expect(await live.textContent()).toContain(words.over);
      const said = (await live.textContent())!;
      expect(said).not.toContain(id);
      expect(said).not.toMatch(/\bcontacted\b|\bprospect\b/);
      await page.keyboard.press('Escape');
      await page.context().close();
    }
  });

  it('offers "log out everywhere" beside log out, which asks the server to end every session', async () => {
    const page = await logIn(app, 'sanne@clientpipe.local');
    const logout = page.waitForRequest((request) => request.url().endsWith('/api/auth/logout'));
    await page.getByRole('button', { name: 'Sanne de Jong' }).click();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'account-menu-nl.png') });
    await page.getByRole('button', { name: 'Overal uitloggen' }).click();
    expect((await logout).postDataJSON()).toEqual({ everywhere: true });
    await page.getByRole('heading', { name: 'Inloggen bij clientpipe' }).waitFor();
    await page.context().close();
  });

  it("shows the server's field error under the password when an admin adds a colleague, and adds one with a good password", async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.goto(`${app.url}/settings?tab=team`);
    const form = page.getByRole('form', { name: 'Collega toevoegen' });
    await form.getByLabel('E-mailadres').fill('nieuw@clientpipe.local');
    await form.getByLabel('Wachtwoord').fill('abc');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/users') && r.request().method() === 'POST');
    await form.getByRole('button', { name: 'Collega toevoegen' }).click();
    const problem = (await (await answer).json()) as { issues: { path: string; message: string }[] };
    const message = problem.issues.find((issue) => issue.path.endsWith('password'))!.message;
    const help = form.locator('.field-error');
    await help.waitFor();
    expect(await help.textContent()).toBe(message);
    expect(await form.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Wachtwoord').getAttribute('aria-describedby')).toBe(await help.getAttribute('id'));
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-password-error-nl.png'), fullPage: true });

    await form.getByLabel('Naam (optioneel)').fill('Nieuwe Collega');
    await form.getByLabel('Wachtwoord').fill('Een-lang-en-eigen-wachtwoord-2026');
    await form.getByRole('button', { name: 'Collega toevoegen' }).click();
    await form.getByRole('status').getByText('Nieuwe Collega toegevoegd.').waitFor();
    await page.locator('.team-list li', { hasText: 'nieuw@clientpipe.local' }).waitFor();
    expect(await form.locator('.field-error').count()).toBe(0);

    // Resetting a colleague's password and changing one's own: the same field errors (routes of the identity slice).
    await page.getByRole('button', { name: 'Nieuw wachtwoord voor Nieuwe Collega' }).click();
    const reset = page.getByRole('form', { name: 'Nieuw wachtwoord voor Nieuwe Collega' });
    await reset.getByLabel('Nieuw wachtwoord voor Nieuwe Collega').fill('wachtwoord12');
    await reset.getByRole('button', { name: 'Opslaan' }).click();
    await reset.locator('.field-error').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-reset-error-nl.png'), fullPage: true });
    await reset.getByLabel('Nieuw wachtwoord voor Nieuwe Collega').fill('Nog-een-eigen-wachtwoord-2026');
    await reset.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Wachtwoord van Nieuwe Collega ingesteld; die is overal uitgelogd.').waitFor();
    await page.context().close();

    const colleague = await logIn(app, 'nieuw@clientpipe.local', { password: 'Nog-een-eigen-wachtwoord-2026', waitFor: '.topbar', locale: 'en-GB' });
    await colleague.goto(`${app.url}/settings`);
    const own = colleague.getByRole('form', { name: 'Your password' });
    await own.getByLabel('Current password').fill('not my password at all');
    await own.getByLabel('New password').fill('Een-derde-eigen-wachtwoord-2026');
    await own.getByRole('button', { name: 'Change password' }).click();
    await own.locator('.field-error').first().waitFor();
    expect(await own.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await own.getByLabel('Current password').fill('Nog-een-eigen-wachtwoord-2026');
    await own.getByLabel('New password').fill('password1234');
    await own.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => own.getByLabel('New password').getAttribute('aria-invalid')).toBe('true');
    await colleague.screenshot({ path: join(SCREENSHOTS, 'settings-password-error-en.png'), fullPage: true });
    await own.getByLabel('New password').fill('Een-derde-eigen-wachtwoord-2026');
    await own.getByRole('button', { name: 'Change password' }).click();
    await own.getByRole('status').getByText('Password changed.', { exact: false }).waitFor();
    await colleague.context().close();
  });

  it('shows the import screen to the platform operator only: an agency admin reads why, without a file input', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('tab', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: 'Importeren', exact: true }).waitFor();
    await page.getByText('Gedeelde bedrijven, vacatures en beslissers importeert de platformbeheerder').waitFor();
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-admin-nl.png') });
    await page.context().close();
  });
});
