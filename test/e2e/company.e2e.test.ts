import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deal, type PipelineDefinition } from '../../src/pipeline/domain/index.js';
import { connect } from '../../src/platform/db/connect.js';
import { installPipeline } from '../support/install-pipeline.js';
import { logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/* The company page on configurable pipelines: the deal card, the one move dialog with its gates, an admin's override. */

/** Text as a reader sees it: Intl puts a no-break space between € and the amount in Dutch. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

async function prospectId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/companies?status=prospect&limit=1');
    return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
  });
}

describe('the company page in Chromium', () => {
  let app: RunningApp;
  let companyId: string;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('sets the expected value and shows it as Dutch money, with the change on the timeline', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280 });
    companyId = await prospectId(page);
    await page.goto(`${app.url}/companies/${companyId}`);
    const deal = page.getByRole('region', { name: 'Deal' });
    await deal.getByRole('button', { name: 'Bewerken' }).click();
    await deal.getByLabel('Verwachte waarde').fill('3.280');
    await deal.getByLabel('Verwachte sluitingsdatum').fill('2027-03-31');
    await deal.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => plain(await deal.locator('[data-field="expectedValue"]').textContent())).toBe('€ 3.280');
    expect(plain(await deal.locator('[data-field="expectedCloseDate"]').textContent())).toBe('31 mrt 2027');
    const entry = page.locator('.timeline .entry.deal_updated').first();
    await entry.getByText('Deal bijgewerkt').waitFor();
    expect(plain(await entry.textContent())).toContain('Verwachte waarde: — → € 3.280');
    await page.screenshot({ path: join(SCREENSHOTS, 'company-deal-nl-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('moves to Lost through the move dialog, which asks for the loss reason only then', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280 });
    await page.goto(`${app.url}/companies/${companyId}`);
    await page.getByRole('button', { name: /Status wijzigen: Prospect/ }).click();
    const dialog = page.getByRole('dialog');
    const choices = await dialog.getByRole('radiogroup').getByRole('radio').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    expect(choices).toEqual(['contacted', 'meeting', 'won', 'lost']);
    await dialog.getByRole('radio', { name: 'Vergadering' }).check();
    expect(await dialog.getByLabel('Verliesreden').count()).toBe(0);
    await dialog.getByRole('radio', { name: 'Verloren' }).check();
    await dialog.getByLabel('Verliesreden').selectOption('budget_or_hiring_freeze');
    await dialog.getByLabel('Toelichting (optioneel)').fill('Wervingsstop tot Q3');
    await page.screenshot({ path: join(SCREENSHOTS, 'company-move-lost-nl-1280.png') });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Verloren/ }).waitFor();
    const entry = page.locator('.timeline .entry.status_change').first();
    await entry.getByText('Wervingsstop tot Q3').waitFor();
    expect(await entry.locator('.transition').textContent()).toContain('Prospect→Verloren');
    expect(await entry.locator('.meta').first().textContent()).toMatch(/^Reden: /);
    await page.context().close();
  });

  it("lets an admin move outside the graph with a reason, marked on the timeline", async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280 });
    await page.goto(`${app.url}/companies/${companyId}`);
    await page.getByRole('button', { name: /Status wijzigen: Verloren/ }).click();
    const dialog = page.getByRole('dialog');
    // Lost goes back to Prospect only; the override offers every other active stage.
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByLabel('Buiten het schema verplaatsen').check();
    await dialog.getByRole('radio', { name: 'Vergadering' }).check();
    await dialog.getByLabel('Reden om af te wijken').fill('Toch een afspraak: nieuwe HR-directeur');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Vergadering/ }).waitFor();
    const entry = page.locator('.timeline .entry.status_change').first();
    await entry.locator('.override-badge', { hasText: 'Buiten het schema' }).waitFor();
    await entry.getByText('Toch een afspraak: nieuwe HR-directeur').waitFor();
    await page.context().close();
  });

  it('offers the move to another pipeline, and says when there is none', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844 });
    await page.goto(`${app.url}/companies/${companyId}`);
    await page.getByRole('button', { name: 'Naar andere pipeline' }).click();
    await page.getByRole('dialog').getByText('Je bureau heeft geen andere pipeline.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'company-other-pipeline-nl-390.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'company-deal-nl-390.png'), fullPage: true });
    const width = await page.locator('html').evaluate((html) => html.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('shows the value as English money in English, on a desktop and a phone', async () => {
    for (const width of [1280, 390]) {
      const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width, height: 900 });
      await page.goto(`${app.url}/companies/${companyId}`);
      const deal = page.getByRole('region', { name: 'Deal' });
      await expect.poll(async () => plain(await deal.locator('[data-field="expectedValue"]').textContent())).toBe('€3,280');
      await page.getByRole('button', { name: /Change status: Meeting/ }).click();
      await page.getByRole('dialog').getByRole('radio', { name: 'Lost' }).check();
      await page.getByRole('dialog').getByLabel('Loss reason').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `company-move-en-${width}.png`) });
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.screenshot({ path: join(SCREENSHOTS, `company-en-${width}.png`), fullPage: true });
      expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    }
  });
});

/** The Deal pipeline with one field of the agency's own, as an admin would set it up. */
const dealWithFee: PipelineDefinition & { key: string } = {
  ...deal,
  fields: [
    {
      key: 'fee_model',
      label: { nl: 'Feemodel', en: 'Fee model' },
      type: 'select',
      options: [
        { key: 'percentage', label: { nl: 'Percentage van het jaarsalaris', en: 'Percentage of annual salary' } },
        { key: 'fixed', label: { nl: 'Vast bedrag', en: 'Fixed fee' } },
      ],
    },
  ],
};

describe('moving between pipelines in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({
      // A second pipeline in the demo agency, written into the seeded database before the server opens it.
      prepare: async (dataDir) => {
        const db = await connect({ kind: 'pglite', dataDir });
        try {
          const agency = await db.selectFrom('agencies').select('id').where('platform', '=', false).executeTakeFirstOrThrow();
          await installPipeline(db, agency.id, dealWithFee);
        } finally {
          await db.destroy();
        }
      },
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("moves a company to the Deal pipeline, asking for each stage's criteria, a skip reason and the hold", async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280 });
    const id = await prospectId(page);
    await page.goto(`${app.url}/companies/${id}`);
    await page.getByRole('button', { name: 'Naar andere pipeline' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Pipeline/ }).selectOption({ label: 'Dealpipeline' });
    await dialog.getByRole('radio', { name: 'Lead' }).check();
    const entry = dialog.getByRole('group', { name: 'Klaar voor Lead' });
    expect(await entry.getByRole('checkbox').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'company-other-pipeline-nl-1280.png') });
    for (const box of await entry.getByRole('checkbox').all()) await box.check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Lead/ }).waitFor();
    const changed = page.locator('.timeline .entry.pipeline_changed').first();
    expect(plain(await changed.locator('.pipelines').textContent())).toBe('Recruitment business development → Dealpipeline');
    expect(await changed.locator('.transition').textContent()).toContain('Prospect→Lead');

    // Skipping Qualification: the lead's exit criteria, the viewing's entry criteria and a reason, in one dialog.
    await page.getByRole('button', { name: /Status wijzigen: Lead/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Bezichtiging' }).check();
    await dialog.getByRole('group', { name: 'Afgerond in Lead' }).waitFor();
    await dialog.getByRole('group', { name: 'Klaar voor Bezichtiging' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'company-gates-nl-1280.png') });
    for (const box of await dialog.locator('fieldset.gate-checklist').getByRole('checkbox').all()) await box.check();
    await dialog.getByText('Slaat over: Kwalificatie').waitFor();
    await dialog.getByLabel('Reden om fasen over te slaan').fill('Koper kwam via een bekende relatie');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Bezichtiging/ }).waitFor();
    const skipped = page.locator('.timeline .entry.status_change').first();
    await skipped.getByText('Fase overgeslagen: Koper kwam via een bekende relatie').waitFor();
    await skipped.getByText('Criteria afgevinkt: 7').waitFor();

    await page.getByRole('button', { name: /Status wijzigen: Bezichtiging/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Wachtend' }).check();
    await dialog.getByLabel('Reden om te wachten').fill('Budget pas in het derde kwartaal');
    await dialog.getByLabel('Hervatten op').fill('2027-07-01');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Wachtend/ }).waitFor();
    const deal = page.getByRole('region', { name: 'Deal' });
    await deal.getByText('Wacht tot 1 jul 2027').waitFor();

    await deal.getByRole('button', { name: 'Bewerken' }).click();
    await deal.getByLabel('Feemodel').selectOption('percentage');
    await deal.getByRole('button', { name: 'Opslaan' }).click();
    await deal.getByText('Percentage van het jaarsalaris').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'company-deal-pipeline-nl-1280.png'), fullPage: true });
    await page.context().close();

    const phone = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width: 390, height: 844 });
    await phone.goto(`${app.url}/companies/${id}`);
    await phone.getByRole('button', { name: /Change status: On hold/ }).click();
    await phone.getByRole('dialog').getByRole('radio', { name: 'Negotiation' }).check();
    await phone.getByRole('dialog').getByRole('group', { name: 'Ready for Negotiation' }).waitFor();
    await phone.screenshot({ path: join(SCREENSHOTS, 'company-gates-en-390.png') });
    expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.context().close();
  });
});
