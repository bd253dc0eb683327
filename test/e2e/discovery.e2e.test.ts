import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, logIn, logInAsOperator, SCREENSHOTS, startApp, type RunningApp } from './support.js';

const row = (page: Page, name: string) => page.locator('table.results tbody tr', { has: page.getByRole('link', { name, exact: true }) });

/** Picks a city (or the region of that name) from the autocomplete. */
async function choosePlace(page: Page, place: string, kind: 'Plaats' | 'Regio' = 'Plaats') {
  const input = page.getByRole('combobox', { name: 'Plaats of regio' });
  await input.fill(place);
  await page.getByRole('option', { name: new RegExp(`^${place}, ${kind}`) }).click();
  await page.waitForURL(new RegExp(`place=[^&]*${place}`));
}

// One server and browser for the file; the tests pick their companies at run time.
describe('discovery, company hiring and import in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ operator: true });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('search, filter, follow a company from the results, see it on the board in Prospect, see the saved indicator on return', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.getByRole('link', { name: 'Ontdekken' }).click();
    await page.getByRole('heading', { name: 'Ontdekken', level: 1 }).waitFor();
    await page.locator('table.results tbody tr').first().waitFor();

    // Filter: the industry with the most companies, within 100 km of Utrecht.
    const industry = page.getByLabel('Branche', { exact: true });
    const firstIndustry = await industry.locator('option').nth(1).getAttribute('value');
    await industry.selectOption(firstIndustry!);
    await page.waitForURL(/industry=/);
    await choosePlace(page, 'Utrecht');
    await page.getByLabel('Straal').selectOption('100');
    await page.waitForURL(/radiusKm=100/);
    await page.locator('table.results tbody tr .distance').first().waitFor();

    // Search for a company in these results that the agency does not follow yet.
    const candidate = page.locator('table.results tbody tr', { has: page.getByRole('button', { name: /volgen$/ }) }).first();
    const name = (await candidate.locator('a.result-name').textContent())!;
    await page.getByRole('searchbox', { name: 'Zoek op naam of omschrijving…' }).fill(name);
    await page.waitForURL(/[?&]q=/);
    await expect.poll(() => page.locator('table.results tbody tr').count()).toBeLessThanOrEqual(5);
    for (const industryCell of await page.locator('table.results tbody td.industry-cell').allTextContents()) expect(industryCell).toBe(firstIndustry);

    await row(page, name).getByRole('button', { name: `${name} volgen` }).click();
    const saved = row(page, name).getByRole('link', { name: /Gevolgd/ });
    await saved.waitFor();
    await page.getByRole('status').getByText(`${name} gevolgd`).waitFor();
    await expect.poll(() => saved.getAttribute('href')).toMatch(/^\/companies\/[0-9a-f-]{36}$/);
    const companyHref = await saved.getAttribute('href');
    const searchUrl = page.url();

    // On the board it is the newest card in Prospect.
    await page.getByRole('link', { name: 'Bord' }).click();
    await column(page, 'prospect').locator('.company-card', { hasText: name }).waitFor();
    expect(await column(page, 'prospect').locator('.company-card', { hasText: name }).locator('a.card-name').getAttribute('href')).toBe(companyHref);

    // The same search from the URL: filters restored, and the row says it is followed.
    await page.goto(searchUrl);
    await row(page, name).getByRole('link', { name: /Gevolgd/ }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Zoek op naam of omschrijving…' }).inputValue()).toBe(name);
    expect(await industry.inputValue()).toBe(firstIndustry);
    expect(await page.getByRole('combobox', { name: 'Plaats of regio' }).inputValue()).toBe('Utrecht');
    expect(await page.getByLabel('Straal').inputValue()).toBe('100');
    expect(await row(page, name).locator('.viewed-cell').textContent()).toBe('Nog niet');
    expect(await row(page, name).locator('.sparkline svg.recharts-surface .recharts-bar-rectangle').count()).toBe(12);
    await page.screenshot({ path: join(SCREENSHOTS, 'discovery-nl.png') });

    // Its detail: header, hiring chart (recharts svg with bars), jobs and ranked decision makers.
    await row(page, name).getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('link', { name: /Openen in pipeline/ }).waitFor();
    const chart = page.locator('.hiring-trend svg.recharts-surface');
    await chart.waitFor();
    await expect.poll(() => page.locator('.hiring-trend .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.locator('.hiring-trend .month-tick tspan').allTextContents()).toContain('feb');
    await page.locator('.skills-profile svg.recharts-surface').waitFor();
    await page.locator('.job-list .job').first().waitFor();
    const people = page.locator('.decision-makers .decision-maker');
    await people.first().waitFor();
    const scores = (await people.locator('.score-value').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await people.first().locator('.reason').textContent())?.trim()).not.toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'discovery-detail-nl.png'), fullPage: true });

    // Opening it was recorded: back in the results it was viewed just now.
    await page.getByRole('link', { name: '← Terug naar de zoekresultaten' }).click();
    await page.waitForURL(searchUrl);
    await expect.poll(() => row(page, name).locator('.viewed-cell time').count()).toBe(1);

    // In English: headers, badges and the saved indicator.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Discovery', level: 1 }).waitFor();
    await row(page, name).getByRole('link', { name: /Following/ }).waitFor();
    expect(await page.locator('table.results thead th').allTextContents()).toEqual(['Company', 'Industry', 'Location', 'Activity', 'Open jobs', 'Trend (12 mo)', 'Last viewed', 'Follow']);
    await page.getByLabel('Industry', { exact: true }).selectOption('');
    await page.getByRole('searchbox', { name: 'Search by name or description…' }).fill('');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.locator('table.results tbody tr').nth(5).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'discovery-en.png') });
    await page.context().close();
  });

  it('says how many companies a place search left out for lack of a location, and loads more results', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.goto(`${app.url}/discovery?place=Amsterdam&radiusKm=50`);
    await page.locator('table.results tbody tr').first().waitFor();
    await page.getByText(/zonder locatie niet meegenomen/).waitFor();
    // The province of Utrecht, not the city: the whole region, no radius.
    await choosePlace(page, 'Utrecht', 'Regio');
    expect(new URL(page.url()).searchParams.get('place')).toBe('Provincie Utrecht');
    expect(new URL(page.url()).searchParams.has('radiusKm')).toBe(false);
    // The select follows the URL on the next render.
    await expect.poll(() => page.getByLabel('Straal').locator('option:checked').textContent()).toBe('Hele regio');
    await page.locator('table.results tbody tr .distance').first().waitFor();
    await page.goto(`${app.url}/discovery?sort=name`);
    await page.locator('table.results tbody tr').nth(49).waitFor();
    // The first page says how many match in all (the demo market here has 400 companies).
    await page.getByText(/^50 van [\d.]+ bedrijven$/).waitFor();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.locator('table.results tbody tr').nth(50).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek op naam of omschrijving…' }).fill('zzzqqqxxx');
    await page.getByRole('heading', { name: 'Geen bedrijven gevonden' }).waitFor();
    await page.context().close();
  });

  it('fits a 390 px wide phone: the results table scrolls sideways, the page does not', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844 });
    await page.goto(`${app.url}/discovery`);
    await page.locator('table.results tbody tr').first().waitFor();
    const scroll = await page.locator('.table-scroll').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(400);
    await page.context().close();
  });

  it('warns before outreach to an employer that does not want agencies, and asks to confirm', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.goto(`${app.url}/discovery?noAgencies=only`);
    const candidate = page.locator('table.results tbody tr', { has: page.getByRole('button', { name: /volgen$/ }) }).first();
    await candidate.waitFor();
    expect(await candidate.locator('.no-agencies-badge').textContent()).toBe('Geen bureaus');
    const name = (await candidate.locator('a.result-name').textContent())!;
    await candidate.getByRole('button', { name: `${name} volgen` }).click();
    await row(page, name).getByRole('link', { name: /Gevolgd/ }).click();

    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.locator('.company-header .no-agencies-badge').waitFor();
    await page.locator('.hiring-trend svg.recharts-surface').waitFor();
    await page.getByRole('tab', { name: 'Outreach' }).click();
    await page.getByRole('alert').getByText('Deze werkgever wil geen bureaus').waitFor();
    const save = page.getByRole('form', { name: 'Outreach' }).getByRole('button', { name: 'Opslaan' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel('Ik heb dit gelezen en wil toch outreach vastleggen').check();
    await page.getByLabel('Bericht').fill('Via bestaande relatie, geen reactie op de vacature.');
    await save.click();
    await page.getByRole('button', { name: /Status wijzigen: Gecontacteerd/ }).waitFor();
    await page.context().close();
  });

  it('lets the platform operator import a CSV with progress and a summary with the rejected lines in Dutch; agency users only read why they cannot', async () => {
    const recruiter = await logIn(app, 'sanne@clientpipe.local');
    await recruiter.getByRole('link', { name: 'Instellingen' }).click();
    // Settings is in tabs: a recruiter has their profile and tokens, no import tab and no file input (an admin's import tab says why: layout-language.e2e).
    await recruiter.getByRole('tab', { name: 'Mijn profiel' }).waitFor();
    expect(await recruiter.getByRole('tab', { name: 'Importeren' }).count()).toBe(0);
    expect(await recruiter.locator('input[type="file"]').count()).toBe(0);
    await recruiter.context().close();

    const page = await logInAsOperator(app);
    await page.getByRole('heading', { name: 'Importeren' }).waitFor();
    await page.getByLabel('Bedrijven').check();
    const csv = [
      'name,linkedin_url,website,industry,location',
      'E2E Testbedrijf Een,,e2e-een.nl,Software Development,Utrecht',
      ',,e2e-zonder-naam.nl,Retail,Amsterdam',
      'E2E Testbedrijf Twee,https://www.linkedin.com/company/e2e-twee,,Retail,Zwolle',
      'E2E Testbedrijf Drie,,geen website,Retail,Delft',
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'bedrijven.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
    await page.getByText('bedrijven.csv').waitFor();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const summary = page.getByRole('region', { name: 'Resultaat' });
    await summary.waitFor();
    expect(await summary.locator('[data-count="inserted"] dd').textContent()).toBe('2');
    expect(await summary.locator('[data-count="rejected"] dd').textContent()).toBe('2');
    // The reasons in Dutch, from the codes the server sends beside its English.
    const rejected = summary.locator('table.rejected tbody tr');
    expect(await rejected.locator('td.num').allTextContents()).toEqual(['3', '5']);
    expect(await rejected.locator('td:not(.num)').allTextContents()).toEqual(['name: ontbreekt of is leeg', 'website: is geen website']);
    expect(await rejected.locator('td[lang="en"]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-nl.png'), fullPage: true });

    await page.context().close();

    // The imported company is there for an agency to discover.
    const admin = await logIn(app, 'demo@clientpipe.local');
    await admin.getByRole('link', { name: 'Ontdekken' }).click();
    await admin.getByRole('searchbox', { name: 'Zoek op naam of omschrijving…' }).fill('E2E Testbedrijf');
    await row(admin, 'E2E Testbedrijf Een').waitFor();
    await admin.context().close();
  });
});
