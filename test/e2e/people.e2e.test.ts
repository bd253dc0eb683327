import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, logIn, pageWidth, type RunningApp, SCREENSHOTS, startApp } from './support.js';

/* People (every contact of the agency), a decision maker as a contact in one click, and unfollowing from the company page. */

interface Person {
  id: string;
  name: string;
  title: string | null;
  company: { id: string; name: string };
}

/** A contact of the demo agency with a title, through the API the page uses. */
async function somePerson(page: Page): Promise<Person> {
  return page.evaluate(async () => {
    const response = await fetch('/api/contacts?limit=200');
    const { items } = (await response.json()) as { items: Person[] };
    return items.find((person) => person.title && /^[\p{L} -]+$/u.test(person.name))!;
  });
}

/** Letters without their accents, in lower case: what someone types in a hurry. */
const hurried = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();


describe('people in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("finds a contact on the People page, edits their title by keyboard, and shows the edit on the company's timeline", async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1440 });
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('heading', { name: 'Personen' }).waitFor();
    const rows = page.locator('.people-table tbody tr');
    await rows.first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: /personen$/ }).textContent()).toMatch(/^\d[\d.]* personen$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'people-nl-1440.png') });

    const person = await somePerson(page);
    await page.getByLabel('Zoek op naam, e-mail, functie of bedrijf').fill(hurried(person.name));
    await expect.poll(async () => (await rows.locator('th').allTextContents()).every((name) => hurried(name).includes(hurried(person.name)))).toBe(true);
    const row = rows.filter({ hasText: person.company.name }).filter({ has: page.getByRole('rowheader', { name: person.name, exact: true }) });
    expect(await row.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe(hurried(person.name));

    // By keyboard: Enter on the edit button opens the dialog, Escape closes it and gives focus back.
    const edit = row.getByRole('button', { name: `${person.name} wijzigen` });
    await edit.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `${person.name} wijzigen` });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await edit.evaluate((button) => button === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await dialog.getByLabel('Functie').fill('Hoofd Talent (e2e)');
    await page.screenshot({ path: join(SCREENSHOTS, 'people-edit-nl-1440.png') });
    await dialog.getByLabel('Functie').press('Enter');
    await page.getByRole('status').getByText(`${person.name} bijgewerkt`).waitFor();
    await row.getByText('Hoofd Talent (e2e)').waitFor();

    await row.getByRole('link', { name: person.company.name }).click();
    await page.getByRole('heading', { name: person.company.name, level: 1 }).waitFor();
    const entry = page.locator('.timeline .entry.contact_updated').first();
    await entry.getByText('Contact gewijzigd').waitFor();
    expect(await entry.textContent()).toContain(`Functie: ${person.title} → Hoofd Talent (e2e)`);
    // The entry that added them stays as it was.
    expect(await page.locator('.timeline .entry.contact_detail_added').filter({ hasText: person.name }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('turns a ranked decision maker into a contact in one click, and refuses the same person twice', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1440 });
    const { companyId, name } = await page.evaluate(async () => {
      // A followed company with a decision maker who is not a contact yet.
      const companies = ((await (await fetch('/api/companies?limit=50')).json()) as { items: { id: string; globalCompanyId: string }[] }).items;
      for (const company of companies) {
        const people = ((await (await fetch(`/api/global-companies/${company.globalCompanyId}/decision-makers`)).json()) as { items: { id: string; name: string }[] }).items;
        const contacts = ((await (await fetch(`/api/companies/${company.id}/contacts?limit=200`)).json()) as { items: { decisionMakerId: string | null }[] }).items;
        const free = people.find((person) => !contacts.some((contact) => contact.decisionMakerId === person.id));
        if (free) return { companyId: company.id, name: free.name };
      }
      throw new Error('no decision maker to add');
    });
    await page.goto(`${app.url}/companies/${companyId}`);
    const add = page.getByRole('button', { name: `Als contact: ${name} toevoegen` });
    await add.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'decision-makers-add-nl-1440.png') });
    await add.click();
    await page.locator('.decision-maker').filter({ hasText: name }).getByText('Contact', { exact: false }).first().waitFor();
    await page.locator('.contacts').getByText(name).waitFor();
    await page.locator('.timeline .entry.contact_detail_added').filter({ hasText: name }).waitFor();
    expect(await add.count()).toBe(0);

    const again = await page.evaluate(
      async ({ companyId, name }) => {
        const company = (await (await fetch(`/api/companies/${companyId}`)).json()) as { globalCompanyId: string };
        const people = ((await (await fetch(`/api/global-companies/${company.globalCompanyId}/decision-makers`)).json()) as { items: { id: string; name: string }[] }).items;
        const person = people.find((p) => p.name === name)!;
        const response = await fetch(`/api/companies/${companyId}/contacts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
          body: JSON.stringify({ decisionMakerId: person.id }),
        });
        return { status: response.status, detail: ((await response.json()) as { detail: string }).detail };
      },
      { companyId, name },
    );
    expect(again).toEqual({ status: 409, detail: `${name} is al een contactpersoon van dit bedrijf.` });
    await page.context().close();
  });

  it('removes a contact after asking, on a 390 px phone', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844, waitFor: '.topbar' });
    await page.goto(`${app.url}/people`);
    const rows = page.locator('.people-table tbody tr');
    await rows.first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'people-nl-390.png'), fullPage: false });
    const person = await somePerson(page);
    await page.getByLabel('Zoek op naam, e-mail, functie of bedrijf').fill(person.name);
    const row = rows.filter({ has: page.getByRole('rowheader', { name: person.name, exact: true }) }).filter({ hasText: person.company.name });
    await row.getByRole('button', { name: `${person.name} verwijderen` }).click();
    const dialog = page.getByRole('dialog', { name: `${person.name} verwijderen?` });
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'people-remove-nl-390.png') });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('status').getByText(`${person.name} verwijderd`).waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await page.goto(`${app.url}/companies/${person.company.id}`);
    await page.locator('.timeline .entry.contact_removed').filter({ hasText: person.name }).waitFor();
    await page.context().close();
  });

  it('shows People in English, at desktop width and on a phone', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width, height, waitFor: '.topbar' });
      await page.goto(`${app.url}/people`);
      await page.getByRole('heading', { name: 'People' }).waitFor();
      await page.locator('.people-table tbody tr').first().waitFor();
      expect(await page.getByRole('status').filter({ hasText: /people$/ }).textContent()).toMatch(/^\d[\d,]* people$/);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SCREENSHOTS, `people-en-${width}.png`) });
      await page.context().close();
    }
  });

  it('shows who attends a meeting on the timeline, and sets a reminder for a colleague', async () => {
    for (const [locale, withWhom, forWhom, label] of [
      ['nl-NL', 'Met: Jan de Vries, Piet Zwart', 'voor Sanne de Jong', 'Voor wie'],
      ['en-GB', 'With: Jan de Vries, Piet Zwart', 'for Sanne de Jong', 'For whom'],
    ] as const) {
      const page = await logIn(app, 'demo@clientpipe.local', { locale, width: 1440 });
      const companyId = await page.evaluate(async () => {
        const { items } = (await (await fetch('/api/companies?limit=3')).json()) as { items: { id: string }[] };
        const id = items[2]!.id;
        await fetch(`/api/companies/${id}/meetings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ at: '2027-01-12T10:00:00+01:00', attendees: ['Jan de Vries', 'Piet Zwart'], description: 'Kennismaking' }),
        });
        return id;
      });
      await page.goto(`${app.url}/companies/${companyId}`);
      await page.locator('.timeline .entry.meeting_scheduled').first().getByText(withWhom).waitFor();
      const reminders = page.locator('.reminders-card');
      await reminders.getByLabel(label).selectOption({ label: 'Sanne de Jong' });
      await reminders.getByRole('button', { name: locale === 'nl-NL' ? 'Herinnering toevoegen' : 'Add reminder' }).click();
      await reminders.locator('.reminder').filter({ hasText: forWhom }).first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `company-page-${locale.slice(0, 2)}-1440.png`) });
      await page.context().close();
    }
  });

  it('unfollows a company from its page after confirming, and goes back to the board', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844 });
    const companyId = await page.evaluate(async () => ((await (await fetch('/api/companies?limit=1')).json()) as { items: { id: string }[] }).items[0]!.id);
    await page.goto(`${app.url}/companies/${companyId}`);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: 'Ontvolgen' }).click();
    const dialog = page.getByRole('dialog', { name: `${heading} ontvolgen?` });
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'company-unfollow-nl-390.png') });
    // Cancel keeps it.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Ontvolgen' }).click();
    await dialog.getByRole('button', { name: 'Ontvolgen' }).click();
    await page.waitForURL(/\/board$/);
    await page.locator('.company-card').first().waitFor();
    expect(await card(page, companyId).count()).toBe(0);
    const status = await page.evaluate(async (id) => (await fetch(`/api/companies/${id}`)).status, companyId);
    expect(status).toBe(404);
    await page.context().close();
  });
});
