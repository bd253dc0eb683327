import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, getJson, logIn, pageWidth, type RunningApp, SCREENSHOTS, startApp } from './support.js';

/*
 * Settings → Import clients in Chromium: the demo admin uploads the
 * Pipedrive fixture, sees it recognised with its refused line, changes one
 * stage mapping (Negotiations Started → Meeting) and sees the preview
 * follow, runs it with the progress bar, and finds its deals on the board
 * in the mapped stages. The same screen in English on a 390 px phone.
 */

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'client-import', 'pipedrive.csv');

interface Board {
  columns: { key: string; cards: { name: string }[] }[];
}


describe('Settings → Import clients in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('imports the Pipedrive export through the mapping screen and shows its deals on the board in the mapped stages', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings?tab=import`);
    await page.getByRole('link', { name: 'Klanten importeren' }).click();
    await page.getByRole('heading', { name: 'Klanten importeren', level: 1 }).waitFor();

    await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Bestand lezen' }).click();
    await page.getByTestId('detected-source').getByText('Herkend als Pipedrive').waitFor();
    await expect.poll(() => page.getByTestId('import-rejects').textContent()).toContain('Regel 10: de bedrijfsnaam ontbreekt.');
    const bakery = page.locator('tr.import-row', { hasText: 'Bakkerij Ærø & Zn' });
    await expect.poll(() => bakery.textContent()).toContain('Prospect');

    // One stage mapping changed by the admin; the preview (a dry run) follows.
    await page.getByLabel('Onze fase: Negotiations Started').selectOption({ label: 'Vergadering' });
    await expect.poll(() => bakery.textContent()).toContain('Vergadering');
    await page.screenshot({ path: join(SCREENSHOTS, 'client-import-mapping-nl-1280.png'), fullPage: true });

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('import-progress').getByText(/^Klaar: 7 nieuw/).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-progress').locator('progress').getAttribute('value')).toBe('100');
    await page.getByTestId('import-batch').first().getByText('pipedrive.csv (Pipedrive)').waitFor();

    // On the board, in the mapped stages.
    const board = await getJson<Board>(page, '/api/board?limitPerColumn=100');
    const stageOf = (name: string) => board.columns.find((c) => c.cards.some((card) => card.name === name))?.key;
    expect(Object.fromEntries(["Bouwbedrijf Van 't Hek", 'Bakkerij Ærø & Zn', 'Café De Gouden Leeuw', 'Technisch Bureau Smit, Zonen & Co', 'Zorggroep Noorderlicht', 'Transport Groot B.V.'].map((name) => [name, stageOf(name)]))).toEqual({
      "Bouwbedrijf Van 't Hek": 'meeting',
      'Bakkerij Ærø & Zn': 'meeting',
      'Café De Gouden Leeuw': 'prospect',
      'Technisch Bureau Smit, Zonen & Co': 'won',
      'Zorggroep Noorderlicht': 'lost',
      'Transport Groot B.V.': 'lost',
    });
    await page.getByTestId('import-progress').getByRole('link', { name: 'Naar het bord' }).click();
    await column(page, 'meeting').getByText('Bakkerij Ærø & Zn').waitFor();
    await column(page, 'prospect').getByText('Café De Gouden Leeuw').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'client-import-board-nl-1280.png') });
  });

  it('works in English on a 390 px phone, by keyboard, and lists the batch to undo', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width: 390, height: 844, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings/import-clients`);
    await page.getByRole('heading', { name: 'Import clients', level: 1 }).waitFor();
    await page.getByLabel('File (CSV or XLSX)').setInputFiles(FIXTURE);
    await page.getByLabel('File (CSV or XLSX)').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('detected-source').getByText('Recognised as Pipedrive').waitFor();
    // Imported before: every company is skipped.
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('7 imported before');
    expect(await page.getByTestId('import-rejects').textContent()).toContain('Line 10: the company name is missing.');
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'client-import-mapping-en-390.png'), fullPage: true });

    // Undo asks first, in the page's own dialog.
    await page.getByTestId('import-batch').first().getByRole('button', { name: 'Undo' }).click();
    const confirm = page.getByRole('dialog', { name: /^Undo the import of .+\?$/ });
    await confirm.getByText('Companies it added are unfollowed and its contacts removed.').waitFor();
    await confirm.getByRole('button', { name: 'Undo' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByTestId('import-batch').first().getByText(/^Undone on/).waitFor();
    const board = await getJson<Board>(page, '/api/board?limitPerColumn=100');
    expect(board.columns.flatMap((c) => c.cards.map((card) => card.name))).not.toContain('Bakkerij Ærø & Zn');
  });
});
