import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickUp } from './board-support.js';
import { card, column, firstCardId, logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * The keyboard model and the phone, in Chromium: a skip link first on every
 * page; ONE tab stop per board card (Enter opens it, F stars it, Space picks
 * it up); the star clickable; on a 390 px touch screen a swipe that starts
 * on a card scrolls the board, and a long press drags.
 */

/** The parts of the browser's DOM these tests read (the test project compiles without the DOM library). */
interface DomNode {
  tagName: string;
  id: string;
  className: string;
  tabIndex: number;
  scrollLeft: number;
  scrollTop: number;
  getAttribute(name: string): string | null;
  closest(selector: string): DomNode | null;
}
interface Dom {
  document: { activeElement: DomNode | null; querySelector(selector: string): DomNode | null; elementFromPoint(x: number, y: number): DomNode | null };
  scrollY: number;
}

/** What has focus: a short description to compare. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as Dom).document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', className: el?.className ?? '', companyId: el?.getAttribute('data-company-id') ?? null };
  });

const star = (page: Page, id: string) => card(page, id).locator('button.star');
const starred = async (page: Page, id: string) => (await star(page, id).getAttribute('aria-pressed')) === 'true';
const patchOf = (page: Page, id: string) => page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/companies/${id}`));

describe('keyboard and touch in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('offers a skip link as the first tab stop of every page, which moves focus to the main landmark', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    for (const [path, ready] of [
      ['/board', '.company-card'],
      [`/companies/${id}`, '.company-header h1'],
      ['/discovery', 'table.results tbody tr'],
      ['/dashboard', '.dashboard-page h1, h1'],
      ['/settings', '.settings-page h1'],
    ] as const) {
      await page.goto(`${app.url}${path}`);
      await page.locator(ready).first().waitFor();
      await page.keyboard.press('Tab');
      expect(await focused(page), path).toMatchObject({ tag: 'a', className: 'skip-link' });
      const link = page.getByRole('link', { name: 'Naar de inhoud' });
      // Shown while focused: within the viewport.
      const box = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      if (path === '/board') await page.screenshot({ path: join(SCREENSHOTS, 'a11y-skip-link-nl.png') });
      await page.keyboard.press('Enter');
      expect(await focused(page), path).toMatchObject({ tag: 'main', id: 'main' });
      expect(new URL(page.url()).hash).toBe('');
    }
    await page.context().close();
  });

  it('has one tab stop per card: Tab from a card lands on the next card, never on the link or star inside', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB' });
    const ids = await column(page, 'prospect').locator('.company-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-company-id')!));
    expect(ids.length).toBeGreaterThan(2);
    // Nothing inside a card is in the tab order.
    expect(await page.locator('.company-card a[href], .company-card button').evaluateAll((els) => els.filter((e) => (e as unknown as DomNode).tabIndex >= 0).length)).toBe(0);
    await card(page, ids[0]!).focus();
    for (const next of ids.slice(1, 3)) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).companyId).toBe(next);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).companyId).toBe(ids[1]);
    expect(await card(page, ids[1]!).getAttribute('aria-keyshortcuts')).toBe('Enter F');
    await page.screenshot({ path: join(SCREENSHOTS, 'a11y-card-focus-en.png') });
    await page.context().close();
  });

  it('opens the company page with Enter on a focused card', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'contacted');
    const name = (await card(page, id).locator('a.card-name').textContent())!;
    await card(page, id).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/companies/${id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.context().close();
  });

  it('still picks a card up with Space (and Escape puts it back)', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    await pickUp(page, id, 'prospect');
    expect(new URL(page.url()).pathname).toBe('/board');
    await page.keyboard.press('Escape');
    await page.locator('section.column.over').waitFor({ state: 'detached' });
    expect(await column(page, 'prospect').locator(`[data-company-id="${id}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('stars a focused card with F, says so, and the star is still there after a reload; F again clears it', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'meeting');
    const before = await starred(page, id);
    await card(page, id).focus();
    const saved = patchOf(page, id);
    await page.keyboard.press('f');
    // At once, before the server answers.
    expect(await starred(page, id)).toBe(!before);
    expect((await saved).ok()).toBe(true);
    await page.getByRole('status').getByText(before ? /geen favoriet meer/ : /is favoriet/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/board');
    await page.reload();
    await card(page, id).waitFor();
    expect(await starred(page, id)).toBe(!before);
    await card(page, id).focus();
    const again = patchOf(page, id);
    await page.keyboard.press('Shift+F');
    await again;
    await page.reload();
    await card(page, id).waitFor();
    expect(await starred(page, id)).toBe(before);
    await page.context().close();
  });

  it('toggles the star with a click without opening the card or starting a drag, and it persists', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { locale: 'en-GB' });
    const id = await firstCardId(page, 'prospect');
    const before = await starred(page, id);
    expect(await star(page, id).getAttribute('aria-label')).toBe('Favourite');
    const saved = patchOf(page, id);
    await star(page, id).click();
    expect((await saved).ok()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/board');
    expect(await starred(page, id)).toBe(!before);
    expect(await column(page, 'prospect').locator(`[data-company-id="${id}"]`).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'a11y-star-en.png') });
    await page.reload();
    await card(page, id).waitFor();
    expect(await starred(page, id)).toBe(!before);
    await page.context().close();
  });

  describe('on a 390 px touch screen', () => {
    /** A phone: touch, a mobile viewport, logged in by tapping. */
    async function phone(locale = 'nl-NL'): Promise<{ page: Page; cdp: CDPSession }> {
      const context = await app.browser.newContext({ locale, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(app.url);
      const dutch = locale.startsWith('nl');
      await page.getByLabel(dutch ? 'E-mailadres' : 'E-mail address').fill('demo@clientpipe.local');
      await page.getByLabel(dutch ? 'Wachtwoord' : 'Password').fill('demo');
      await page.getByRole('button', { name: dutch ? 'Inloggen' : 'Log in' }).tap();
      await page.locator('.company-card').first().waitFor();
      return { page, cdp: await context.newCDPSession(page) };
    }

    /** Real touch events through the DevTools protocol, from one point to another in steps. */
    async function touch(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, options: { holdMs?: number; steps?: number } = {}) {
      const steps = options.steps ?? 12;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
      if (options.holdMs) await new Promise((resolve) => setTimeout(resolve, options.holdMs));
      for (let i = 1; i <= steps; i++) {
        const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }

    /** A point on the card's lower part (the name at the top is a link), inside the viewport. */
    async function grip(page: Page, id: string) {
      const box = (await card(page, id).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height - 10 };
    }

    const scroll = (page: Page) =>
      page.evaluate(() => {
        const columns = (globalThis as unknown as Dom).document.querySelector('.board-page .columns')!;
        return { left: columns.scrollLeft, top: columns.scrollTop, page: (globalThis as unknown as Dom).scrollY };
      });

    it('scrolls the board sideways when a swipe starts on a card, without moving the card', async () => {
      const { page, cdp } = await phone();
      const id = await firstCardId(page, 'prospect');
      await card(page, id).scrollIntoViewIfNeeded();
      const start = await scroll(page);
      expect(start.left).toBe(0);
      const from = await grip(page, id);
      let moves = 0;
      page.on('request', (r) => {
        if (r.url().includes('/status')) moves++;
      });
      await touch(cdp, from, { x: from.x - 220, y: from.y });
      await expect.poll(async () => (await scroll(page)).left).toBeGreaterThan(100);
      // Not dragged: the card is where it was, nothing asked of the server, still on the board.
      expect(await card(page, id).getAttribute('class')).not.toContain('dragging');
      expect(await column(page, 'prospect').locator(`[data-company-id="${id}"]`).count()).toBe(1);
      expect(moves).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/board');
      await page.screenshot({ path: join(SCREENSHOTS, 'a11y-phone-swiped-nl.png') });

      // And up: the board's columns or the page scroll down.
      const before = await scroll(page);
      // From a card on screen at that height, wherever the swipe above left the board (the middle of the
      // screen may be the gap between two columns, depending on how far the swipe scrolled).
      const up = await page.evaluate((y) => {
        type Box = { left: number; right: number; top: number; bottom: number };
        const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): Iterable<{ getBoundingClientRect(): Box }> } }).document;
        for (const element of doc.querySelectorAll('.company-card')) {
          const box = element.getBoundingClientRect();
          const left = Math.max(box.left, 0);
          const right = Math.min(box.right, 390);
          if (box.top <= y && box.bottom >= y && right - left > 40) return { x: Math.round((left + right) / 2), y };
        }
        return { x: 195, y };
      }, from.y);
      expect(await page.evaluate(({ x, y }) => (globalThis as unknown as Dom).document.elementFromPoint(x, y)?.closest('.company-card') !== null, up)).toBe(true);
      await touch(cdp, up, { x: up.x, y: up.y - 250 });
      await expect.poll(async () => {
        const after = await scroll(page);
        return after.top + after.page > before.top + before.page;
      }).toBe(true);
      await page.context().close();
    });

    it('drags a card after a long press, to the next column', async () => {
      const { page, cdp } = await phone('en-GB');
      const id = await firstCardId(page, 'prospect');
      await card(page, id).scrollIntoViewIfNeeded();
      const from = await grip(page, id);
      const target = (await column(page, 'contacted').boundingBox())!;
      const to = { x: Math.min(target.x + 60, 380), y: from.y };
      await touch(cdp, from, to, { holdMs: 600, steps: 20 });
      await column(page, 'contacted').locator(`[data-company-id="${id}"]`).waitFor();
      await page.reload();
      await column(page, 'contacted').locator(`[data-company-id="${id}"]`).waitFor();
      await page.context().close();
    });

    it('shows the board, a focused card and the star on a phone, in Dutch and English', async () => {
      for (const locale of ['nl-NL', 'en-GB']) {
        const { page } = await phone(locale);
        await page.locator('.company-card').first().focus();
        await page.screenshot({ path: join(SCREENSHOTS, `a11y-phone-board-${locale.slice(0, 2)}.png`) });
        await page.context().close();
      }
    });
  });
});
