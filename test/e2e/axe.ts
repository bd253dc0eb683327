import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support.js';

/**
 * What the pages are measured against: WCAG 2.0/2.1/2.2 A and AA, and
 * axe's best practices (landmarks, one main, unique ids for ARIA …).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Impacts that fail a page; other moderate and minor findings are written to the JSON for reading. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Moderate rules that fail a page all the same, once fixed, so they cannot
 * come back: a banner (a <header> outside sectioning content) only at the
 * top level, and no two landmarks of one role with the same name (a
 * scrolling table inside a titled section is a named group, not a second
 * region of the same name).
 */
export const ENFORCED_MODERATE = new Set(['landmark-banner-is-top-level', 'landmark-unique']);

const fails = (violation: Result) => FAILING.has(violation.impact ?? '') || ENFORCED_MODERATE.has(violation.id);

export interface AxeOptions {
  /** Only this part of the page (e.g. an open dialog); the whole document by default. */
  include?: string;
}

/**
 * Runs axe-core in the page as it is now and fails listing every serious
 * or critical violation, and those of ENFORCED_MODERATE (rule, impact, the
 * elements' selectors, help).
 * axe's source comes from node_modules, never fetched. The full
 * result goes to test/screenshots/axe-<label>.json.
 */
export async function expectAccessible(page: Page, label: string, options: AxeOptions = {}): Promise<AxeResults> {
  const results = await runAxe(page, options);
  const file = join(SCREENSHOTS, `axe-${label.replace(/[^\w-]+/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ url: results.url, violations: results.violations, incomplete: results.incomplete }, null, 2)}\n`);
  const failing = results.violations.filter(fails);
  if (failing.length > 0) throw new Error(`${label}: ${failing.length} failing accessibility violation(s) (all in ${file}):\n${failing.map(describeViolation).join('\n')}`);
  return results;
}

/** axe's verdict on the page (or a part of it), injected once per document. */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses an inline <script>, and stays as it is.
  if (!loaded) await page.evaluate(`${axe.source}\n;0`);
  return page.evaluate(
    async ([tags, include]) => {
      const run = (globalThis as unknown as { axe: typeof axe }).axe;
      // 'html' is the whole page: axe's page-level rules (one main landmark, a title, a lang) run only then.
      return run.run(include ?? 'html', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    },
    [AXE_TAGS, options.include ?? null] as const,
  );
}

function describeViolation(violation: Result): string {
  const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets.join('\n')}`;
}
