import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * The companies page in Chromium, over a demo agency that follows 300
 * companies: find one by a word of its name, bulk-move ten and read the
 * summary, export what is shown and compare, see a colleague's change
 * arrive live, delete a saved view after a question, at desktop and phone
 * width.
 */

interface Item {
  id: string;
  name: string;
  status: string;
  pipelineId: string;
}

/** The API as the logged-in page calls it (same cookie). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await (await fetch(url)).json()) as T, path);
}

const rows = (page: Page) => page.locator('table.companies-table tbody tr');

async function openCompanies(app: RunningApp, options: { locale?: string; width?: number } = {}): Promise<Page> {
  const page = await logIn(app, 'demo@clientpipe.local', { ...options, waitFor: '.topbar' });
  await page.goto(`${app.url}/companies`);
  await rows(page).first().waitFor();
  return page;
}

describe('the companies page in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ companies: 300, market: 600 });
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('finds a company by a word of its name among 300', async () => {
    const page = await openCompanies(app);
    await expect.poll(() => page.locator('.companies-total').textContent(), { timeout: 20_000 }).toBe('50 van 300 getoond');
    // A word of one company's name that no other company has in its name, place or industry.
    const first = await apiGet<{ items: (Item & { location: string | null; industry: string | null })[]; nextCursor: string }>(page, '/api/companies?sort=name&direction=asc&limit=200');
    const rest = await apiGet<{ items: typeof first.items }>(page, `/api/companies?sort=name&direction=asc&limit=200&cursor=${first.nextCursor}`);
    const all = [...first.items, ...rest.items];
    expect(all).toHaveLength(300);
    const wordsOf = (item: (typeof all)[number]) => new Set(`${item.name} ${item.location ?? ''} ${item.industry ?? ''}`.toLowerCase().split(/[\s,.()-]+/));
    const counts = new Map<string, number>();
    for (const item of all) for (const word of wordsOf(item)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const unique = (item: (typeof all)[number]) => item.name.split(/\s+/).find((word) => word.length > 4 && counts.get(word.toLowerCase()) === 1);
    const target = all.find((item) => unique(item) !== undefined)!;
    const word = unique(target)!;

    await page.getByRole('searchbox', { name: /Zoek op naam/ }).fill(word.toUpperCase());
    await expect.poll(() => page.locator(`tr[data-company-id="${target.id}"]`).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBeLessThan(5);
    expect(await page.locator('.companies-total').textContent()).toMatch(/^(1 bedrijf|\d bedrijven)$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word.toUpperCase());
    await page.screenshot({ path: join(SCREENSHOTS, 'companies-search-nl.png') });

    // Enter on the name opens the company page.
    await page.locator(`tr[data-company-id="${target.id}"] a`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/companies/${target.id}`);
  });

  it('moves ten prospects to another stage in bulk and shows the summary, with refusals and their reasons', async () => {
    const page = await openCompanies(app);
    const pipelines = await apiGet<{ items: { id: string; isDefault: boolean }[] }>(page, '/api/pipelines');
    const pipelineId = pipelines.items.find((p) => p.isDefault)!.id;
    await page.goto(`${app.url}/companies?pipelineId=${pipelineId}&stage=prospect`);
    await rows(page).first().waitFor();
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const row = rows(page).nth(i);
      ids.push((await row.getAttribute('data-company-id'))!);
      await row.getByRole('checkbox').check();
    }
    await expect.poll(() => page.locator('.bulk-count').textContent(), { timeout: 20_000 }).toContain('10 geselecteerd');
    await page.getByRole('combobox', { name: 'Naar fase…' }).selectOption({ label: 'Gecontacteerd' });
    const summary = page.getByRole('dialog', { name: 'Resultaat' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('10 gewijzigd');
    await page.screenshot({ path: join(SCREENSHOTS, 'companies-bulk-summary-nl.png') });
    await summary.getByRole('button', { name: 'Sluiten' }).click();
    const moved = await apiGet<{ items: Item[] }>(page, `/api/companies?pipelineId=${pipelineId}&stage=contacted&limit=200`);
    expect(ids.filter((id) => !moved.items.some((item) => item.id === id))).toEqual([]);

    // Records in Meeting and Won back to Prospect: the pipeline's graph refuses each, and the summary says why.
    await page.goto(`${app.url}/companies?pipelineId=${pipelineId}&stage=meeting%2Cwon`);
    await rows(page).first().waitFor();
    const count = Math.min(10, await rows(page).count());
    for (let i = 0; i < count; i += 1) await rows(page).nth(i).getByRole('checkbox').check();
    await page.getByRole('combobox', { name: 'Naar fase…' }).selectOption({ label: 'Prospect' });
    await summary.waitFor();
    const refusals = summary.locator('.refusals li');
    expect(await refusals.count()).toBe(count);
    expect(await refusals.first().textContent()).toMatch(/Kan niet van '\w+' naar 'prospect'/);
    await summary.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('exports the list shown as CSV with the same rows and columns', async () => {
    const page = await openCompanies(app);
    await page.goto(`${app.url}/companies?stage=meeting&sort=city&direction=desc&columns=name%2Cstage%2Cowner%2Ccity`);
    await rows(page).first().waitFor();
    // Every page of the list, then what it shows.
    while (await page.getByRole('button', { name: 'Meer laden' }).isVisible()) {
      const before = await rows(page).count();
      await page.getByRole('button', { name: 'Meer laden' }).click();
      await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
    }
    const shown = await rows(page).evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td:not(.select-cell)')].map((td) => (td.textContent ?? '').replace(/\u00a0/g, ' ').trim())),
    );
    expect(shown.length).toBeGreaterThanOrEqual(5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporteren CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bedrijven-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const [header, ...records] = parse(text.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(header).toEqual(['Naam', 'Fase', 'Eigenaar', 'Plaats']);
    expect(records).toEqual(shown);
  });

  it("refreshes a colleague's open list and its total when a company changes, keeping their scroll, selection and filters", async () => {
    const colleague = await logIn(app, 'sanne@clientpipe.local', { waitFor: '.topbar', height: 700 });
    const sanne = await apiGet<{ id: string }>(colleague, '/api/me');
    await colleague.goto(`${app.url}/companies?ownerId=${sanne.id}`);
    await rows(colleague).first().waitFor();
    const shownTotal = async () => Number(/(\d+)\D*$/.exec((await colleague.locator('.companies-total').textContent()) ?? '')?.[1]);
    const before = await shownTotal();
    expect(before).toBeGreaterThan(3);
    const kept = (await rows(colleague).nth(1).getAttribute('data-company-id'))!;
    const moved = (await rows(colleague).nth(2).getAttribute('data-company-id'))!;
    await rows(colleague).nth(1).getByRole('checkbox').check();
    await colleague.evaluate('window.scrollTo(0, 300)');
    const address = colleague.url();

    // The admin gives one of Sanne's companies to Daan, on its company page.
    const admin = await logIn(app, 'demo@clientpipe.local', { waitFor: '.topbar' });
    await admin.goto(`${app.url}/companies/${moved}`);
    await admin.locator('.company-side').getByLabel('Eigenaar').selectOption({ label: 'Daan Visser' });

    // Sanne's list, filtered on her, loses it without a reload, and says so in its total.
    await expect.poll(() => colleague.locator(`tr[data-company-id="${moved}"]`).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(shownTotal).toBe(before - 1);
    expect(await colleague.locator(`tr[data-company-id="${kept}"]`).getByRole('checkbox').isChecked()).toBe(true);
    expect(await colleague.locator('.bulk-count').textContent()).toContain('1 geselecteerd');
    expect(colleague.url()).toBe(address);
    expect(await colleague.evaluate('window.scrollY')).toBe(300);
    await colleague.screenshot({ path: join(SCREENSHOTS, 'companies-live-nl.png') });
    await admin.context().close();
    await colleague.context().close();
  });

  it("deletes a saved view after asking in the page's own dialog, never the browser's", async () => {
    const page = await openCompanies(app);
    let browserDialogs = 0;
    page.on('dialog', (dialog) => {
      browserDialogs += 1;
      void dialog.dismiss();
    });
    const views = page.getByRole('group', { name: 'Weergaven' });
    await views.getByRole('button', { name: 'Weergave opslaan' }).click();
    const save = page.getByRole('dialog', { name: 'Weergave opslaan' });
    await save.getByLabel('Naam van de weergave').fill('Weg ermee');
    await save.getByRole('button', { name: 'Opslaan' }).click();
    await save.waitFor({ state: 'detached' });
    const saved = async () => (await apiGet<{ items: { name: string }[] }>(page, '/api/company-views')).items.map((view) => view.name);
    expect(await saved()).toContain('Weg ermee');

    // Asked first: Escape keeps the view.
    await views.getByRole('button', { name: 'Verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Weergave “Weg ermee” verwijderen?' });
    await confirm.getByText('Alleen de weergave verdwijnt; de bedrijven blijven zoals ze zijn.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'companies-view-delete-nl.png') });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await saved()).toContain('Weg ermee');

    await views.getByRole('button', { name: 'Verwijderen' }).click();
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(saved).not.toContain('Weg ermee');
    expect(await views.getByRole('combobox', { name: 'Weergaven' }).inputValue()).toBe('');
    expect(browserDialogs).toBe(0);
  });

  it('offers only active colleagues as owners in every picker, and still names a deactivated owner where a record or filter has one', async () => {
    const page = await openCompanies(app);
    const me = await apiGet<{ id: string }>(page, '/api/me');
    const lotte = (await apiGet<{ items: { id: string; name: string }[] }>(page, '/api/users')).items.find((user) => user.name === 'Lotte Bakker')!;
    const post = (path: string) => page.evaluate(async (url) => (await fetch(url, { method: 'POST' })).status, path);
    expect(await post(`/api/users/${lotte.id}/deactivate`)).toBe(204);
    try {
      const hers = (await apiGet<{ items: Item[] }>(page, `/api/companies?ownerId=${lotte.id}&limit=1`)).items[0]!;
      const mine = (await apiGet<{ items: Item[] }>(page, `/api/companies?ownerId=${me.id}&limit=1`)).items[0]!;
      const options = (select: Locator) => select.locator('option').allTextContents();
      const offersActiveOnly = async (select: Locator) => {
        const names = await options(select);
        expect(names).toContain('Daan Visser');
        expect(names.filter((name) => name.includes('Lotte Bakker'))).toEqual([]);
      };

      // The companies page: the owner filter and the bulk owner.
      await page.goto(`${app.url}/companies`);
      await rows(page).first().waitFor();
      await page.getByRole('button', { name: 'Filters' }).click();
      const filter = page.locator('#companies-filters label', { hasText: /^Eigenaar/ }).locator('select');
      await expect.poll(() => options(filter)).toContain('Daan Visser');
      await offersActiveOnly(filter);
      await rows(page).first().getByRole('checkbox').check();
      await offersActiveOnly(page.getByRole('combobox', { name: 'Eigenaar…' }));

      // A filter on her, from a link or a saved view, still says whom it filters on.
      await page.goto(`${app.url}/companies?ownerId=${lotte.id}`);
      await rows(page).first().waitFor();
      await expect.poll(() => filter.locator('option:checked').textContent()).toBe('Lotte Bakker (gedeactiveerd)');

      // The board's owner filter and the dashboard's.
      await page.goto(`${app.url}/board`);
      await page.locator('.company-card').first().waitFor();
      await offersActiveOnly(page.locator('select.owner-filter'));
      await page.goto(`${app.url}/dashboard`);
      const dashboardOwner = page.locator('.owner-choice select');
      await expect.poll(() => options(dashboardOwner)).toContain('Daan Visser');
      await offersActiveOnly(dashboardOwner);

      // The company page: her record still shows her, marked; another record does not offer her.
      await page.goto(`${app.url}/companies/${hers.id}`);
      const owner = page.locator('.company-side').getByLabel('Eigenaar');
      await expect.poll(() => owner.locator('option:checked').textContent()).toBe('Lotte Bakker (gedeactiveerd)');
      expect((await options(owner)).filter((name) => name.includes('Lotte Bakker'))).toHaveLength(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'company-deactivated-owner-nl.png') });
      await page.goto(`${app.url}/companies/${mine.id}`);
      await expect.poll(() => owner.locator('option:checked').textContent()).toBe('Demo Admin');
      await offersActiveOnly(owner);
      await offersActiveOnly(page.getByRole('combobox', { name: /Voor wie/ }));
    } finally {
      expect(await post(`/api/users/${lotte.id}/reactivate`)).toBe(204);
    }
  });

  it.each([
    ['nl-NL', 1440, 'companies-nl.png'],
    ['en-GB', 1440, 'companies-en.png'],
    ['nl-NL', 390, 'companies-phone-nl.png'],
    ['en-GB', 390, 'companies-phone-en.png'],
  ] as const)('shows the page in %s at %i px', async (locale, width, file) => {
    const page = await openCompanies(app, { locale, width });
    await rows(page).first().waitFor();
    // Nothing wider than the screen at phone width: the rows are cards.
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: locale === 'nl-NL' ? 'Filters' : 'Filters' }).click();
    await rows(page).first().getByRole('checkbox').check();
    await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: width < 500 ? false : true });
  });
});
