import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, logIn, type RunningApp, SCREENSHOTS, startApp } from './support.js';

/*
 * Settings → Pipelines in Chromium: the demo admin makes a Deal pipeline
 * from its template, renames a stage in both languages, saves, and the
 * board serves the new name; the editor also reorders stages with the
 * keyboard alone and works on a phone.
 */

const DEAL_NL = ['Lead', 'Kwalificatie', 'Bezichtiging', 'Onderhandeling', 'Afronding', 'Gewonnen', 'Verloren', 'Wachtend'];

interface Board {
  pipeline: { id: string };
  columns: { key: string; total: number; label: { nl: string; en: string } }[];
}

const previewLabels = (page: Page) => page.locator('.preview-stats .stat-label').allTextContents();
const stageRow = (page: Page, key: string) => page.locator(`.stage-row[data-stage-key="${key}"]`);


describe('Settings → Pipelines in Chromium', () => {
  let app: RunningApp;
  let pipelineId: string;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('creates a Deal pipeline from its template, renames a stage in both languages, and the board shows the new name', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings?tab=pipelines`);
    const section = page.getByRole('region', { name: 'Pipelines' });
    await section.waitFor();
    await section.getByLabel('Sjabloon').selectOption('deal');
    await section.getByRole('button', { name: 'Pipeline maken' }).click();
    await section.getByRole('status').getByText('Dealpipeline gemaakt.').waitFor();
    await section.getByRole('status').getByRole('link', { name: 'Dealpipeline bewerken' }).click();

    await page.getByRole('heading', { name: 'Pipeline bewerken: Dealpipeline' }).waitFor();
    pipelineId = page.url().split('/').at(-1)!;
    expect(await previewLabels(page)).toEqual(DEAL_NL);

    await page.getByRole('button', { name: 'Details van Lead' }).click();
    await stageRow(page, 'lead').getByLabel('Naam (Nederlands)').fill('Aanvraag');
    await stageRow(page, 'lead').getByLabel('Naam (Engels)').fill('Enquiry');
    // The preview follows the draft before anything is saved.
    expect((await previewLabels(page))[0]).toBe('Aanvraag');
    await page.getByRole('status').getByText('Niet-opgeslagen wijzigingen').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-pipelines-editor-nl-1280.png'), fullPage: true });

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('status').getByText('Opgeslagen (versie 2).').waitFor();

    const saved = await getJson<{ version: number; stages: { key: string; name: { nl: string; en: string } }[] }>(page, `/api/pipelines/${pipelineId}`);
    expect(saved.version).toBe(2);
    expect(saved.stages[0]).toMatchObject({ key: 'lead', name: { nl: 'Aanvraag', en: 'Enquiry' } });
    const board = await getJson<Board>(page, `/api/board?pipelineId=${pipelineId}`);
    expect(board.pipeline.id).toBe(pipelineId);
    expect(board.columns[0]).toMatchObject({ key: 'lead', label: { nl: 'Aanvraag', en: 'Enquiry' } });

    // The same screen in English shows the English name.
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Edit pipeline: Deal pipeline' }).waitFor();
    expect((await previewLabels(page))[0]).toBe('Enquiry');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-pipelines-editor-en-1280.png'), fullPage: true });

    // And on the board itself, in both languages: the first column of the Deal pipeline is the renamed stage (a link to the root keeps its pipeline).
    await page.goto(`${app.url}/?pipeline=${pipelineId}`);
    await page.locator('.column-name', { hasText: 'Enquiry' }).first().waitFor();
    expect(await page.locator('.column-name').first().textContent()).toBe('Enquiry');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL' }).click();
    await page.locator('.column-name', { hasText: 'Aanvraag' }).first().waitFor();
    expect(await page.locator('.column-name').first().textContent()).toBe('Aanvraag');
    await page.context().close();
  });

  it('reorders stages with the keyboard alone and toggles a move in the matrix; discarding restores both', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width: 1280, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings/pipelines/${pipelineId}`);
    await page.getByRole('heading', { name: 'Edit pipeline: Deal pipeline' }).waitFor();

    await page.getByRole('button', { name: 'Drag stage Qualification' }).focus();
    await page.keyboard.press('Space');
    // Picked up; dnd-kit listens for the arrows from the next tick on.
    await page.locator('.stage-row.dragging[data-stage-key="qualification"]').waitFor();
    await page.keyboard.press('ArrowUp');
    await page.locator('.stage-row.over[data-stage-key="lead"]').waitFor();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await previewLabels(page)).slice(0, 2)).toEqual(['Qualification', 'Enquiry']);

    const wonToLead = page.getByRole('checkbox', { name: 'From Won to Enquiry' });
    expect(await wonToLead.isChecked()).toBe(false);
    await wonToLead.check();
    expect(await page.getByRole('checkbox', { name: 'From Won to Won' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Discard changes' }).click();
    expect((await previewLabels(page)).slice(0, 2)).toEqual(['Enquiry', 'Qualification']);
    expect(await wonToLead.isChecked()).toBe(false);
    await page.context().close();
  });

  it('tells an admin who saves a stale version that someone else changed the pipeline, and reloads it', async () => {
    const [first, second] = [
      await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width: 1280, waitFor: '.topbar' }),
      await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width: 1280, waitFor: '.topbar' }),
    ];
    for (const page of [first, second]) {
      await page.goto(`${app.url}/settings/pipelines/${pipelineId}`);
      await page.getByRole('heading', { name: 'Edit pipeline: Deal pipeline' }).waitFor();
    }
    await first.getByRole('button', { name: 'Details of Qualification' }).click();
    await stageRow(first, 'qualification').getByLabel('Name (English)').fill('Qualifying');
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await first.getByRole('status').getByText(/^Saved \(version \d+\)\.$/).waitFor();

    await second.getByRole('button', { name: 'Details of Viewing' }).click();
    await stageRow(second, 'viewing').getByLabel('Name (English)').fill('Site visit');
    await second.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = second.getByRole('alert').filter({ hasText: 'Someone else changed this pipeline' });
    await conflict.waitFor();
    await second.screenshot({ path: join(SCREENSHOTS, 'settings-pipelines-conflict-en-1280.png') });
    await conflict.getByRole('button', { name: 'Reload' }).click();
    // The colleague's change arrives; this admin's unsaved one is dropped.
    await expect.poll(async () => (await previewLabels(second)).slice(1, 3)).toEqual(['Qualifying', 'Viewing']);
    await first.context().close();
    await second.context().close();
  });

  it('fits a phone: the matrix scrolls in its own box, the page does not', async () => {
    for (const [locale, language] of [['nl-NL', 'nl'], ['en-GB', 'en']] as const) {
      const page = await logIn(app, 'demo@clientpipe.local', { locale, width: 390, height: 844, waitFor: '.topbar' });
      await page.goto(`${app.url}/settings/pipelines/${pipelineId}`);
      await page.locator('.preview-stats .stat').first().waitFor();
      expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
      const matrix = page.locator('.matrix-scroll');
      expect(await matrix.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `settings-pipelines-editor-${language}-390.png`), fullPage: true });
      await page.goto(`${app.url}/settings?tab=pipelines`);
      await page.locator('.pipeline-list li').first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `settings-pipelines-list-${language}-390.png`), fullPage: true });
      await page.context().close();
    }
  });

  it('shows the pipelines only to admins', async () => {
    const page = await logIn(app, 'sanne@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings`);
    await page.getByRole('heading', { name: 'Je wachtwoord' }).waitFor();
    expect(await page.getByRole('region', { name: 'Pipelines' }).count()).toBe(0);
    await page.goto(`${app.url}/settings/pipelines/${pipelineId}`);
    await page.getByText('Alleen beheerders kunnen pipelines bewerken.').waitFor();
    await page.context().close();
  });

  // Last: it changes the default pipeline the other tests leave alone.
  it('archives a stage that holds records: asks where they go, then moves them there', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    const { items } = await getJson<{ items: { id: string; isDefault: boolean }[] }>(page, '/api/pipelines');
    const id = items.find((pipeline) => pipeline.isDefault)!.id;
    const total = (board: Board, key: string) => board.columns.find((column) => column.key === key)?.total ?? 0;
    const before = await getJson<Board>(page, `/api/board?pipelineId=${id}`);
    expect(total(before, 'meeting')).toBeGreaterThan(0);

    await page.goto(`${app.url}/settings/pipelines/${id}`);
    await page.getByRole('button', { name: 'Details van Vergadering' }).click();
    await stageRow(page, 'meeting').getByLabel('Actief (uitzetten archiveert de fase)').uncheck();
    expect(await previewLabels(page)).toEqual(['Prospect', 'Gecontacteerd', 'Gewonnen', 'Verloren']);
    // No stage may move into an archived one any more.
    expect(await page.getByRole('checkbox', { name: 'Van Prospect naar Vergadering' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

    const moves = page.getByRole('form', { name: 'Waar gaan de records heen?' });
    await moves.waitFor();
    await moves.getByLabel('Records uit Vergadering naar').selectOption('contacted');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-pipelines-archive-moves-nl-1280.png') });
    await moves.getByRole('button', { name: 'Opslaan en verplaatsen' }).click();
    await page.getByRole('status').getByText(/^Opgeslagen \(versie \d+\)\.$/).waitFor();

    const after = await getJson<Board>(page, `/api/board?pipelineId=${id}`);
    expect(total(after, 'meeting')).toBe(0);
    expect(total(after, 'contacted')).toBe(total(before, 'contacted') + total(before, 'meeting'));
    await page.context().close();
  });
});
