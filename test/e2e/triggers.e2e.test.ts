import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, logIn, pageWidth, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * Triggers in Chromium (SPEC R4.6, docs/automation.md): the demo admin
 * defines "records idle 14 days → group 'Stalled' and a task for the
 * owner" in Settings → Triggers, the clock is advanced with the documented
 * hook (`clientpipe jobs run --now`), and a company shows the group chip,
 * the task and the automatic entries; the rule lists its firing. For
 * companies now: opportunities use the same rules once they exist.
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

  it('defines an idle rule, advances the clock, and the company shows the group and the task', async () => {
    let page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    let errors = consoleErrors(page);
    await page.goto(`${app.url}/settings?tab=triggers`);
    const section = page.getByRole('region', { name: 'Triggers' });
    await section.waitFor();

    await section.getByLabel('Nieuwe groep').fill('Stalled');
    await section.getByRole('button', { name: 'Groep maken' }).click();
    await section.getByRole('status').getByText('Groep gemaakt').waitFor();

    await section.getByRole('button', { name: 'Nieuwe regel' }).click();
    const form = section.locator('form.rule-form');
    await form.getByRole('textbox', { name: 'Naam' }).fill('Stil 14 dagen');
    await form.getByRole('combobox', { name: 'Wanneer' }).selectOption('idle');
    await form.getByRole('spinbutton', { name: 'Dagen' }).fill('14');
    await form.getByRole('combobox', { name: 'Groep' }).selectOption({ label: 'Stalled' });
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await form.getByRole('combobox', { name: 'Actie' }).nth(1).selectOption('create_task');
    await form.getByRole('spinbutton', { name: 'Over dagen' }).fill('2');
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-rule-form-nl-1280.png'), fullPage: true });
    await form.getByRole('button', { name: 'Regel opslaan' }).click();
    await section.getByRole('status').getByText('Regel gemaakt').waitFor();
    await section.locator('.rule-item', { hasText: 'Stil 14 dagen' }).waitFor();

    const companies = await getJson<{ items: { id: string; name: string; ownerName: string | null }[] }>(page, '/api/companies?limit=50');
    const owned = companies.items.find((c) => c.ownerName !== null)!;
    expect(errors).toEqual([]);
    await page.context().close();

    // The documented test hook: every periodic job once, as if it were 15 days later.
    await app.restartAfter(['jobs', 'run', '--now', new Date(Date.now() + 15 * DAY).toISOString()]);

    page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    errors = consoleErrors(page);
    await page.goto(`${app.url}/companies/${owned.id}`);
    const groups = page.getByRole('region', { name: 'Groepen' });
    await groups.locator('.group-chip', { hasText: 'Stalled' }).waitFor();
    await page.getByRole('region', { name: 'Herinneringen' }).getByText('Trigger "Stil 14 dagen"').waitFor();
    await page.locator('.entry.group_added').getByText('Door de regel "Stil 14 dagen".').waitFor();
    await page.locator('.entry.automation_action').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-company-groups-nl-1280.png'), fullPage: true });

    // Taken out of the group by hand, with the keyboard: the chip's remove button.
    await groups.getByRole('button', { name: 'Uit groep Stalled halen' }).focus();
    await page.keyboard.press('Enter');
    await groups.getByText('In geen enkele groep.').waitFor();

    await page.goto(`${app.url}/settings?tab=triggers`);
    const rule = page.locator('.rule-item', { hasText: 'Stil 14 dagen' });
    await rule.getByText('Laatste uitvoeringen').click();
    await rule.locator('.firing.done').first().waitFor();
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
