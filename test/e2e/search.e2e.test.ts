import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/* Global search: Ctrl-K opens the palette, the keyboard picks a contact, Enter opens its company's page. */

/** Whether the element has the focus (run in the page). */
const isFocused = (el: { ownerDocument: unknown }) => el === (el.ownerDocument as { activeElement: unknown }).activeElement;

interface Found {
  contact: string;
  companyId: string;
  companyName: string;
}

/** A contact of the demo agency (the first followed company with one) and its company. */
async function someContact(page: Page): Promise<Found> {
  return page.evaluate(async () => {
    const companies = (await (await fetch('/api/companies?limit=100')).json()) as { items: { id: string; name: string }[] };
    for (const company of companies.items) {
      const contacts = (await (await fetch(`/api/companies/${company.id}/contacts`)).json()) as { items: { name: string }[] };
      if (contacts.items.length > 0) return { contact: contacts.items[0]!.name, companyId: company.id, companyName: company.name };
    }
    throw new Error('the demo agency has no contacts');
  });
}

describe('global search in Chromium', () => {
  let app: RunningApp;
  let found: Found;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('opens with Ctrl-K, finds a contact by part of the name, and Enter on it opens its company', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280 });
    found = await someContact(page);
    // Part of the name: the last word of it (a family name), as a recruiter remembers it.
    const part = found.contact.split(' ').at(-1)!.slice(0, 6);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken' });
    const box = dialog.getByRole('combobox', { name: 'Zoek in clientpipe' });
    await expect.poll(async () => box.evaluate(isFocused)).toBe(true);
    await box.fill(part);
    const contacts = dialog.getByRole('group', { name: 'Contactpersonen' });
    const option = contacts.getByRole('option').filter({ hasText: found.contact }).first();
    await option.waitFor();
    // Walk down with the arrows until the contact is the active option (aria-activedescendant follows).
    const optionId = await option.getAttribute('id');
    for (let i = 0; i < 25 && (await box.getAttribute('aria-activedescendant')) !== optionId; i++) await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(optionId);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    // Tab does not leave the dialog.
    await box.press('Tab');
    expect(await box.evaluate(isFocused)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-palette-nl-1280.png') });

    await box.press('Enter');
    await page.waitForURL(`${app.url}/companies/${found.companyId}`);
    await page.getByRole('heading', { level: 1, name: found.companyName }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Zoeken' }).count()).toBe(0);
    await page.context().close();
  });

  it('opens from the top bar box, groups results under headings, and Esc closes it, giving focus back', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, locale: 'en-GB' });
    const trigger = page.getByRole('button', { name: /^Search/ });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const box = dialog.getByRole('combobox', { name: 'Search clientpipe' });
    await box.fill(found.companyName.split(' ')[0]!);
    await dialog.getByRole('group', { name: 'My companies' }).getByRole('option').first().waitFor();
    const headings = await dialog.locator('.palette-heading').allTextContents();
    expect(headings[0]).toBe('My companies');
    await page.screenshot({ path: join(SCREENSHOTS, 'search-palette-en-1280.png') });
    await box.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await trigger.evaluate(isFocused)).toBe(true);
    await page.context().close();
  });

  for (const [locale, name, label] of [['nl-NL', 'nl', 'Zoeken'], ['en-GB', 'en', 'Search']] as const) {
    it(`fits a 390 px phone (${name})`, async () => {
      const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844, locale });
      await page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
      const dialog = page.getByRole('dialog', { name: label });
      await dialog.getByRole('combobox').fill(found.contact.split(' ')[0]!);
      await dialog.getByRole('option').first().waitFor();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SCREENSHOTS, `search-palette-${name}-390.png`) });
      await page.context().close();
    });
  }
});
