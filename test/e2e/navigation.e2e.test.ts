import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * The top bar in Chromium (SPEC R1.4, R4.7): one row at 1280 and 1440 px in
 * Dutch and English, with Leads and Opportunities behind one "Dossiers"
 * menu; for an admin and for a role that sees neither dossier kind (which
 * gets no menu); on a phone (390 px) it wraps but never scrolls sideways.
 * The menu works with the keyboard (the menu button pattern).
 */

/** The admin (a fetch in their session) makes a role of the agency's own and gives it to a demo colleague. */
async function giveRole(admin: Page, email: string, role: { key: string; name: { nl: string; en: string }; permissions: string[] }): Promise<void> {
  const status = await admin.evaluate(
    async ({ email, role }) => {
      const json = { 'content-type': 'application/json' };
      const created = await fetch('/api/roles', { method: 'POST', headers: json, body: JSON.stringify(role) });
      if (created.status !== 201) return created.status;
      const users = (await (await fetch('/api/users')).json()) as { items: { id: string; email: string }[] };
      const user = users.items.find((item) => item.email === email)!;
      return (await fetch(`/api/users/${user.id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ role: role.key }) })).status;
    },
    { email, role },
  );
  expect(status).toBe(200);
}

// The browser's document, in code that runs in the page (this suite is typed without the DOM library).
type InPage = { document: { activeElement: { textContent: string | null } | null } };
const focusedText = (page: Page) => page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.textContent?.trim() ?? '');

describe('The top bar in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ companies: 20 });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('stays one row at 1280 and 1440 px in both languages, for an admin and for a role without dossiers; wraps without scrolling sideways at 390 px', async () => {
    const admin = await logIn(app, 'demo@clientpipe.local', { width: 1280, waitFor: '.topbar' });
    await giveRole(admin, 'lotte@clientpipe.local', { key: 'zonder-dossiers', name: { nl: 'Zonder dossiers', en: 'No dossiers' }, permissions: ['companies:view', 'companies:edit'] });
    await admin.context().close();

    for (const [who, email] of [
      ['admin', 'demo@clientpipe.local'],
      ['no-dossiers', 'lotte@clientpipe.local'],
    ] as const) {
      for (const locale of ['nl-NL', 'en-GB']) {
        for (const width of [1280, 1440, 390]) {
          const page = await logIn(app, email, { locale, width, height: width === 390 ? 844 : 900, waitFor: '.topbar' });
          const nav = page.getByRole('navigation', { name: 'main' });
          const menuButton = nav.getByRole('button', { name: 'Dossiers' });
          expect(await menuButton.count(), `${who} ${locale} ${width}`).toBe(who === 'admin' ? 1 : 0);
          expect(await nav.getByRole('link', { name: /^(Leads|Opportunities)$/ }).count()).toBe(0);
          await page.screenshot({ path: join(SCREENSHOTS, `topbar-${who}-${locale.slice(0, 2)}-${width}.png`), clip: { x: 0, y: 0, width, height: width === 390 ? 320 : 220 } });
          const height = await page.locator('.topbar').evaluate((bar) => bar.getBoundingClientRect().height);
          if (width > 390) expect(height, `${who} ${locale} ${width}: one row`).toBeLessThan(70);
          // The bar itself never runs past the screen (the board below may scroll sideways by design).
          expect(await page.locator('.topbar').evaluate((bar) => bar.scrollWidth), `${who} ${locale} ${width}`).toBeLessThanOrEqual(width);
          if (who === 'admin') {
            // Opened, the menu stays on screen.
            await menuButton.click();
            const box = (await page.getByRole('menu', { name: 'Dossiers' }).boundingBox())!;
            expect(box.x + box.width).toBeLessThanOrEqual(width);
            await page.screenshot({ path: join(SCREENSHOTS, `topbar-${who}-${locale.slice(0, 2)}-${width}-menu.png`), clip: { x: 0, y: 0, width, height: width === 390 ? 320 : 220 } });
          }
          await page.context().close();
        }
      }
    }
  }, 300_000);

  it('opens the Dossiers menu with the keyboard: arrows and Home/End move, Escape closes and gives focus back, Enter opens the page', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB', width: 1280, waitFor: '.topbar' });
    const button = page.getByRole('navigation', { name: 'main' }).getByRole('button', { name: 'Dossiers' });
    const menu = page.getByRole('menu', { name: 'Dossiers' });
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focusedText(page)).toBe('Leads');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Opportunities');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Leads');
    await page.keyboard.press('End');
    expect(await focusedText(page)).toBe('Opportunities');
    await page.keyboard.press('Home');
    expect(await focusedText(page)).toBe('Leads');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await button.evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement)).toBe(true);

    // ArrowUp opens on the last item; Enter follows it; the button says where you are.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedText(page)).toBe('Opportunities');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/opportunities$/);
    await menu.waitFor({ state: 'hidden' });
    await expect.poll(() => button.getAttribute('aria-current')).toBe('page');
    // A click elsewhere closes it too.
    await button.click();
    await menu.waitFor();
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await menu.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});
