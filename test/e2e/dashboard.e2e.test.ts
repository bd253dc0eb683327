import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOSS_REASONS } from '../../src/pipeline/domain/loss-reasons.js';
import { monthLabel } from '../../web/src/features/hiring/utils/months.js';
import { firstCardId, logIn, logInAsOperator, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/** Each chart card and what shows it has drawn data. */
const CHARTS = [
  ['distribution', '.recharts-bar-rectangle'],
  ['funnel', '.recharts-bar-rectangle'],
  ['win-rate', '.recharts-line-curve'],
  ['loss-reasons', '.recharts-bar-rectangle'],
  ['time-in-stage', '.recharts-bar-rectangle'],
  ['velocity', '.recharts-bar-rectangle'],
] as const;

const chart = (page: Page, name: string) => page.locator(`[data-chart="${name}"]`);
const ticks = (page: Page, name: string) => chart(page, name).locator('.recharts-xAxis-tick-labels text').allTextContents();

/** Waits until every chart has drawn its data as an SVG and the team and routine lists have loaded. */
async function waitForDashboard(page: Page) {
  for (const [name, mark] of CHARTS) {
    await chart(page, name).locator('svg.recharts-surface').first().waitFor();
    await expect.poll(() => chart(page, name).locator(`svg.recharts-surface ${mark}`).count(), { message: name }).toBeGreaterThan(0);
  }
  await page.locator('table.leaderboard tbody tr').first().waitFor();
  await page.locator('[data-list="stale"] .routine-list li').first().waitFor();
}

/** The team card's totals by metric, as numbers. */
async function teamTotals(page: Page): Promise<Record<string, number>> {
  const totals = chart(page, 'team').locator('.team-total');
  const metrics = await totals.evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-metric'), node.querySelector('.team-total-value')?.textContent ?? '']));
  return Object.fromEntries(metrics.map(([metric, value]) => [metric, Number(value!.replace(/\D/g, ''))]));
}

/** Waits until the team card shows `text` as its period and has loaded the figures for it. */
async function teamPeriodShown(page: Page, text: string) {
  const team = chart(page, 'team');
  await team.locator('.team-period', { hasText: text }).waitFor();
  await expect.poll(() => team.getAttribute('aria-busy')).toBe('false');
}

/** The unread count the bell shows (0 without a badge). */
async function unread(page: Page): Promise<number> {
  const badge = page.locator('.bell-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute('data-count'));
}

const today = () => new Date().toISOString().slice(0, 10);

describe('dashboard, notifications and reminders in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ operator: true });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('the dashboard renders every chart with demo data (screenshot looked at), a stale company links to its page', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await waitForDashboard(page);

    // Dutch everywhere: stage names, months and quarters from Intl, loss reasons, the team's scope.
    expect(await ticks(page, 'distribution')).toEqual(['Prospect', 'Gecontacteerd', 'Vergadering', 'Gewonnen', 'Verloren']);
    expect(await chart(page, 'funnel').locator('.recharts-yAxis-tick-labels text').allTextContents()).toEqual(['Prospect', 'Gecontacteerd', 'Vergadering', 'Gewonnen']);
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(await ticks(page, 'win-rate')).toContain(monthLabel(thisMonth, 'nl-NL', 'short'));
    for (const quarter of await ticks(page, 'loss-reasons')) expect(quarter).toMatch(/^K[1-4] \d{4}$/);
    const dutchReasons = [...LOSS_REASONS.map((r) => r.label.nl), 'Andere reden'];
    const legend = await chart(page, 'loss-reasons').locator('.legend-label').allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    for (const label of legend) expect(dutchReasons).toContain(label);
    expect(await ticks(page, 'velocity')).toEqual(['Tot Gecontacteerd', 'Tot Vergadering', 'Tot Gewonnen']);
    await page.locator('.scope-badge', { hasText: 'Hele bureau' }).waitFor();
    expect(await page.locator('table.leaderboard tbody tr').count()).toBe(4);
    expect(await page.locator('.team-total').count()).toBe(6);
    // The team view has its own period: 30 days, whatever the dashboard's 12 months.
    const team = chart(page, 'team');
    const teamPeriod = team.getByLabel('Periode van de teamactiviteit');
    expect(await teamPeriod.inputValue()).toBe('30');
    expect(await teamPeriod.locator('option').allTextContents()).toEqual(['7 dagen', '30 dagen', '90 dagen', '365 dagen']);
    await teamPeriodShown(page, 'Laatste 30 dagen, vergeleken met de 30 dagen ervoor');
    const month = await teamTotals(page);
    // Nothing sticks out sideways.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(1440);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-nl.png'), fullPage: true });

    // A year: at least as much as the month, and more (the demo's history goes back further); the URL keeps it.
    await teamPeriod.selectOption('365');
    await page.waitForURL(/teamDays=365/);
    await teamPeriodShown(page, 'Laatste 365 dagen, vergeleken met de 365 dagen ervoor');
    const year = await teamTotals(page);
    for (const [metric, count] of Object.entries(month)) expect(year[metric], metric).toBeGreaterThanOrEqual(count);
    expect(year).not.toEqual(month);
    expect(await page.getByRole('button', { name: 'Laatste 12 maanden' }).getAttribute('aria-pressed')).toBe('true');
    await team.screenshot({ path: join(SCREENSHOTS, 'dashboard-team-nl.png') });

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Companies per stage' }).waitFor();
    expect(await ticks(page, 'distribution')).toEqual(['Prospect', 'Contacted', 'Meeting', 'Won', 'Lost']);
    expect(await ticks(page, 'win-rate')).toContain(monthLabel(thisMonth, 'en-GB', 'short'));
    for (const quarter of await ticks(page, 'loss-reasons')) expect(quarter).toMatch(/^Q[1-4] \d{4}$/);
    const englishReasons = [...LOSS_REASONS.map((r) => r.label.en), 'Other reason'];
    for (const label of await chart(page, 'loss-reasons').locator('.legend-label').allTextContents()) expect(englishReasons).toContain(label);
    await page.locator('.scope-badge', { hasText: 'Whole agency' }).waitFor();
    await teamPeriodShown(page, 'Last 365 days, compared with the 365 days before');
    expect(await team.getByLabel('Team activity period').inputValue()).toBe('365');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-en.png'), fullPage: true });
    // A week: no more than the year.
    await team.getByLabel('Team activity period').selectOption({ label: '7 days' });
    await teamPeriodShown(page, 'Last 7 days, compared with the 7 days before');
    for (const [metric, count] of Object.entries(await teamTotals(page))) expect(count, metric).toBeLessThanOrEqual(year[metric]!);
    await team.screenshot({ path: join(SCREENSHOTS, 'dashboard-team-en.png') });

    // A stale company opens its page.
    const stale = page.locator('[data-list="stale"] a.routine-name').first();
    const name = (await stale.textContent())!;
    await stale.click();
    await page.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.context().close();
  });

  it('keeps period and owner in the URL, checks a custom period, and shows a member only their own activity', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.goto(`${app.url}/dashboard`);
    await waitForDashboard(page);
    // The pipeline: the agency's default, named as the agency named it; the figures are of it.
    const pipelineChoice = page.locator('.pipeline-choice select');
    await expect.poll(() => pipelineChoice.evaluate((select) => (select as unknown as { selectedOptions: { textContent: string | null }[] }).selectedOptions[0]?.textContent)).toBe('Recruitment business development');
    // A pipeline the agency does not have (archived since, or a link from elsewhere) shows the default.
    await page.goto(`${app.url}/dashboard?pipeline=00000000-0000-4000-8000-000000000000`);
    await waitForDashboard(page);
    expect(await ticks(page, 'distribution')).toEqual(['Prospect', 'Gecontacteerd', 'Vergadering', 'Gewonnen', 'Verloren']);
    // The forecast: the demo's records carry no expected values yet.
    await chart(page, 'forecast').getByText('Nog geen verwachte waarden').waitFor();
    await page.getByRole('button', { name: 'Laatste 3 maanden' }).click();
    await page.waitForURL(/period=3m/);
    // The team view keeps its own period.
    await teamPeriodShown(page, 'Laatste 30 dagen, vergeleken met de 30 dagen ervoor');
    await page.getByLabel('Periode van de teamactiviteit').selectOption('90');
    await page.waitForURL(/period=3m&teamDays=90/);
    await page.getByLabel('Eigenaar').selectOption('me');
    await page.waitForURL(/owner=me/);
    await page.reload();
    await page.locator('[data-chart="distribution"] svg.recharts-surface').waitFor();
    expect(await page.getByRole('button', { name: 'Laatste 3 maanden' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Eigenaar').inputValue()).toBe('me');
    expect(await page.getByLabel('Periode van de teamactiviteit').inputValue()).toBe('90');
    await teamPeriodShown(page, 'Laatste 90 dagen, vergeleken met de 90 dagen ervoor');

    await page.getByRole('button', { name: 'Aangepast' }).click();
    await page.waitForURL(/period=custom&from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}/);
    await page.getByLabel('Van', { exact: true }).fill('2026-03-01');
    await page.getByLabel('Tot en met').fill('2026-02-01');
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    await page.getByLabel('Tot en met').fill('2026-05-31');
    await page.waitForURL(/from=2026-03-01&to=2026-05-31/);
    await page.locator('.period-range', { hasText: '1 mrt 2026 – 31 mei 2026' }).waitFor();
    await page.context().close();

    // On a phone, as a recruiter: only her own row, and nothing wider than the screen but the leaderboard's own scroll.
    const member = await logIn(app, 'sanne@clientpipe.local', { width: 390, height: 844 });
    await member.goto(`${app.url}/dashboard`);
    await waitForDashboard(member);
    await member.locator('.scope-badge', { hasText: 'Alleen jij' }).waitFor();
    const rows = member.locator('table.leaderboard tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Sanne de Jong');
    expect(await member.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(400);
    await chart(member, 'team').screenshot({ path: join(SCREENSHOTS, 'dashboard-team-phone-nl.png') });
    await member.context().close();
  });

  it('rings the bell when jobs are imported for a followed company, opens the company from it and marks it read', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    // Jobs are shared data: the platform operator imports them, in a browser of their own.
    const operator = await logInAsOperator(app);
    // A company the admin owns, with notifications of new jobs on.
    const companyId = await firstCardId(page, 'contacted');
    await page.goto(`${app.url}/companies/${companyId}`);
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!;
    const patched = () => page.waitForResponse((r) => r.url().endsWith(`/api/companies/${companyId}`) && r.request().method() === 'PATCH');
    await Promise.all([patched(), page.getByLabel('Eigenaar').selectOption({ label: 'Demo Admin' })]);
    const notifications = page.getByLabel('Meldingen bij nieuwe vacatures');
    if (!(await notifications.isChecked())) await Promise.all([patched(), notifications.check()]);
    const linkedin = await page.locator('.company-header .links a', { hasText: 'LinkedIn' }).getAttribute('href');
    const before = await unread(page);

    await operator.getByRole('heading', { name: 'Importeren' }).waitFor();
    await operator.getByRole('radio', { name: 'Vacatures' }).check();
    const csv = ['company_linkedin_url,title,source,external_id,posted_at', `${linkedin},E2E Projectleider Installaties,e2e,e2e-1,${today()}`, `${linkedin},E2E Werkvoorbereider,e2e,e2e-2,${today()}`];
    await operator.locator('input[type="file"]').setInputFiles({ name: 'vacatures.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv.join('\n')}\n`) });
    await operator.getByRole('button', { name: 'Importeren', exact: true }).click();
    const summary = operator.getByRole('region', { name: 'Resultaat' });
    await summary.waitFor();
    expect(await summary.locator('[data-count="inserted"] dd').textContent()).toBe('2');
    await operator.context().close();

    // The event stream tells the bell; no reload.
    await expect.poll(() => unread(page), { timeout: 15_000 }).toBe(before + 1);
    await page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ }).click();
    const item = page.locator('.bell-item', { hasText: name }).first();
    await item.waitFor();
    expect(await item.locator('.bell-summary').textContent()).toBe('2 nieuwe vacatures');
    expect((await item.locator('.bell-job').allTextContents()).sort()).toEqual(['E2E Projectleider Installaties', 'E2E Werkvoorbereider']);
    expect(await item.getAttribute('class')).toContain('unread');
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-nl.png') });
    await item.click();
    await page.waitForURL(`${app.url}/companies/${companyId}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await expect.poll(() => unread(page)).toBe(before);

    if (before > 0) {
      await page.getByRole('button', { name: /^Meldingen/ }).click();
      await page.getByRole('button', { name: 'Alles gelezen' }).click();
      await expect.poll(() => unread(page)).toBe(0);
    }
    await page.context().close();
  });

  it('adds a reminder on a company page, shows it on the dashboard when due, and completes and deletes reminders', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const companyId = await firstCardId(page, 'prospect');
    await page.goto(`${app.url}/companies/${companyId}`);
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!;
    const card = page.getByRole('region', { name: 'Herinneringen' });
    const form = card.getByRole('form', { name: 'Herinnering toevoegen' });
    await form.getByLabel('Datum').fill(today());
    await form.getByLabel('Notitie (optioneel)').fill('Bellen over de nieuwe vacatures');
    await form.getByRole('button', { name: 'Herinnering toevoegen' }).click();
    await page.getByRole('status').getByText('Herinnering toegevoegd').waitFor();
    const due = card.locator('li.reminder', { hasText: 'Bellen over de nieuwe vacatures' });
    await due.waitFor();
    expect(await due.locator('.due-tag').textContent()).toBe('vandaag');
    await page.screenshot({ path: join(SCREENSHOTS, 'reminders-nl.png'), fullPage: true });

    // Due today: on the dashboard's list, linking back to the company.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const reminders = page.locator('[data-list="reminders"]');
    await reminders.locator('.routine-list li').first().waitFor();
    // Oldest first: the demo's overdue suggestions may hide today's behind "show all".
    if ((await reminders.locator('.show-all').count()) > 0) await reminders.getByRole('button', { name: /^Alle \d+ tonen$/ }).click();
    const onDashboard = reminders.locator('li', { hasText: 'Bellen over de nieuwe vacatures' });
    await onDashboard.waitFor();
    await onDashboard.getByRole('link', { name }).click();
    await page.waitForURL(`${app.url}/companies/${companyId}`);

    // Completed, it leaves the list; a second one for next week is deleted.
    await due.getByRole('button', { name: /afvinken$/ }).click();
    await page.getByRole('status').getByText('Herinnering afgevinkt').waitFor();
    await expect.poll(() => due.count()).toBe(0);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Datum').fill(nextWeek);
    await form.getByLabel('Notitie (optioneel)').fill('Offerte nabellen');
    await form.getByRole('button', { name: 'Herinnering toevoegen' }).click();
    const later = card.locator('li.reminder', { hasText: 'Offerte nabellen' });
    await later.waitFor();
    await later.getByRole('button', { name: /verwijderen$/ }).click();
    await expect.poll(() => later.count()).toBe(0);
    await card.getByText('Geen openstaande herinneringen.').waitFor();

    // The dashboard's list no longer has it.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('[data-list="reminders"]').waitFor();
    await expect.poll(() => page.locator('[data-list="reminders"] li', { hasText: 'Bellen over de nieuwe vacatures' }).count()).toBe(0);
    await page.context().close();
  });
});
