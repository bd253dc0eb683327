import type { Page } from 'playwright-core';
import type { Role } from '../../src/identity/domain/roles.js';
import { connect } from '../../src/platform/db/connect.js';
import { deal } from '../../src/pipeline/domain/templates/deal.js';
import { followInto } from '../support/pipelines.js';
import { installPipeline } from '../support/install-pipeline.js';
import { card, column } from './support.js';

/** Oldest of the deals: far below the first page of its column. */
export const DEEP_DEAL = 'Zuivelfabriek Ölmühle';
export const DEALS = 25;
export const DEAL_VALUE = 1250;

/**
 * A Deal pipeline for the demo agency with 25 deals in Lead, each worth
 * € 1,250, written into the seeded data directory before the server starts
 * (the pipelines API that creates one is not in this build yet).
 */
export async function seedDeals(dataDir: string): Promise<void> {
  const db = await connect({ kind: 'pglite', dataDir });
  try {
    const user = await db.selectFrom('users').select(['id', 'agency_id', 'role']).where('email', '=', 'demo@clientpipe.local').executeTakeFirstOrThrow();
    const actor = { agencyId: user.agency_id, userId: user.id, role: user.role as Role };
    const pipelineId = await installPipeline(db, actor.agencyId, deal);
    const start = Date.now() - 30 * 86_400_000;
    for (let i = 0; i < DEALS; i += 1) {
      await followInto(db, actor, pipelineId, i === 0 ? DEEP_DEAL : `Deal ${String(i).padStart(2, '0')}`, new Date(start + i * 3_600_000));
    }
    await db.updateTable('companies').set({ expected_value: DEAL_VALUE }).where('agency_id', '=', actor.agencyId).where('pipeline_id', '=', pipelineId).execute();
  } finally {
    await db.destroy();
  }
}

/** The Deal pipeline's board, chosen in the switcher as a user would. */
export async function openDeals(page: Page, label = 'Pipeline kiezen', name = 'Dealpipeline') {
  await page.getByLabel(label).selectOption({ label: name });
  await column(page, 'lead').waitFor();
  await column(page, 'lead').locator('.company-card').first().waitFor();
}
/**
 * Carries a picked-up card right, column by column, as a keyboard user does:
 * each step once the last has landed. A key pressed while the board is still
 * measuring its columns moves nothing (the card stays over the column it
 * was over, as it would for a person, who presses again); then the key is
 * pressed again, never more than a few times. A card that lands anywhere
 * else fails the test.
 */
export async function moveRight(page: Page, stages: string[]) {
  let from = await page.locator('section.column.over').getAttribute('data-stage');
  for (const stage of stages) {
    const target = page.locator(`section.column.over[data-stage="${stage}"]`);
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('ArrowRight');
      const landed = await target.waitFor({ timeout: 3_000 }).then(() => true, () => false);
      if (landed) break;
      const over = await page.locator('section.column.over').getAttribute('data-stage');
      if (over !== from || attempt === 3) throw new Error(`ArrowRight from ${from} should land on ${stage}; the card is over ${over}`);
    }
    from = stage;
  }
}
export const cardNamed = (page: Page, name: string) => page.locator('.company-card', { has: page.getByRole('link', { name, exact: true }) });

/**
 * Picks a card up with the keyboard and waits until the board has measured
 * it over its own column: arrow keys before that have nothing to move by.
 */
export async function pickUp(page: Page, id: string, stage: string) {
  await card(page, id).focus();
  await page.keyboard.press('Space');
  await page.locator(`section.column.over[data-stage="${stage}"]`).waitFor();
}
