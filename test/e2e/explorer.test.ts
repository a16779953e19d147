/**
 * The explorer end to end: the built client served by the real API over the bundled corpus in Neo4j,
 * driven in headless Chromium. Each case saves a screenshot under test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ensureCorpusLoaded } from '../helpers/corpus.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { launchBrowser, type BrowserSession } from '../helpers/browser.ts';
import { ensureClientBuilt } from '../../scripts/client-build.ts';
import { inkedPixelShare, runCypher, screenshot, waitForGraph } from './page-helpers.ts';
import { insertXssPaper, removeXssPaper, XSS } from './xss-fixture.ts';

let server: TestServer;
let browser: BrowserSession;
let driver: Driver;

async function read<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { database: testConnection().database, routing: 'READ' });
  return records.map((record) => record.toObject() as T);
}

beforeAll(async () => {
  ensureClientBuilt();
  await ensureCorpusLoaded();
  driver = testDriver();
  server = await startTestServer();
  browser = await launchBrowser({ width: 1280, height: 800 });
  browser.page.setDefaultTimeout(60_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (driver) {
    await removeXssPaper(driver, testConnection().database);
    await driver.close();
  }
});

describe('explorer in headless Chromium', () => {
  it('draws the overview on a non-empty canvas', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await waitForGraph(page, 'overview');
    const nodes = Number(await page.getAttribute('[data-view=overview] .react-sigma', 'data-nodes'));
    expect(nodes).toBeGreaterThan(50);
    expect(await inkedPixelShare(page, 'overview')).toBeGreaterThan(0.02);
    await expect(page.locator('[data-testid=overview-stats]').textContent()).resolves.toMatch(/entities/);
    await screenshot(page, 'overview');
  });

  it('finds "ImageNet" by type-ahead and opens its details', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await waitForGraph(page, 'overview');
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.fill('ImageNet');
    const option = page
      .getByRole('option')
      .filter({ hasText: /^.?ImageNet\b/ })
      .first();
    await option.waitFor();
    await screenshot(page, 'search');
    // Keyboard choice: nothing is pre-selected; Enter takes the first hit.
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('ImageNet');
    await search.press('Enter');
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe('ImageNet');
    expect(new URL(page.url()).searchParams.get('node')).toBe('Dataset:imagenet');
    await expect(page.locator('[data-testid=entity-papers] li').count()).resolves.toBeGreaterThan(0);
    await page.waitForTimeout(800);
    await screenshot(page, 'details-entity');
  });

  it('shows ImageNet’s neighbourhood with its papers, and why two nodes are connected', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?node=Dataset%3Aimagenet`);
    await page.getByRole('button', { name: 'Neighbourhood' }).first().click();
    await waitForGraph(page, 'neighbourhood');
    const papers = page.locator('[data-testid=neighbour-list] .neighbour-group[data-label=Paper] li');
    await papers.first().waitFor();
    const evaluating = await read<{ title: string }>(
      'MATCH (p:Paper)-[:EVALUATES_ON]->(:Dataset {key: "imagenet"}) RETURN p.title AS title LIMIT 1',
    );
    expect(evaluating.length).toBe(1);
    await expect(page.locator('[data-testid=neighbour-list]').textContent()).resolves.toContain(evaluating[0].title);
    await screenshot(page, 'neighbourhood');

    await page.locator('[data-testid=neighbour-list] .neighbour-group[data-label=Paper] .why-button').first().click();
    const dialog = page.locator('[data-testid=edge-papers]');
    await dialog.locator('blockquote').first().waitFor();
    await expect(dialog.locator('blockquote').first().textContent()).resolves.toMatch(/\S/);
    await screenshot(page, 'why-connected');
    await page.keyboard.press('Escape');
  });

  it('draws the connection between two concepts that share a paper', async () => {
    const { page } = browser;
    const [pair] = await read<{ a: string; b: string; aName: string; bName: string }>(
      `MATCH (x:Concept)<--(:Paper)-->(y:Concept) WHERE x.key < y.key AND x.paperCount >= 3 AND y.paperCount >= 3
       WITH DISTINCT x, y ORDER BY x.paperCount + y.paperCount DESC, x.key, y.key LIMIT 1
       RETURN x.key AS a, y.key AS b, x.name AS aName, y.name AS bName`,
    );
    expect(pair).toBeDefined();
    await page.goto(`${server.url}/?view=connections`);
    for (const [testId, name] of [
      ['path-from', pair.aName],
      ['path-to', pair.bName],
    ]) {
      await page.locator(`[data-testid=${testId}] input`).fill(name);
      await page.locator(`[data-testid=${testId}] [role=option]`).filter({ hasText: name }).first().click();
    }
    await waitForGraph(page, 'connections');
    const list = page.locator('[data-testid=path-list]');
    await expect(list.locator('ol.paths > li').count()).resolves.toBeGreaterThan(0);
    await expect(list.textContent()).resolves.toContain(pair.aName);
    const drawn = await page.evaluate(
      ([a, b]) => Boolean(window.__papergraph?.graph.hasNode(a) && window.__papergraph?.graph.hasNode(b)),
      [`Concept:${pair.a}`, `Concept:${pair.b}`],
    );
    expect(drawn).toBe(true);
    expect(await inkedPixelShare(page, 'connections')).toBeGreaterThan(0.001);
    await screenshot(page, 'connections');
  });

  it('runs MATCH (d:Dataset) RETURN d LIMIT 5 as 5 rows and a graph', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=cypher`);
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher(page, 'MATCH (d:Dataset) RETURN d LIMIT 5');
    await waitForGraph(page, 'cypher');
    expect(Number(await page.getAttribute('[data-view=cypher] .react-sigma', 'data-nodes'))).toBe(5);
    await screenshot(page, 'cypher-graph');
    await page.locator('[data-testid=tab-table]').click();
    await expect(page.locator('[data-testid=result-table] tbody tr').count()).resolves.toBe(5);
    await expect(page.locator('[data-testid=result-table] tbody').textContent()).resolves.toContain('(:Dataset');
    await screenshot(page, 'cypher-table');
    // History survives a reload.
    await page.reload();
    await page.getByRole('tab', { name: /History/ }).click();
    await expect(page.locator('.query-list').textContent()).resolves.toContain('MATCH (d:Dataset) RETURN d LIMIT 5');
  });

  it('refuses a CREATE with a visible message and leaves the graph unchanged', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=cypher`);
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher(page, "CREATE (p:Paper {key: 'e2e-created', title: 'should not exist'}) RETURN p");
    const error = page.locator('[data-testid=cypher-error]');
    await error.waitFor();
    expect(await error.getAttribute('data-status')).toBe('403');
    await expect(error.textContent()).resolves.toMatch(/read-only|refused|write/i);
    expect(await read('MATCH (p:Paper {key: "e2e-created"}) RETURN p')).toHaveLength(0);
    await screenshot(page, 'cypher-refused');

    await runCypher(page, 'MATCH (n RETURN n');
    await expect(page.locator('[data-testid=cypher-error]').getAttribute('data-status')).resolves.toBe('400');
    await screenshot(page, 'cypher-syntax-error');
  });

  it('renders markup in titles, abstracts and names as text, running none of it', async () => {
    const { page } = browser;
    await insertXssPaper(driver, testConnection().database);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/?node=${encodeURIComponent(`Paper:${XSS.paperKey}`)}`);
    const abstract = page.locator('[data-testid=abstract]');
    await abstract.waitFor();
    await expect(abstract.textContent()).resolves.toBe(XSS.abstract);
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe(XSS.title);
    const details = page.locator('[data-testid=details-panel]');
    await expect(details.locator('img, script, iframe, svg[onload]').count()).resolves.toBe(0);
    await expect(abstract.locator('mark').count()).resolves.toBeGreaterThan(0);
    await abstract.locator('mark').first().hover();
    await expect(page.locator('.mark-tooltip').textContent()).resolves.toContain(XSS.methodName);
    await expect(details.textContent()).resolves.toContain(XSS.methodName);
    await screenshot(page, 'xss-paper');

    // The malicious entity name through type-ahead search, too.
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.fill('XSSNet');
    await page.getByRole('option').filter({ hasText: 'onload' }).first().waitFor();
    await expect(page.locator('.search-results img, .search-results svg[onload]').count()).resolves.toBe(0);
    await screenshot(page, 'xss-search');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('reopens a node from a deep link, and back/forward move between views', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?node=Dataset%3Aimagenet&types=Dataset%2CMethod&minPapers=2`);
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe('ImageNet');
    await expect(page.getByRole('checkbox', { name: /Concept/ }).isChecked()).resolves.toBe(false);
    await waitForGraph(page, 'overview');
    await screenshot(page, 'deep-link');
    await page.getByRole('button', { name: 'Neighbourhood' }).first().click();
    await waitForGraph(page, 'neighbourhood');
    await page.goBack();
    await waitForGraph(page, 'overview');
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe('ImageNet');
    await page.goForward();
    await waitForGraph(page, 'neighbourhood');
    expect(new URL(page.url()).searchParams.get('view')).toBe('neighbourhood');
  });

  it('shows a message, not a blank page, when Neo4j is down or the API is gone', async () => {
    const { page } = browser;
    const deadDatabase = await startTestServer({ connection: { ...testConnection(), uri: 'bolt://127.0.0.1:9' } });
    try {
      await page.goto(`${deadDatabase.url}/`);
      await page.locator('[data-testid=health-banner]').waitFor();
      await page.locator('[data-testid=error-message]').waitFor();
      await expect(page.locator('[data-testid=error-message]').textContent()).resolves.toMatch(/unavailable|database/i);
      await screenshot(page, 'neo4j-down');
    } finally {
      await deadDatabase.close();
    }
    // The page stays up when the server itself goes away: the next request explains it.
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.fill('ImageNet');
    await expect(page.locator('.search-note.error').textContent()).resolves.toMatch(/cannot be reached/);
    await screenshot(page, 'api-down');
  });
});
