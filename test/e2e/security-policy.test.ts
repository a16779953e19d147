/**
 * The explorer works under its Content-Security-Policy: every view a user visits (overview, search, details,
 * neighbourhood laid out by ForceAtlas2 in a blob: worker, connections, the Cypher editor, a PNG export) runs in
 * Chromium with the policy in force and reports no violation; and the page itself carries the headers.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../web/server/security-headers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { runCypher, waitForGraph } from './page-helpers.ts';

let session: ExplorerSession;
useExplorerSession((adopted) => (session = adopted));

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Every violation the page reports, from its first script on (registered before any page script runs). */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
}

const violations = (page: Page): Promise<string[]> => page.evaluate(() => window.__cspViolations ?? []);

beforeAll(async () => {
  await watchViolations(session.browser.page);
});

describe('Content-Security-Policy in Chromium', () => {
  it('the page is served with the policy, nosniff and frame protection', async () => {
    const response = await session.browser.page.goto(`${session.server.url}/`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    await waitForGraph(session.browser.page, 'overview');
    expect(await violations(session.browser.page)).toEqual([]);
  });

  it('search, details and a neighbourhood laid out in the browser run with no violation', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.fill('ImageNet');
    await page.getByRole('option').first().waitFor();
    await search.press('Enter');
    await page.locator('[data-testid=details-title]').waitFor();
    await page.getByRole('button', { name: 'Neighbourhood' }).first().click();
    await waitForGraph(page, 'neighbourhood');
    expect(await violations(page)).toEqual([]);
  });

  it('the Cypher editor, its graph and a PNG export run with no violation', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/?view=cypher`);
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher(page, 'MATCH (d:Dataset) RETURN d LIMIT 5');
    await waitForGraph(page, 'cypher');
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    await page.locator('[data-testid=export-menu]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await violations(page)).toEqual([]);
  });

  it('the policy is really enforced: an inline script is refused and reported', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      return (window as Window & { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    // The refusal is also logged to the console as an error: this test's own doing, so not a failure.
    await expect.poll(() => session.browser.errors.some((error) => /Content Security Policy/.test(error))).toBe(true);
    const others = session.browser.errors.splice(0).filter((error) => !/Content Security Policy/.test(error));
    expect(others).toEqual([]);
  });
});
