import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * Settings → Roles in Chromium (SPEC R4.7): the demo admin makes a role of
 * the agency's own in the permissions matrix (companies view and create,
 * branches, no editing), gives it to a colleague in Settings → Team, and
 * that colleague sees what the role allows (the Branches tab) and not what
 * it lacks (the Team and Roles tabs, the companies page's bulk changes),
 * which the server refuses too.
 */

const rows = (page: Page) => page.locator('table.companies-table tbody tr');

describe('Settings → Roles in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ companies: 20 });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('an admin creates a custom role, gives it to a colleague, and the colleague does not see an action the role lacks', async () => {
    const admin = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await admin.goto(`${app.url}/settings?tab=roles`);
    await admin.getByRole('heading', { name: 'Rollen en rechten' }).waitFor();
    // A built-in role is shown read-only.
    await admin.getByLabel('Rol', { exact: true }).selectOption({ label: 'Meelezer (standaard)' });
    const viewerMatrix = admin.getByRole('table', { name: 'Rechten van Meelezer' });
    expect(await viewerMatrix.getByRole('checkbox', { name: 'Bedrijven: Bekijken' }).isChecked()).toBe(true);
    expect(await viewerMatrix.getByRole('checkbox', { name: 'Bedrijven: Wijzigen' }).isDisabled()).toBe(true);

    const form = admin.getByRole('form', { name: 'Nieuwe rol' });
    await form.getByLabel('Naam (Nederlands)').fill('Onderzoeker');
    await form.getByLabel('Naam (Engels)').fill('Researcher');
    await form.getByRole('checkbox', { name: 'Bedrijven: Toevoegen' }).check();
    await form.getByRole('checkbox', { name: 'Instellingen en vestigingen beheren' }).check();
    await form.getByRole('button', { name: 'Rol toevoegen' }).click();
    const matrix = admin.getByRole('table', { name: 'Rechten van Onderzoeker' });
    await matrix.waitFor();
    expect(await matrix.getByRole('checkbox', { name: 'Bedrijven: Toevoegen' }).isChecked()).toBe(true);
    expect(await matrix.getByRole('checkbox', { name: 'Bedrijven: Wijzigen' }).isChecked()).toBe(false);
    await admin.screenshot({ path: join(SCREENSHOTS, 'settings-roles-nl-1280.png'), fullPage: true });

    await admin.goto(`${app.url}/settings?tab=team`);
    const row = admin.locator('.member-row', { hasText: 'daan@clientpipe.local' });
    await row.getByLabel('Rol van Daan Visser').selectOption({ label: 'Onderzoeker' });
    await row.getByRole('status').getByText('Daan Visser is nu Onderzoeker.', { exact: false }).waitFor();

    const daan = await logIn(app, 'daan@clientpipe.local', { width: 390, height: 844, waitFor: '.topbar' });
    const me = await daan.evaluate(async () => (await (await fetch('/api/me')).json()) as { role: string; permissions: string[] });
    expect(me).toMatchObject({ role: 'researcher', permissions: ['companies:view', 'companies:create', 'settings:manage'] });
    await daan.goto(`${app.url}/settings`);
    const tabs = daan.getByRole('tablist', { name: 'Instellingen' }).getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['Mijn profiel', 'Vestigingen', 'API-tokens']);
    await daan.screenshot({ path: join(SCREENSHOTS, 'settings-custom-role-nl-390.png'), fullPage: true });

    // The companies page: they may select rows, but no bulk change is offered (the role cannot edit companies).
    await daan.goto(`${app.url}/companies`);
    await rows(daan).first().getByRole('checkbox').check();
    await daan.locator('.bulk-bar').waitFor();
    expect(await daan.getByRole('combobox', { name: 'Naar fase…' }).count()).toBe(0);
    expect(await daan.locator('.bulk-actions').count()).toBe(0);
    const id = await rows(daan).first().getAttribute('data-company-id');
    const refused = await daan.evaluate(
      async (companyId) => (await fetch(`/api/companies/${companyId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ favorited: true }) })).status,
      id,
    );
    expect(refused).toBe(403);
    expect(await daan.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await daan.context().close();
    await admin.context().close();
  });

  it('a role with only leads opens on its leads, is offered only what it may open, and still manages its own profile, password and API tokens', async () => {
    const admin = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    const given = await admin.evaluate(async () => {
      const json = { 'content-type': 'application/json' };
      const role = { key: 'alleen-leads', name: { nl: 'Alleen leads', en: 'Leads only' }, permissions: ['leads:view'] };
      await fetch('/api/roles', { method: 'POST', headers: json, body: JSON.stringify(role) });
      const users = (await (await fetch('/api/users')).json()) as { items: { id: string; email: string }[] };
      const sanne = users.items.find((user) => user.email === 'sanne@clientpipe.local')!;
      return (await fetch(`/api/users/${sanne.id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ role: role.key }) })).status;
    });
    expect(given).toBe(200);
    await admin.context().close();

    const sanne = await logIn(app, 'sanne@clientpipe.local', { width: 390, height: 844, waitFor: '.topbar' });
    await sanne.waitForURL(/\/leads$/);
    const nav = sanne.getByRole('navigation', { name: 'main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Leads', 'Instellingen']);
    await nav.getByRole('link', { name: 'Instellingen' }).click();
    const tabs = sanne.getByRole('tablist', { name: 'Instellingen' }).getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['Mijn profiel', 'API-tokens']);
    // Their role by its name, though the list of roles is not theirs to read.
    await sanne.getByRole('region', { name: 'Mijn profiel' }).getByText('Alleen leads', { exact: false }).waitFor();
    const profile = sanne.getByRole('form', { name: 'Mijn profiel' });
    await profile.getByLabel('Naam').fill('Sanne Leads');
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await profile.getByRole('status').waitFor();
    expect(await sanne.locator('.account-name').textContent()).toBe('Sanne Leads');
    const password = sanne.getByRole('form', { name: 'Je wachtwoord' });
    await password.getByLabel('Huidig wachtwoord').fill('demo');
    await password.getByLabel('Nieuw wachtwoord').fill('een-eigen-lang-wachtwoord');
    await password.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await password.getByRole('status').getByText('Wachtwoord gewijzigd', { exact: false }).waitFor();

    await tabs.filter({ hasText: 'API-tokens' }).click();
    const mint = sanne.getByRole('form', { name: 'Token maken' });
    await mint.getByLabel('Waarvoor is het token?').fill('Zapier');
    await mint.getByRole('button', { name: 'Token maken' }).click();
    await sanne.getByText('Token “Zapier”').waitFor();
    await sanne.getByRole('list', { name: 'Je tokens' }).getByText('Zapier').waitFor();
    expect(await sanne.getByRole('alert').count()).toBe(0);
    expect(await sanne.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await sanne.screenshot({ path: join(SCREENSHOTS, 'settings-leads-only-role-nl-390.png'), fullPage: true });
    await sanne.context().close();
  });
});
