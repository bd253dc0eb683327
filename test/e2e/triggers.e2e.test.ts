import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, logIn, pageWidth, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * Triggers in Chromium (SPEC R4.6, docs/automation.md), the issue's own
 * scenario: the demo admin defines "opportunities idle 14 days → group
 * 'Stalled' and a task for the owner" in Settings → Triggers, the clock is
 * advanced with the documented hook (`clientpipe jobs run --now`), and the
 * opportunity shows the group chip and the owner's task; the rule lists
 * its firing. (Companies take the same rules: src/automation/*.int.test.ts.)
 */

const DAY = 86_400_000;

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describe('Triggers in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ companies: 12, market: 60 });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('the issue\'s scenario: "opportunities idle 14 days → group Stalled and a task for the owner", the clock advanced, and the opportunity shows both', async () => {
    let page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    let errors = consoleErrors(page);
    // An opportunity of the demo admin's own (its owner), quiet from now on.
    const me = await getJson<{ id: string; name: string }>(page, '/api/me');
    const opportunity = await page.evaluate(async () => {
      const response = await fetch('/api/dossiers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'opportunity', title: 'Stille kans Q3', value: 18000 }) });
      return (await response.json()) as { id: string; ownerId: string };
    });
    expect(opportunity.ownerId).toBe(me.id);

    await page.goto(`${app.url}/settings?tab=triggers`);
    const section = page.getByRole('region', { name: 'Triggers' });
    await section.waitFor();
    await section.getByLabel('Nieuwe groep').fill('Stalled');
    await section.getByRole('button', { name: 'Groep maken' }).click();
    await section.getByRole('status').getByText('Groep gemaakt').waitFor();

    await section.getByRole('button', { name: 'Nieuwe regel' }).click();
    const form = section.locator('form.rule-form');
    await form.getByRole('textbox', { name: 'Naam' }).fill('Kansen stil 14 dagen');
    await form.getByRole('combobox', { name: 'Werkt op' }).selectOption('opportunities');
    // Company-only events are not offered for opportunities.
    expect(await form.getByRole('combobox', { name: 'Wanneer' }).locator('option').allTextContents()).not.toContain('Nieuwe vacatures binnengekomen');
    await form.getByRole('combobox', { name: 'Pipeline' }).locator('option', { hasText: 'Alle opportunitypipelines' }).waitFor({ state: 'attached' });
    await form.getByRole('combobox', { name: 'Wanneer' }).selectOption('idle');
    await form.getByRole('spinbutton', { name: 'Dagen' }).fill('14');
    await form.getByRole('combobox', { name: 'Groep' }).selectOption({ label: 'Stalled' });
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await form.getByRole('combobox', { name: 'Actie' }).nth(1).selectOption('create_task');
    await form.getByRole('spinbutton', { name: 'Over dagen' }).fill('2');
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-rule-form-opportunities-nl-1280.png'), fullPage: true });
    await form.getByRole('button', { name: 'Regel opslaan' }).click();
    await section.getByRole('status').getByText('Regel gemaakt').waitFor();
    await section.locator('.rule-item', { hasText: 'Kansen stil 14 dagen' }).getByText('Opportunities · Langer dan … dagen niet gewijzigd: 14').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();

    // The documented test hook: every periodic job once, as if it were 15 days later.
    await app.restartAfter(['jobs', 'run', '--now', new Date(Date.now() + 15 * DAY).toISOString()]);

    page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    errors = consoleErrors(page);
    await page.goto(`${app.url}/dossiers/${opportunity.id}`);
    const groups = page.getByRole('region', { name: 'Groepen' });
    await groups.locator('.group-chip', { hasText: 'Stalled' }).waitFor();
    const tasks = page.getByRole('region', { name: 'Herinneringen' });
    const task = tasks.locator('.reminder', { hasText: 'Trigger "Kansen stil 14 dagen"' });
    await task.waitFor();
    await task.getByText(`voor ${me.name}`, { exact: false }).waitFor();
    // The rule's entries on the opportunity's timeline, said in Dutch.
    await page.getByTestId('dossier-timeline').locator('li', { hasText: 'Groep: Stalled · Door de regel "Kansen stil 14 dagen".' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-opportunity-stalled-nl-1280.png'), fullPage: true });

    await page.goto(`${app.url}/settings?tab=triggers`);
    const rule = page.locator('.rule-item', { hasText: 'Kansen stil 14 dagen' });
    await rule.getByText('Laatste uitvoeringen').click();
    await rule.locator('.firing.done', { hasText: 'Stille kans Q3' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();

    // On a phone, in English: the chips and the task on the opportunity.
    page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844, locale: 'en-GB', waitFor: '.topbar' });
    errors = consoleErrors(page);
    await page.goto(`${app.url}/dossiers/${opportunity.id}`);
    await page.getByRole('region', { name: 'Groups' }).locator('.group-chip', { hasText: 'Stalled' }).waitFor();
    await page.getByRole('region', { name: 'Reminders' }).getByText('Trigger "Kansen stil 14 dagen"').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-opportunity-stalled-en-390.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works on a phone in English', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844, locale: 'en-GB', waitFor: '.topbar' });
    const errors = consoleErrors(page);
    await page.goto(`${app.url}/settings?tab=triggers`);
    const section = page.getByRole('region', { name: 'Triggers' });
    await section.getByRole('heading', { name: 'Built-in rules' }).waitFor();
    await section.getByRole('button', { name: 'New rule' }).click();
    await section.locator('form.rule-form').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-settings-en-390.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
