import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, pageWidth, type RunningApp, SCREENSHOTS, startApp } from './support.js';

/*
 * Leads and opportunities in Chromium (SPEC R4.1–R4.5): a lead made with
 * the wizard from a contact on People, moved to its end stage, converted;
 * the opportunity links back to the lead and both timelines say so.
 */
describe('dossiers in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('creates a lead with the wizard from a contact, moves it to its end stage, converts it, and shows both timelines', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1440 });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));

    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Personen' }).click();
    const start = page.getByRole('link', { name: /^Nieuwe lead voor / }).first();
    await start.waitFor();
    const contactName = (await start.getAttribute('aria-label'))!.replace('Nieuwe lead voor ', '');
    await start.click();

    const wizard = page.getByRole('dialog', { name: 'Nieuwe lead' });
    await wizard.waitFor();
    // Step 1: the contact's company comes suggested as the client.
    await expect.poll(async () => (await wizard.getByLabel('Klant').locator('option:checked').textContent()) ?? '').toMatch(/bedrijf van de contactpersoon/);
    await wizard.getByRole('button', { name: 'Volgende' }).click();
    // Step 2: the contact started from is chosen.
    await expect.poll(async () => (await wizard.getByLabel('Contactpersoon').locator('option:checked').textContent()) ?? '').toContain(contactName);
    await wizard.getByRole('button', { name: 'Volgende' }).click();
    await wizard.getByLabel('Titel').fill('Uitbreiding financeteam (e2e)');
    await wizard.getByLabel('Waarde (EUR)').fill('15000');
    await page.screenshot({ path: join(SCREENSHOTS, 'dossier-wizard-nl-1440.png') });
    await wizard.getByRole('button', { name: 'Aanmaken' }).click();

    await page.getByRole('heading', { name: /Uitbreiding financeteam \(e2e\)/, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('dossier-stage').textContent()).toBe('Nieuw');
    await page.getByRole('region', { name: 'Contactpersonen' }).getByText(contactName).waitFor();

    // The details are edited in place; the timeline records the change.
    await page.getByLabel('Prioriteit').fill('hoog');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Opgeslagen').waitFor();
    await page.getByTestId('dossier-timeline').getByText('Gegevens gewijzigd').waitFor();

    // To the end stage, through the stage selector.
    await page.getByLabel('Verplaatsen naar').selectOption({ label: 'Gekwalificeerd' });
    await expect.poll(() => page.getByTestId('dossier-stage').textContent()).toBe('Gekwalificeerd');
    const leadUrl = page.url();

    await page.getByRole('button', { name: 'Opportunity maken' }).click();
    await page.getByRole('link', { name: 'Omgezet uit lead' }).waitFor();
    await page.getByRole('heading', { name: /Opportunity.*Uitbreiding financeteam \(e2e\)/, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('dossier-stage').textContent()).toBe('Geïdentificeerd');
    // The contact came along with its role; the opportunity's timeline records the conversion.
    await page.getByRole('region', { name: 'Contactpersonen' }).getByText(contactName).waitFor();
    await page.getByTestId('dossier-timeline').getByText('Omgezet').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'dossier-opportunity-nl-1440.png') });

    await page.getByRole('link', { name: 'Omgezet uit lead' }).click();
    await page.waitForURL(leadUrl);
    await page.getByRole('link', { name: 'Omgezet in opportunity' }).waitFor();
    await page.getByTestId('dossier-timeline').getByText('Omgezet').waitFor();
    expect(await page.getByRole('button', { name: 'Opportunity maken' }).count()).toBe(0);

    // The overviews list both; on a phone nothing scrolls sideways.
    // Leads and Opportunities share the top bar's Dossiers menu.
    await page.getByRole('navigation', { name: 'main' }).getByRole('button', { name: 'Dossiers' }).click();
    await page.getByRole('menu', { name: 'Dossiers' }).getByRole('menuitem', { name: 'Opportunities' }).click();
    await page.getByRole('link', { name: 'Uitbreiding financeteam (e2e)' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'dossiers-overview-nl-390.png'), fullPage: true });
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
