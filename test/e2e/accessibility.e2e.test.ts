import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { column, drag, firstCardId, logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/*
 * axe-core over every page of the web app, in Dutch and in English: zero
 * serious or critical violations of WCAG 2 A/AA and axe's best practices,
 * and none of the moderate rules axe.ts enforces (landmarks: one banner at
 * the top level, no two landmarks of one role and name).
 * A new page is one row in PAGES (its address and what shows it has
 * loaded); a dialog or form is one row in DIALOGS.
 */

/** Records the pages open: a company, its shared company, the default pipeline, a lead of that company with a vacancy, and an opportunity. */
interface Ids {
  companyId: string;
  globalCompanyId: string;
  pipelineId: string;
  leadId: string;
  opportunityId: string;
}

interface PageCase {
  name: string;
  path(ids: Ids): string;
  /** Waits until the page shows what it shows when loaded (axe measures what is there). */
  ready(page: Page): Promise<void>;
}

const PIPEDRIVE_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'client-import', 'pipedrive.csv');

const visible = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().waitFor();
};

export const PAGES: PageCase[] = [
  { name: 'board', path: () => '/board', ready: visible('.company-card') },
  {
    name: 'company',
    path: (ids) => `/companies/${ids.companyId}`,
    ready: async (page) => {
      await page.locator('.company-header h1').waitFor();
      await page.locator('.timeline .entry').first().waitFor();
      await page.locator('.hiring-panel').waitFor();
    },
  },
  { name: 'companies', path: () => '/companies', ready: visible('table.companies-table tbody tr') },
  { name: 'people', path: () => '/people', ready: visible('table.people-table tbody tr') },
  { name: 'discovery', path: () => '/discovery', ready: visible('table.results tbody tr') },
  {
    name: 'discovery-detail',
    path: (ids) => `/discovery/${ids.globalCompanyId}`,
    ready: async (page) => {
      await page.locator('h1').waitFor();
      await page.locator('.hiring-trend svg.recharts-surface').waitFor();
    },
  },
  {
    name: 'dashboard',
    path: () => '/dashboard',
    ready: async (page) => {
      await page.locator('[data-chart="funnel"] svg.recharts-surface').waitFor();
      await page.locator('table.leaderboard tbody tr').first().waitFor();
      await page.locator('[data-list="stale"] .routine-list li').first().waitFor();
    },
  },
  { name: 'settings-profile', path: () => '/settings', ready: visible('.settings-page form.team-form') },
  { name: 'settings-team', path: () => '/settings?tab=team', ready: visible('.settings-page .team-list li') },
  { name: 'settings-roles', path: () => '/settings?tab=roles', ready: visible('.settings-page table.role-matrix') },
  { name: 'settings-branches', path: () => '/settings?tab=branches', ready: visible('.settings-page form.team-form') },
  { name: 'settings-dossiers', path: () => '/settings?tab=dossiers', ready: visible('.settings-page .name-list-row') },
  { name: 'settings-tokens', path: () => '/settings?tab=tokens', ready: visible('.settings-page form.team-form') },
  { name: 'settings-pipelines', path: () => '/settings?tab=pipelines', ready: visible('.settings-page .pipeline-list li') },
  { name: 'settings-triggers', path: () => '/settings?tab=triggers', ready: visible('.settings-page .triggers-section .built-in') },
  { name: 'client-import', path: () => '/settings/import-clients', ready: visible('input[type="file"]') },
  { name: 'pipeline-editor', path: (ids) => `/settings/pipelines/${ids.pipelineId}`, ready: visible('.stage-row') },
  { name: 'leads', path: () => '/leads', ready: visible('table.dossier-table tbody tr') },
  { name: 'opportunities', path: () => '/opportunities', ready: visible('table.dossier-table tbody tr') },
  {
    name: 'lead',
    path: (ids) => `/dossiers/${ids.leadId}`,
    ready: async (page) => {
      await page.locator('[data-testid="dossier-vacancies"] li').first().waitFor();
      await page.locator('[data-testid="dossier-timeline"] li').first().waitFor();
    },
  },
  { name: 'opportunity', path: (ids) => `/dossiers/${ids.opportunityId}`, ready: visible('[data-testid="dossier-timeline"] li') },
  { name: 'not-found', path: () => '/no-such-page', ready: visible('.not-found h1') },
];

interface DialogCase {
  name: string;
  path(ids: Ids): string;
  /** Opens the dialog or form on the loaded page; returns the selector that holds it. */
  open(page: Page, ids: Ids): Promise<string>;
}

const LANGUAGES = [
  { lang: 'nl', locale: 'nl-NL' },
  { lang: 'en', locale: 'en-GB' },
] as const;
type Lang = (typeof LANGUAGES)[number]['lang'];

/** Words the dialogs are opened by, per language. */
const WORDS = {
  nl: { changeStatus: /Status wijzigen/, tabs: ['Notitie', 'Gesprek', 'Outreach', 'Afspraak', 'Contact'], cancel: 'Annuleren' },
  en: { changeStatus: /Change status/, tabs: ['Note', 'Call', 'Outreach', 'Meeting', 'Contact'], cancel: 'Cancel' },
} satisfies Record<Lang, unknown>;

const DIALOGS: DialogCase[] = [
  {
    // Settings → Triggers' rule form, with a condition and a second action row.
    name: 'triggers-rule-form',
    path: () => '/settings?tab=triggers',
    open: async (page) => {
      await page.locator('.triggers-section > button.primary').click();
      const form = page.locator('form.rule-form');
      await form.locator('fieldset').nth(1).getByRole('button').last().click();
      await form.locator('fieldset').nth(2).getByRole('button').last().click();
      return 'form.rule-form';
    },
  },
  {
    // The import's mapping screen: the Pipedrive fixture read, its columns, stages, owners and preview shown.
    name: 'client-import-mapping',
    path: () => '/settings/import-clients',
    open: async (page) => {
      await page.locator('input[type="file"]').setInputFiles(PIPEDRIVE_FIXTURE);
      await page.locator('form.import-upload button[type="submit"]').click();
      await page.locator('[data-testid="stage-mapping"]').waitFor();
      return 'main';
    },
  },
  {
    name: 'board-gate-dialog',
    path: () => '/board',
    open: async (page) => {
      await page.locator('.company-card').first().waitFor();
      const id = await firstCardId(page, 'contacted');
      await drag(page, page.locator(`.company-card[data-company-id="${id}"]`), column(page, 'lost'));
      await page.locator('dialog[open]').waitFor();
      return 'dialog[open]';
    },
  },
  {
    name: 'notifications-panel',
    path: () => '/board',
    open: async (page) => {
      await page.locator('.bell-button').click();
      await page.locator('.bell-panel').waitFor();
      return '.topbar';
    },
  },
  {
    name: 'account-menu',
    path: () => '/board',
    open: async (page) => {
      await page.locator('.account-button').click();
      await page.locator('.account-panel').waitFor();
      return '.topbar';
    },
  },
  {
    name: 'dossiers-menu',
    path: () => '/board',
    open: async (page) => {
      await page.locator('.nav-menu-button').click();
      await page.getByRole('menu').waitFor();
      return '.topbar';
    },
  },
  {
    // A dossier overview's reports tab: its charts and tables.
    name: 'dossier-reports',
    path: () => '/opportunities',
    open: async (page) => {
      await page.locator('table.dossier-table tbody tr').first().waitFor();
      await page.locator('.dossiers-page [role="tab"]').last().click();
      await page.locator('.dossier-reports .dashboard-chart').first().waitFor();
      return 'main';
    },
  },
  {
    name: 'dossier-wizard',
    path: () => '/leads?new=1',
    open: async (page) => {
      await page.locator('dialog.wizard-dialog[open]').waitFor();
      return 'dialog[open]';
    },
  },
  {
    name: 'company-status-dialog',
    path: (ids) => `/companies/${ids.companyId}`,
    open: async (page) => {
      const lang = (await page.locator('html').getAttribute('lang')) as Lang;
      await page.getByRole('button', { name: WORDS[lang].changeStatus }).click();
      await page.locator('dialog[open]').waitFor();
      return 'dialog[open]';
    },
  },
];

async function idsOf(page: Page): Promise<Ids> {
  return page.evaluate(async () => {
    const get = async <T,>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
    const post = async <T,>(url: string, body: unknown): Promise<T> => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<T>;
    };
    const board = await get<{ pipeline: { id: string }; columns: { cards: { id: string }[] }[] }>('/api/board');
    const companyId = board.columns.flatMap((c) => c.cards)[0]!.id;
    const company = await get<{ globalCompany: { id: string } }>(`/api/companies/${companyId}`);
    // A lead and an opportunity of their own, so the dossier pages have something to show whatever the demo holds.
    const lead = await post<{ id: string }>('/api/dossiers', { kind: 'lead', title: 'Toegankelijkheid (a11y)', companyId });
    await post('/api/vacancies', { title: 'Vacature (a11y)', companyId, leadId: lead.id });
    const opportunity = await post<{ id: string }>('/api/dossiers', { kind: 'opportunity', title: 'Raamovereenkomst (a11y)', companyId, value: 12000 });
    return { companyId, globalCompanyId: company.globalCompany.id, pipelineId: board.pipeline.id, leadId: lead.id, opportunityId: opportunity.id };
  });
}

describe('accessibility (axe-core) in Chromium, in Dutch and English', () => {
  let app: RunningApp;
  let ids: Ids;
  const pages = new Map<Lang, Page>();
  beforeAll(async () => {
    app = await startApp();
    for (const { lang, locale } of LANGUAGES) pages.set(lang, await logIn(app, 'demo@clientpipe.local', { locale }));
    ids = await idsOf(pages.get('nl')!);
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  for (const { lang, locale } of LANGUAGES) {
    it(`login page (${lang})`, async () => {
      const context = await app.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(app.url);
      await page.locator('form.login-card input[name="email"]').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expectAccessible(page, `login-${lang}`);
      await context.close();
    });

    for (const target of PAGES) {
      it(`${target.name} (${lang})`, async () => {
        const page = pages.get(lang)!;
        await page.goto(`${app.url}${target.path(ids)}`);
        await target.ready(page);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await expectAccessible(page, `${target.name}-${lang}`);
      });
    }

    for (const dialog of DIALOGS) {
      it(`${dialog.name} (${lang})`, async () => {
        const page = pages.get(lang)!;
        await page.goto(`${app.url}${dialog.path(ids)}`);
        const include = await dialog.open(page, ids);
        await expectAccessible(page, `${dialog.name}-${lang}`, { include });
        await page.keyboard.press('Escape');
      });
    }

    it(`company page forms, each tab (${lang})`, async () => {
      const page = pages.get(lang)!;
      await page.goto(`${app.url}/companies/${ids.companyId}`);
      await page.locator('.timeline .entry').first().waitFor();
      for (const tab of WORDS[lang].tabs) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await expectAccessible(page, `company-form-${tab.toLowerCase()}-${lang}`);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `a11y-company-forms-${lang}.png`), fullPage: true });
    });
  }
});
