import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, firstCardId, logIn, SCREENSHOTS, startApp, type RunningApp } from './support.js';

/** Records every Content-Security-Policy violation the page reports, however it reports it. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  // Injected by the browser's debugging protocol, not as page script, so the policy does not apply to it.
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (event) => window.reportViolation(event.violatedDirective + ': ' + event.blockedURI));",
  });
  return violations;
}

describe('the security headers in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('the web app works under its Content-Security-Policy, writes included', async () => {
    const page = await logIn(app, 'demo@clientpipe.local');
    const violations = await watchPolicy(page);
    await page.reload();
    await page.locator('.company-card').first().waitFor();
    const id = await firstCardId(page, 'prospect');
    await card(page, id).locator('a').first().click();
    await page.waitForURL(`**/companies/${id}`);
    await page.locator('.timeline, [data-testid="timeline"], main').first().waitFor();
    // A write from the page: the same-origin referrer policy still lets the browser send Origin, which the CSRF check needs.
    const note = await page.evaluate(async (company) => {
      const response = await fetch(`/api/companies/${company}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Gecontroleerd onder de CSP.' }) });
      return response.status;
    }, id);
    expect(note).toBe(201);
    for (const path of ['/dashboard', '/discovery', '/settings']) {
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(await page.locator('#root').innerHTML()).not.toBe('');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('Swagger UI at /api/docs renders every operation under the same policy', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const violations = await watchPolicy(page);
    const response = await page.goto(`${app.url}/api/docs`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.opblock').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(30);
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs.png') });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('no page can be framed', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const violations = await watchPolicy(page);
    // A page of another origin (about:blank with content) that frames ours: the browser must refuse.
    await page.setContent(`<iframe id="framed" src="${app.url}/board"></iframe>`);
    await expect.poll(() => violations.some((text) => /frame-ancestors/.test(text))).toBe(true);
    await context.close();
  });
});
