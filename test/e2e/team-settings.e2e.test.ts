import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/platform/db/connect.js';
import { logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * Settings → Team, API tokens and My profile in Chromium: the demo admin
 * invites a colleague, who accepts in a browser of their own and is logged
 * in; the admin changes their role and deactivates them, and the
 * colleague's open page falls back to the login on its next request. A
 * recruiter sees no admin action. A token is shown once and revoked. A
 * team larger than one page of the users API is listed whole.
 */

const KEES = { email: 'kees@clientpipe.local', name: 'Kees Koper', password: 'Kees-zijn-eigen-wachtwoord-2026' };

/** A request from the page with its own session, as the web app makes them. */
async function status(page: Page, path: string, headers: Record<string, string> = {}): Promise<number> {
  return page.evaluate(async ([url, extra]) => (await fetch(url!, { headers: extra as Record<string, string> })).status, [path, headers] as const);
}

async function noSidewaysScroll(page: Page) {
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
}

describe('Settings → Team, API tokens and My profile in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('an admin invites a colleague, who accepts elsewhere and is logged in; a role change holds at once; deactivation logs their open page out', async () => {
    const admin = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await admin.goto(`${app.url}/settings?tab=team`);
    const inviteForm = admin.getByRole('form', { name: 'Collega uitnodigen' });
    await inviteForm.getByLabel('E-mailadres').fill(KEES.email);
    await inviteForm.getByLabel('Naam (optioneel)').fill(KEES.name);
    await inviteForm.getByLabel('Rol').selectOption('recruiter');
    await inviteForm.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const link = admin.getByLabel(`Uitnodigingslink voor ${KEES.email}`);
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${app.url}/invite#cpi_`));
    await admin.locator('.invite-list li', { hasText: KEES.email }).waitFor();
    await admin.screenshot({ path: join(SCREENSHOTS, 'settings-team-invite-nl-1280.png'), fullPage: true });

    // The colleague opens the link in a browser of their own, in English.
    const context = await app.browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const kees = await context.newPage();
    await kees.goto(url);
    await kees.getByRole('heading', { name: 'Welcome to' }).waitFor();
    await kees.getByText(`You were invited as Recruiter with the e-mail address ${KEES.email}.`).waitFor();
    expect(await kees.getByLabel('Your name').inputValue()).toBe(KEES.name);
    await kees.getByLabel('Choose a password').fill('password1234');
    await kees.getByRole('button', { name: 'Create account and log in' }).click();
    await expect.poll(() => kees.getByLabel('Choose a password').getAttribute('aria-invalid')).toBe('true');
    await kees.screenshot({ path: join(SCREENSHOTS, 'invite-accept-en-390.png'), fullPage: true });
    await kees.getByLabel('Choose a password').fill(KEES.password);
    await kees.getByRole('button', { name: 'Create account and log in' }).click();
    await kees.locator('.topbar').waitFor();
    expect(await kees.evaluate(async () => ((await (await fetch('/api/me')).json()) as { name: string; role: string }))).toMatchObject({ name: KEES.name, role: 'recruiter' });
    expect(new URL(kees.url()).hash).toBe('');
    // The link is used up.
    const again = await app.browser.newContext({ locale: 'en-GB' });
    const stranger = await again.newPage();
    await stranger.goto(url);
    await stranger.getByText('This invite link was already used.', { exact: false }).waitFor();
    await again.close();

    // The admin sees them in the team and makes them a manager: their open session holds the new role at once.
    await admin.reload();
    const row = admin.locator('.member-row', { hasText: KEES.email });
    await row.getByText('Actief', { exact: true }).waitFor();
    await row.getByLabel(`Rol van ${KEES.name}`).selectOption('manager');
    await row.getByRole('status').getByText(`${KEES.name} is nu Manager.`, { exact: false }).waitFor();
    expect(await kees.evaluate(async () => ((await (await fetch('/api/me')).json()) as { role: string }).role)).toBe('manager');

    // Deactivating asks first; cancelling changes nothing.
    await row.getByRole('button', { name: `${KEES.name} deactiveren` }).click();
    const dialog = admin.getByRole('dialog', { name: `${KEES.name} deactiveren?` });
    await dialog.waitFor();
    await admin.screenshot({ path: join(SCREENSHOTS, 'settings-team-deactivate-nl-1280.png') });
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await status(kees, '/api/me')).toBe(200);
    await row.getByRole('button', { name: `${KEES.name} deactiveren` }).click();
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await row.getByText('Gedeactiveerd', { exact: true }).waitFor();

    // The colleague's open page: the next request it makes finds the session ended, and the login shows.
    await kees.getByRole('link', { name: 'Dashboard' }).click();
    await kees.getByRole('heading', { name: 'Log in to clientpipe' }).waitFor();
    await context.close();

    // Reactivated, they log in with their own password again.
    await row.getByRole('button', { name: `${KEES.name} weer activeren` }).click();
    await row.getByText('Actief', { exact: true }).waitFor();
    const back = await logIn(app, KEES.email, { password: KEES.password, waitFor: '.topbar', locale: 'en-GB' });
    await back.context().close();
    await admin.context().close();
  });

  it('shows a recruiter only their profile and their own tokens, and no admin action', async () => {
    const sanne = await logIn(app, 'sanne@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await sanne.goto(`${app.url}/settings?tab=team`);
    await sanne.getByRole('heading', { name: 'Mijn profiel' }).waitFor();
    const tabs = sanne.getByRole('tablist', { name: 'Instellingen' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Mijn profiel', 'API-tokens']);
    for (const admin of ['Collega toevoegen', 'Collega uitnodigen', 'Pipelines', 'Team']) {
      expect(await sanne.getByRole('heading', { name: admin, exact: true }).count(), admin).toBe(0);
    }
    expect(await sanne.getByRole('button', { name: /deactiveren|Nieuw wachtwoord voor/ }).count()).toBe(0);
    // The server refuses too.
    expect(await sanne.evaluate(async () => (await fetch('/api/invites')).status)).toBe(403);

    // The tabs by keyboard: one tab stop, the arrows move and open.
    await sanne.getByRole('tab', { name: 'Mijn profiel' }).focus();
    await sanne.keyboard.press('ArrowRight');
    await sanne.getByRole('heading', { name: 'API-tokens' }).waitFor();
    expect(await sanne.getByRole('tab', { name: 'API-tokens' }).getAttribute('aria-selected')).toBe('true');
    expect(await sanne.getByRole('tab', { name: 'API-tokens' }).evaluate((tab) => tab === tab.ownerDocument.activeElement)).toBe(true);
    await sanne.context().close();
  });

  it('creates a token shown once, records its use, and revokes it after a question', async () => {
    const page = await logIn(app, 'sanne@clientpipe.local', { width: 1280, waitFor: '.topbar', locale: 'en-GB' });
    await page.goto(`${app.url}/settings?tab=tokens`);
    await page.getByLabel('What is the token for?').fill('Zapier');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByLabel('Token “Zapier”');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^cpt_/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText(/^(Copied\.|Selected: copy with)/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-tokens-created-en-1280.png'), fullPage: true });

    expect(await status(page, '/api/me', { authorization: `Bearer ${token}` })).toBe(200);
    await page.reload();
    const row = page.locator('.token-list li', { hasText: 'Zapier' });
    await row.getByText(/^last used/).waitFor();
    // Shown once: after a reload the secret is nowhere on the page.
    expect(await page.content()).not.toContain(token);

    await row.getByRole('button', { name: 'Revoke token Zapier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke token “Zapier”?' });
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText('Revoked', { exact: true }).waitFor();
    expect(await status(page, '/api/me', { authorization: `Bearer ${token}` })).toBe(401);
    await page.context().close();
  });

  it('keeps my language on my profile: the app opens in it after the next login, wherever', async () => {
    const page = await logIn(app, 'daan@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings`);
    const form = page.getByRole('form', { name: 'Mijn profiel' });
    await form.getByLabel('Taal').selectOption('en');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'My profile' }).first().waitFor();
    await page.getByText('Changing it logs you out on your other devices and browsers', { exact: false }).waitFor();
    await page.context().close();
    // A Dutch browser elsewhere: after login the app is in English.
    const elsewhere = await logIn(app, 'daan@clientpipe.local', { width: 1280, waitFor: '.topbar', locale: 'nl-NL' });
    await elsewhere.getByRole('link', { name: 'Settings' }).waitFor();
    await elsewhere.context().close();
  });

  it('fits a phone and a desktop in both languages', async () => {
    for (const [locale, language] of [['nl-NL', 'nl'], ['en-GB', 'en']] as const) {
      for (const width of [1280, 390]) {
        const page = await logIn(app, 'demo@clientpipe.local', { locale, width, height: 900, waitFor: '.topbar' });
        for (const tab of ['profile', 'team', 'tokens']) {
          await page.goto(`${app.url}/settings?tab=${tab}`);
          await page.locator('.settings-panel .settings-section').first().waitFor();
          if (tab === 'team') await page.locator('.member-row').first().waitFor();
          if (width === 390) await noSidewaysScroll(page);
          await page.screenshot({ path: join(SCREENSHOTS, `settings-${tab}-${language}-${width}.png`), fullPage: true });
        }
        await page.context().close();
      }
    }
  });
});

/** Colleagues written straight into the seeded database (they never log in): more than one page of GET /api/users (200). */
const MANY = 230;
const colleagueName = (i: number) => `Teamlid ${String(i).padStart(3, '0')}`;

async function addColleagues(dataDir: string): Promise<void> {
  const db = await connect({ kind: 'pglite', dataDir });
  try {
    const admin = await db.selectFrom('users').select('agency_id').where('email', '=', 'demo@clientpipe.local').executeTakeFirstOrThrow();
    await db
      .insertInto('users')
      .values(
        Array.from({ length: MANY }, (_, i) => ({
          agency_id: admin.agency_id,
          email: `teamlid-${i + 1}@clientpipe.local`,
          name: colleagueName(i + 1),
          password_hash: 'scrypt$e2e-never-logs-in',
          role: 'recruiter' as const,
          branch_id: null,
          // The last one left: still in the team list, no owner to choose.
          deactivated_at: i + 1 === MANY ? new Date() : null,
        })),
      )
      .execute();
  } finally {
    await db.destroy();
  }
}

describe(`Settings → Team with ${MANY + 4} people in Chromium`, () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ companies: 20, prepare: addColleagues });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('lists every member, past the API page of 200, and the owner pickers offer every active one', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await page.goto(`${app.url}/settings?tab=team`);
    const rows = page.locator('.member-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(MANY + 4);
    const last = page.locator('.member-row', { hasText: `teamlid-${MANY}@clientpipe.local` });
    await last.getByText('Gedeactiveerd', { exact: true }).waitFor();
    await page.locator('.member-row', { hasText: `teamlid-${MANY - 1}@clientpipe.local` }).getByText('Actief', { exact: true }).waitFor();
    await last.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-team-many-nl-1280.png') });

    // The same list feeds the owner pickers: the last active colleague is a choice, the deactivated one is not.
    const companyId = await page.evaluate(async () => ((await (await fetch('/api/companies?limit=1')).json()) as { items: { id: string }[] }).items[0]!.id);
    await page.goto(`${app.url}/companies/${companyId}`);
    const owner = page.locator('.company-side').getByLabel('Eigenaar');
    await expect.poll(() => owner.locator('option').allTextContents(), { timeout: 20_000 }).toContain(colleagueName(MANY - 1));
    expect((await owner.locator('option').allTextContents()).filter((name) => name.startsWith(colleagueName(MANY)))).toEqual([]);
    await page.context().close();
  });
});
