import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardNamed, DEALS, DEEP_DEAL, moveRight, openDeals, pickUp, seedDeals } from './board-support.js';
import { card, column, drag, firstCardId, logIn, SCREENSHOTS, startApp, total, type RunningApp } from './support.js';

// One server and browser for the file; each test works on cards it picks at run time.
describe('web app in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ prepare: seedDeals });
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
    await pickUp(page, id, 'prospect');
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

  it('reopens the drop dialog with exactly the gates a 422 lists, keeping the move', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const id = await firstCardId(page, 'prospect');
    // The server refuses the first attempt as it would after a colleague added a gate to the stage; later attempts go through to it.
    const sent: unknown[] = [];
    await page.route('**/api/companies/*/status', async (route) => {
      sent.push(route.request().postDataJSON());
      if (sent.length > 1) return route.continue();
      return route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: '/problems/gates-required', title: 'Meer nodig', status: 422, detail: 'Naar Gecontacteerd vraagt: een reden om fasen over te slaan.', missing: [{ kind: 'skipReason' }] }),
      });
    });
    await drag(page, card(page, id), column(page, 'contacted'));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('alert').getByText('Naar Gecontacteerd vraagt: een reden om fasen over te slaan.').waitFor();
    expect(await column(page, 'prospect').locator(`[data-company-id="${id}"]`).count()).toBe(1);
    await dialog.getByLabel('Reden om fasen over te slaan').fill('Direct doorverwezen');
    await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
    await column(page, 'contacted').locator(`[data-company-id="${id}"]`).waitFor();
    expect(sent).toEqual([{ status: 'contacted' }, { status: 'contacted', skipReason: 'Direct doorverwezen' }]);
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
    // Contacted: the column the demo fills most, so the tests before this one cannot empty it.
    const id = await firstCardId(mine, 'contacted');
    await card(colleague, id).waitFor();
    await drag(mine, card(mine, id), column(mine, 'meeting'));
    await column(colleague, 'meeting').locator(`[data-company-id="${id}"]`).waitFor({ timeout: 10_000 });
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

  describe('a Deal pipeline', () => {

    it('switches to the Deal pipeline and remembers it, in the address and for the user', async () => {
      const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, height: 800 });
      await openDeals(page);
      expect(new URL(page.url()).searchParams.get('pipeline')).toMatch(/^[0-9a-f-]{36}$/);
      expect(await page.locator('.stat .stat-label').allTextContents()).toEqual(['Lead', 'Kwalificatie', 'Bezichtiging', 'Onderhandeling', 'Afronding', 'Gewonnen', 'Verloren', 'Wachtend']);
      await page.goto(`${app.url}/board`);
      await column(page, 'lead').locator('.company-card').first().waitFor();
      expect(await page.getByLabel('Pipeline kiezen').locator('option:checked').textContent()).toBe('Dealpipeline');
      await page.context().close();
    });

    it('shows each column with its count and value sum, and loads the rest of a long column', async () => {
      const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, height: 800 });
      await openDeals(page);
      const lead = column(page, 'lead');
      expect(await total(page, 'lead')).toBe(DEALS);
      // € 31.250: the whole column, not the 20 cards shown.
      expect((await lead.locator('.value-sum').textContent())?.replace(/\s/g, ' ')).toBe('€ 31.250');
      expect(await lead.locator('.company-card').count()).toBe(20);
      expect(await cardNamed(page, DEEP_DEAL).count()).toBe(0);
      await lead.getByRole('button', { name: '+ 5 meer' }).click();
      await cardNamed(page, DEEP_DEAL).waitFor();
      const ids = await lead.locator('.company-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-company-id')));
      expect(new Set(ids).size).toBe(DEALS);
      expect(await lead.getByRole('button', { name: /meer/ }).count()).toBe(0);
      // Scrolled to the end of the column, its header (name, count, value) stays at the top of the board.
      const board = page.locator('.columns');
      await board.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect.poll(() => board.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
      const [header, top] = [await lead.locator('.column-header').boundingBox(), await board.boundingBox()];
      expect(Math.abs(header!.y - top!.y)).toBeLessThan(2);
      await page.screenshot({ path: join(SCREENSHOTS, 'board-deal-scrolled-nl.png') });
      await page.context().close();
    });

    it('finds a company far down its column with the search box, on the server', async () => {
      const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, height: 800 });
      await openDeals(page);
      expect(await cardNamed(page, DEEP_DEAL).count()).toBe(0);
      await page.getByLabel('Zoek bedrijf…').fill('olmuhle');
      await cardNamed(page, DEEP_DEAL).waitFor();
      await expect.poll(() => total(page, 'lead')).toBe(1);
      expect(await page.locator('.company-card').count()).toBe(1);
      await page.getByLabel('Zoek bedrijf…').fill('');
      await expect.poll(() => total(page, 'lead')).toBe(DEALS);
      await page.context().close();
    });

    it('moves a deal from Lead to Negotiation through the drop dialog: the checklists and a reason to skip', async () => {
      const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, height: 800 });
      await openDeals(page);
      const id = await firstCardId(page, 'lead');
      await drag(page, card(page, id), column(page, 'negotiation'));
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Slaat over: Kwalificatie, Bezichtiging').waitFor();
      // Exactly what the gates ask: Lead's four exit criteria, Negotiation's three entry criteria, a skip reason, nothing else.
      expect(await dialog.getByRole('checkbox').count()).toBe(7);
      expect(await dialog.getByRole('group').allTextContents()).toEqual([
        expect.stringMatching(/^Afgerond in Lead/),
        expect.stringMatching(/^Klaar voor Onderhandeling/),
      ]);
      expect(await dialog.getByLabel('Verliesreden').count()).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, 'board-deal-skip-dialog-nl.png') });
      // Not all ticked: the browser keeps the dialog open.
      await dialog.getByLabel('Reden om fasen over te slaan').fill('Koper wil direct een bod doen');
      await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
      expect(await dialog.isVisible()).toBe(true);
      for (const box of await dialog.getByRole('checkbox').all()) await box.check();
      await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
      await dialog.waitFor({ state: 'detached' });
      await column(page, 'negotiation').locator(`[data-company-id="${id}"]`).waitFor();
      await page.reload();
      await column(page, 'negotiation').locator(`[data-company-id="${id}"]`).waitFor();
      expect((await column(page, 'negotiation').locator('.value-sum').textContent())?.replace(/\s/g, ' ')).toBe('€ 1.250');
      await page.context().close();
    });

    it('puts a deal On hold with a reason and a day to resume, and the card shows that day', async () => {
      const page = await logIn(app, 'demo@clientpipe.local', { width: 1280, height: 800 });
      await openDeals(page);
      const id = await firstCardId(page, 'lead');
      // On hold is the last column, out of view at this width: the keyboard takes the card there, the board scrolling along.
      await pickUp(page, id, 'lead');
      await page.locator('section.column.can-drop[data-stage="on_hold"]').waitFor();
      await moveRight(page, ['qualification', 'viewing', 'negotiation', 'closing', 'won', 'lost', 'on_hold']);
      await page.keyboard.press('Space');
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reden om te wachten').fill('Budget pas in het nieuwe boekjaar');
      await dialog.getByLabel('Hervatten op').fill('2027-04-01');
      expect(await dialog.getByRole('checkbox').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
      const held = column(page, 'on_hold').locator(`[data-company-id="${id}"]`);
      await held.locator('.resume-at').getByText(/Hervatten op 1 apr\.? 2027/).waitFor();
      await page.reload();
      await held.locator('.resume-at').getByText(/Hervatten op 1 apr\.? 2027/).waitFor();
      await held.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, 'board-deal-on-hold-nl.png') });
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await held.locator('.resume-at').getByText('Resume on 1 Apr 2027').waitFor();
      await page.getByRole('button', { name: 'NL', exact: true }).click();
      await page.context().close();
    });

    it('looks right at 1280 px and 390 px, in Dutch and English', async () => {
      // One login (the login route allows 20 a minute per address); each size is a fresh page of that session, as a phone would load it.
      const first = await logIn(app, 'demo@clientpipe.local', { width: 1280, height: 800 });
      await openDeals(first);
      const address = first.url();
      for (const [language, width] of [['nl', 1280], ['nl', 390], ['en', 1280], ['en', 390]] as const) {
        const page = await first.context().newPage();
        await page.setViewportSize({ width, height: width < 500 ? 844 : 800 });
        await page.goto(address);
        await page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
        await column(page, 'lead').getByText(language === 'nl' ? /gewogen/ : /weighted/).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `board-deal-${width}-${language}.png`) });
        expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(width + 10);
        expect(await column(page, 'lead').locator('.value-sum').textContent()).toMatch(language === 'nl' ? /^€\s\d{1,3}(\.\d{3})*$/ : /^€\d{1,3}(,\d{3})*$/);
        const id = await firstCardId(page, 'lead');
        await pickUp(page, id, 'lead');
        await moveRight(page, ['qualification', 'viewing']);
        await page.keyboard.press('Space');
        await page.getByRole('dialog').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `board-deal-dialog-${width}-${language}.png`) });
        await page.getByRole('dialog').getByRole('button', { name: language === 'nl' ? 'Annuleren' : 'Cancel' }).click();
        await page.close();
      }
      await first.getByRole('button', { name: 'NL', exact: true }).click();
      await first.context().close();
    });
  });
});
