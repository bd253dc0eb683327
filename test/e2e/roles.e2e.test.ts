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
});
