import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, column, drag, firstCardId, logIn, SCREENSHOTS, startApp, total, type RunningApp } from './support.js';

// One server and browser for the file; each test works on cards it picks at run time.
describe('web app in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('shows the board with a stat card per stage, in Dutch by default', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const labels = await page.locator('.stat .stat-label').allTextContents();
    expect(labels).toEqual(['Prospect', 'Gecontacteerd', 'Vergadering', 'Gewonnen', 'Verloren']);
    for (const stage of ['prospect', 'contacted', 'meeting', 'won', 'lost']) {
      expect(Number(await page.locator(`.stat[data-stat="${stage}"] .stat-total`).textContent())).toBe(await total(page, stage));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'board-nl.png') });
    await page.context().close();
  });

  it('drags a card from Prospect to Meeting, and it is still there after a reload', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    const [prospects, meetings] = [await total(page, 'prospect'), await total(page, 'meeting')];
    await drag(page, card(page, id), column(page, 'meeting'));
    await column(page, 'meeting').locator(`[data-company-id="${id}"]`).waitFor();
    await expect.poll(() => total(page, 'meeting')).toBe(meetings + 1);
    await page.reload();
    await column(page, 'meeting').locator(`[data-company-id="${id}"]`).waitFor();
    expect(await total(page, 'prospect')).toBe(prospects - 1);
    await page.context().close();
  });

  it('marks columns that are not valid targets while dragging, and refuses a drop there', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'meeting');
    await drag(page, card(page, id), column(page, 'prospect'), {
      beforeDrop: async () => {
        expect(await column(page, 'prospect').getAttribute('class')).toContain('no-drop');
        expect(await column(page, 'won').getAttribute('class')).toContain('can-drop');
        await page.screenshot({ path: join(SCREENSHOTS, 'board-dragging.png') });
      },
    });
    await page.getByRole('status').getByText(/^Niet verplaatst/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'board-refused.png') });
    const where = await page.locator(`[data-company-id="${id}"]`).evaluateAll((els) => els.map((e) => e.closest('section')?.getAttribute('data-stage')));
    expect(where).toEqual(['meeting']);
    await page.reload();
    await column(page, 'meeting').locator(`[data-company-id="${id}"]`).waitFor();
    await page.context().close();
  });

  it('moves a card with the keyboard alone', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    await card(page, id).focus();
    await page.keyboard.press('Space');
    // Picked up: the valid targets light up.
    await page.locator('section.column.can-drop[data-stage="contacted"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('section.column.over[data-stage="contacted"]').waitFor();
    await page.keyboard.press('Space');
    await column(page, 'contacted').locator(`[data-company-id="${id}"]`).waitFor();
    await page.reload();
    await column(page, 'contacted').locator(`[data-company-id="${id}"]`).waitFor();
    await page.context().close();
  });

  it('asks for a loss reason when a card is dropped on Lost; cancel changes nothing', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'contacted');
    const lost = await total(page, 'lost');
    await drag(page, card(page, id), column(page, 'lost'));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'lost-dialog-nl.png') });
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await column(page, 'contacted').locator(`[data-company-id="${id}"]`).count()).toBe(1);
    expect(await total(page, 'lost')).toBe(lost);

    await drag(page, card(page, id), column(page, 'lost'));
    await dialog.getByLabel('Verliesreden').selectOption('budget_or_hiring_freeze');
    await dialog.getByLabel('Toelichting').fill('Wervingsstop tot Q3');
    await dialog.getByRole('button', { name: 'Markeer als verloren' }).click();
    await column(page, 'lost').locator(`[data-company-id="${id}"]`).waitFor();
    await page.reload();
    await column(page, 'lost').locator(`[data-company-id="${id}"]`).waitFor();
    expect(await total(page, 'lost')).toBe(lost + 1);
    await page.context().close();
  });

  it('changes status from the company page selector and shows the new timeline entry', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    await card(page, id).locator('a.card-name').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /Status wijzigen: Prospect/ }).click();
    const choices = await page.getByRole('radiogroup').getByRole('radio').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    expect(choices).toEqual(['contacted', 'meeting', 'won', 'lost']);
    const selector = page.getByRole('form', { name: 'Status wijzigen' });
    await selector.getByRole('radio', { name: 'Vergadering' }).check();
    await selector.getByLabel('Toelichting (optioneel)').fill('Kennismaking donderdag 14:00');
    await selector.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Vergadering/ }).waitFor();
    const entry = page.locator('.timeline .entry').first();
    await entry.getByText('Kennismaking donderdag 14:00').waitFor();
    expect(await entry.locator('.transition').textContent()).toContain('Prospect→Vergadering');
    await page.screenshot({ path: join(SCREENSHOTS, 'company-nl.png'), fullPage: true });
    await page.context().close();
  });

  it('logs outreach on a prospect, which moves it to Contacted with the automatic marker', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    await page.goto(`${app.url}/companies/${id}`);
    await page.getByRole('tab', { name: 'Outreach' }).click();
    await page.getByLabel('Kanaal').selectOption('linkedin_message');
    await page.getByLabel('Bericht').fill('Hoi Jan, ik zag jullie vacatures voor DevOps.');
    // An employer that wants no agencies asks for a confirmation first (discovery.e2e tests that warning).
    const confirm = page.getByLabel('Ik heb dit gelezen en wil toch outreach vastleggen');
    if (await confirm.count()) await confirm.check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /Status wijzigen: Gecontacteerd/ }).waitFor();
    const automatic = page.locator('.timeline .entry.status_change').first();
    await automatic.locator('.auto-badge', { hasText: 'Automatisch' }).waitFor();
    await automatic.getByText('Automatisch verplaatst na de eerste outreach.').waitFor();
    expect(await automatic.locator('.who').textContent()).toContain('Systeem');
    await page.context().close();
  });

  it('adds a contact from the company page and lists it', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'contacted');
    await page.goto(`${app.url}/companies/${id}`);
    await page.getByRole('tab', { name: 'Contact' }).click();
    await page.getByLabel('Naam').fill('Jan de Vries');
    await page.getByLabel('Functie').fill('HR Director');
    await page.getByLabel('E-mail', { exact: true }).fill('jan@example.nl');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('region', { name: 'Contactpersonen' }).getByText('Jan de Vries').waitFor();
    await page.locator('.timeline .entry.contact_detail_added').first().waitFor();
    await page.context().close();
  });

  it('switches to English and back to Dutch, everywhere', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('link', { name: 'Board', exact: true }).waitFor();
    expect(await page.locator('.stat .stat-label').allTextContents()).toEqual(['Prospect', 'Contacted', 'Meeting', 'Won', 'Lost']);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-en.png') });

    const id = await firstCardId(page, 'meeting');
    await drag(page, card(page, id), column(page, 'lost'));
    await page.getByRole('dialog').getByLabel('Loss reason').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'lost-dialog-en.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await card(page, id).locator('a.card-name').click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'company-en.png'), fullPage: true });

    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    await page.context().close();
  });

  it("shows a colleague's move on the other's board without a reload", async () => {
    const mine = await logIn(app, 'demo@clientpipe.local');
    const colleague = await logIn(app, 'sanne@clientpipe.local');
    const id = await firstCardId(mine, 'prospect');
    await card(colleague, id).waitFor();
    await drag(mine, card(mine, id), column(mine, 'won'));
    await column(colleague, 'won').locator(`[data-company-id="${id}"]`).waitFor({ timeout: 5_000 });
    await mine.context().close();
    await colleague.context().close();
  });

  it("marks a card stale exactly when the board's answer says so (the routine's rule, not a threshold of the web's own)", async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const board = await page.evaluate(async () => (await (await fetch('/api/board?limitPerColumn=20')).json()) as { columns: { cards: { id: string; stale?: boolean }[] }[] });
    const verdicts = board.columns.flatMap((c) => c.cards).map((c) => [c.id, c.stale === true] as const);
    expect(verdicts.length).toBeGreaterThan(10);
    const shown = await page.locator('.company-card').evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-company-id'), c.classList.contains('stale')] as const));
    expect(new Map(shown)).toEqual(new Map(verdicts));
    await page.context().close();
  });

  it('works on a 390 px wide phone, the board scrolling sideways', async () => {
    const page = await logIn(app, 'demo@clientpipe.local', { width: 390, height: 844 });
    const scroll = await page.locator('.columns').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(SCREENSHOTS, 'board-phone.png') });
    await page.context().close();
  });
});
