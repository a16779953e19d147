/**
 * Issue 13, tables beside graphs, in Chromium: every graph view (overview, neighbourhood, connections, Cypher
 * results) switches to tables of its nodes and links, kept in the URL; headers sort (aria-sort, keyboard), the text
 * and type filters count what they keep, a row opens the details, the CSV holds the rows shown; a hardware
 * neighbourhood shows GPU counts and a dataset's papers split into "introduced by" and "used for evaluation by".
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCypher, screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { parseCsv } from './csv.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

const table = (page: Page) => page.getByTestId('graph-table');

async function freshVisit(page: Page, path: string, size = { width: 1440, height: 900 }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${session.server.url}/`);
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`${session.server.url}${path}`);
}

/** The rows shown (group headings left out), as each cell reads, by column id. */
async function shownRows(page: Page): Promise<Array<Record<string, string>>> {
  return table(page)
    .locator('tbody tr:not(.group-row)')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Object.fromEntries([...row.querySelectorAll('td')].map((cell) => [cell.dataset.column ?? '', cell.textContent ?? ''])),
      ),
    );
}

async function shownColumn(page: Page, column: string): Promise<string[]> {
  return (await shownRows(page)).map((row) => row[column]);
}

const number = (text: string) => (text === '' ? null : Number(text.replace(/^×/, '')));

/** Numbers in the order asked, empty cells only at the end. */
function expectOrdered(values: Array<number | null>, direction: 'ascending' | 'descending'): void {
  const present = values.filter((value): value is number => value !== null);
  expect(values.slice(0, present.length)).toEqual(present);
  const sorted = [...present].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
  expect(present).toEqual(sorted);
}

async function tableCount(page: Page): Promise<string> {
  return (await page.getByTestId('table-count').textContent()) ?? '';
}

/** The CSV a click on the table's export gives, against the rows shown: same columns, same cells, same order. */
async function expectCsvMatchesRows(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), table(page).getByRole('button', { name: 'CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^papergraph-\w+-(nodes|links)-.*\.csv$/);
  const csv = parseCsv(await readFile(await download.path(), 'utf8'));
  const headers = await table(page)
    .locator('thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector('button')?.childNodes[0]?.textContent ?? ''));
  expect(csv[0]).toEqual(headers);
  const shown = await table(page)
    .locator('tbody tr:not(.group-row)')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
  expect(csv.length - 1).toBe(shown.length);
  // The screen writes counts as ×N; a spreadsheet gets the number (and a guard quote before formula-like text).
  const asShown = (cell: string) => cell.replace(/^'(?=[=+\-@])/, '');
  csv.slice(1).forEach((row, r) => expect(row.map(asShown)).toEqual(shown[r].map((cell) => cell.replace(/^×/, ''))));
  return csv;
}

describe('tables beside graphs', () => {
  it('switches the overview to its tables and back, in the URL, reading the graph the canvas drew', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/');
    await waitForGraph(page, 'overview');
    const drawn = await page.evaluate(() => {
      const graph = window.__papergraph!.graph;
      return { order: graph.order, links: graph.reduceEdges((sum, _, a) => sum + (a.links?.length ?? 1), 0) };
    });
    await page.getByTestId('display-table').click();
    await table(page).waitFor();
    expect(new URL(page.url()).searchParams.get('display')).toBe('table');
    await expect(page.locator('[data-testid=graph-canvas]').count()).resolves.toBe(0);
    expect(await tableCount(page)).toBe(`${drawn.order.toLocaleString('en')} nodes`);
    await expect(page.getByTestId('table-tab-links').textContent()).resolves.toBe(`Links (${drawn.links.toLocaleString('en')})`);

    // Sorted by papers, most first, until the header says otherwise; a click flips it.
    const papers = table(page).locator('th[data-column=papers]');
    await expect(papers.getAttribute('aria-sort')).resolves.toBe('descending');
    expectOrdered((await shownColumn(page, 'papers')).map(number), 'descending');
    await papers.getByRole('button').click();
    await expect(papers.getAttribute('aria-sort')).resolves.toBe('ascending');
    expectOrdered((await shownColumn(page, 'papers')).map(number), 'ascending');
    await table(page).locator('th[data-column=name] button').click();
    await expect(papers.getAttribute('aria-sort')).resolves.toBe('none');
    const names = await shownColumn(page, 'name');
    expect(names).toEqual([...names].sort(new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare));

    // Filter by type, then by text: the count says how many are kept of how many.
    const datasets = await page.evaluate(() => window.__papergraph!.graph.filterNodes((_, a) => a.nodeLabel === 'Dataset').length);
    await page.getByTestId('table-type').selectOption('Dataset');
    expect(await tableCount(page)).toBe(`${datasets} of ${drawn.order.toLocaleString('en')} nodes`);
    expect(new Set(await shownColumn(page, 'type'))).toEqual(new Set(['Dataset']));
    await papers.getByRole('button').click();
    const [first] = await shownRows(page);
    await page.getByTestId('table-filter').fill(first.name.slice(0, 5));
    expect((await shownColumn(page, 'name')).every((name) => name.toLowerCase().includes(first.name.slice(0, 5).toLowerCase()))).toBe(true);
    await screenshot(page, 'table-overview-filtered');
    await expectCsvMatchesRows(page);

    // A row opens the node's details, as a click on the graph does.
    await table(page).locator('tbody tr td[data-column=type]').first().click();
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe(first.name);
    expect(new URL(page.url()).searchParams.get('node')).toMatch(/^Dataset:/);
    await expect(table(page).locator('tr.selected td[data-column=name]').textContent()).resolves.toBe(first.name);

    // Back to the graph and forward to the table again.
    await page.goBack();
    await page.goBack();
    await waitForGraph(page, 'overview');
    expect(new URL(page.url()).searchParams.get('display')).toBeNull();
    await page.goForward();
    await table(page).waitFor();

    // Colouring by community gives the table its communities, without leaving it.
    await expect(table(page).locator('th[data-column=community]').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: 'By community' }).click();
    await table(page).locator('th[data-column=community]').waitFor();
    expect((await shownColumn(page, 'community')).every((value) => Number(value) >= 1)).toBe(true);
  }, 300_000);

  it('shows a hardware neighbourhood with GPU counts, grouped by link kind, in both tables', async () => {
    const { page } = session.browser;
    const [hardware] = await session.read<{ id: string; name: string }>(
      `MATCH (:Paper)-[r:RUNS_ON]->(h:Hardware) WHERE r.count > 1
       WITH h, count(*) AS counted ORDER BY counted DESC, h.key LIMIT 1
       RETURN 'Hardware:' + h.key AS id, h.name AS name`,
    );
    const units = await session.read<{ paper: string; count: number | null }>(
      `MATCH (p:Paper)-[r:RUNS_ON]->(h:Hardware {key: $key}) RETURN p.title AS paper, r.count AS count`,
      { key: hardware.id.slice('Hardware:'.length) },
    );
    const unitsByPaper = new Map(units.map((row) => [row.paper, row.count]));
    const id = encodeURIComponent(hardware.id);
    await freshVisit(page, `/?view=neighbourhood&centre=${id}&node=${id}&display=table`);
    await table(page).waitFor();
    await expect(page.getByTestId('neighbour-list').count()).resolves.toBe(0);
    const runs = table(page).locator('tbody[data-kind="run on it"]');
    await runs.waitFor();
    const rows = await runs.locator('tr:not(.group-row)').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('[data-column=name]')?.textContent ?? '',
        units: tr.querySelector('[data-column=count]')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(unitsByPaper.has(row.name), row.name).toBe(true);
      const count = unitsByPaper.get(row.name);
      expect(row.units).toBe(count ? `×${count}` : '');
    }
    expect(rows.some((row) => row.units !== '')).toBe(true);
    // Sorting by ×N orders within the group.
    await table(page).locator('th[data-column=count] button').click();
    expectOrdered((await runs.locator('td[data-column=count]').allTextContents()).map(number), 'descending');
    await screenshot(page, 'table-hardware-neighbours');

    await page.getByTestId('table-tab-links').click();
    expect(new URL(page.url()).searchParams.get('table')).toBe('links');
    const runsOn = table(page).locator('tbody[data-kind="runs on"]');
    await runsOn.waitFor();
    const links = await runsOn
      .locator('tr:not(.group-row)')
      .evaluateAll((trs) =>
        trs.map((tr) => ['source', 'target', 'count'].map((c) => tr.querySelector(`[data-column=${c}]`)?.textContent ?? '')),
      );
    // Papers may run on other hardware drawn here too: the centre's rows carry its counts.
    const onCentre = links.filter(([, target]) => target === hardware.name);
    expect(onCentre.length).toBe(rows.length);
    for (const [paper, , count] of onCentre) {
      const expected = unitsByPaper.get(paper);
      expect(count).toBe(expected ? `×${expected}` : '');
    }
    await page.getByTestId('table-type').selectOption('Hardware');
    await expectCsvMatchesRows(page);
    await screenshot(page, 'table-hardware-links');
  }, 300_000);

  it("splits the datasets of an entity's papers into introduced and evaluated on", async () => {
    const { page } = session.browser;
    // The smallest subject whose papers introduce two datasets and evaluate on two: every paper of it is drawn.
    const [subject] = await session.read<{ id: string }>(
      `MATCH (x:Entity)<--(:Paper)-[:INTRODUCES]->(introduced:Dataset) WHERE x:Method OR x:Task OR x:Concept
       WITH x, count(DISTINCT introduced) AS introducedCount
       MATCH (x)<--(:Paper)-[:EVALUATES_ON]->(evaluated:Dataset)
       WITH x, introducedCount, count(DISTINCT evaluated) AS evaluatedCount WHERE introducedCount >= 2 AND evaluatedCount >= 2
       WITH x ORDER BY x.paperCount, x.key LIMIT 1
       RETURN [l IN labels(x) WHERE l IN ['Method', 'Task', 'Concept']][0] + ':' + x.key AS id`,
    );
    const [label, key] = [subject.id.split(':')[0], subject.id.slice(subject.id.indexOf(':') + 1)];
    const id = encodeURIComponent(subject.id);
    await freshVisit(page, `/?view=neighbourhood&centre=${id}&node=${id}&display=table`);
    await table(page).waitFor();
    await page.getByTestId('table-type').selectOption('Dataset');
    const kinds = await table(page)
      .locator('tbody[data-kind]')
      .evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset.kind));
    expect(kinds).toContain('through papers: introduces');
    expect(kinds).toContain('through papers: evaluated on');
    const introduced = await session.read<{ name: string }>(
      `MATCH (x {key: $key})<--(:Paper)-[:INTRODUCES]->(d:Dataset) WHERE $label IN labels(x) RETURN DISTINCT d.name AS name`,
      { key, label },
    );
    const shown = await table(page).locator('tbody[data-kind="through papers: introduces"] td[data-column=name]').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(introduced.map((row) => row.name)).toContain(name);
    const through = await table(page).locator('tbody[data-kind="through papers: evaluated on"] td[data-column=through]').allTextContents();
    expect(through.every((text) => /evaluated on \d+/.test(text))).toBe(true);
    expect(await tableCount(page)).toMatch(/^\d+ of \d+ neighbours$/);
    await screenshot(page, 'table-method-datasets');

    // The links table says the same per paper: "introduces" and "evaluated on" rows, paper to dataset.
    await page.getByTestId('table-tab-links').click();
    await page.getByTestId('table-type').selectOption('Dataset');
    for (const kind of ['introduces', 'evaluated on']) {
      const types = await table(page).locator(`tbody[data-kind="${kind}"] td[data-column=targetType]`).allTextContents();
      expect(types.length, kind).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set(['Dataset']));
    }
    await screenshot(page, 'table-method-dataset-links');
  }, 300_000);

  it('tables the connections between two nodes and a Cypher result graph', async () => {
    const { page } = session.browser;
    const [pair] = await session.read<{ a: string; b: string; aName: string; bName: string }>(
      `MATCH (x:Concept)<--(:Paper)-->(y:Method) WHERE x.paperCount >= 3 AND y.paperCount >= 3
       WITH DISTINCT x, y ORDER BY x.paperCount + y.paperCount DESC, x.key, y.key LIMIT 1
       RETURN 'Concept:' + x.key AS a, 'Method:' + y.key AS b, x.name AS aName, y.name AS bName`,
    );
    await freshVisit(page, `/?view=connections&from_node=${encodeURIComponent(pair.a)}&to_node=${encodeURIComponent(pair.b)}`);
    await waitForGraph(page, 'connections');
    const order = await page.evaluate(() => window.__papergraph!.graph.order);
    await page.getByTestId('display-table').click();
    await table(page).waitFor();
    expect(await tableCount(page)).toBe(`${order} nodes`);
    const names = await shownColumn(page, 'name');
    expect(names).toEqual(expect.arrayContaining([pair.aName, pair.bName]));
    await expect(page.getByTestId('path-list').count()).resolves.toBe(1);
    await screenshot(page, 'table-connections');

    await page.goto(`${session.server.url}/?view=cypher`);
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher(
      page,
      `MATCH (p:Paper)-[r:RUNS_ON]->(h:Hardware) WHERE r.count > 1 RETURN p, r, h ORDER BY r.count DESC, p.key LIMIT 5`,
    );
    await waitForGraph(page, 'cypher');
    const cypherOrder = await page.evaluate(() => window.__papergraph!.graph.order);
    await page.getByTestId('tab-graph-table').click();
    await table(page).waitFor();
    expect(new URL(page.url()).searchParams.get('display')).toBe('table');
    expect(await tableCount(page)).toBe(`${cypherOrder} nodes`);
    await page.getByTestId('table-tab-links').click();
    expect(await tableCount(page)).toBe('5 links');
    const counts = (await shownColumn(page, 'count')).map(number);
    expect(counts.every((count) => count !== null && count > 1)).toBe(true);
    await expectCsvMatchesRows(page);
    await screenshot(page, 'table-cypher-links');
  }, 300_000);

  it('is driven by keyboard: Tab to the switch and the headers, Enter and Space to sort', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet');
    await waitForGraph(page, 'neighbourhood');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent ?? '');
    await page.getByRole('combobox', { name: 'Search the graph' }).focus();
    for (let i = 0; i < 80 && (await focused()) !== 'display-table'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('display-table');
    await page.keyboard.press('Enter');
    await table(page).waitFor();
    expect(new URL(page.url()).searchParams.get('display')).toBe('table');

    const isSortButton = () => page.evaluate(() => document.activeElement?.classList.contains('sort-button') ?? false);
    for (let i = 0; i < 40 && !(await isSortButton()); i++) await page.keyboard.press('Tab');
    expect(await isSortButton()).toBe(true);
    const header = page.locator('th:has(.sort-button:focus)');
    const column = await header.getAttribute('data-column');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('none');
    await page.keyboard.press('Space');
    await expect(page.locator(`th[data-column=${column}]`).getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.keyboard.press('Enter');
    await expect(page.locator(`th[data-column=${column}]`).getAttribute('aria-sort')).resolves.toBe('descending');
    await screenshot(page, 'table-keyboard');
  }, 300_000);

  it('fits at 1440×900, 1024×768 and 390×844, light and dark', async () => {
    const { page } = session.browser;
    const sizes = [
      { width: 1440, height: 900 },
      { width: 1024, height: 768 },
      { width: 390, height: 844 },
    ];
    const views = [
      { name: 'overview', path: '/?display=table' },
      { name: 'neighbourhood', path: '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet&display=table' },
    ];
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const size of sizes) {
          for (const view of views) {
            await freshVisit(page, view.path, size);
            await table(page).locator('tbody tr').first().waitFor();
            expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${view.name} ${size.width}`).toBeLessThanOrEqual(
              size.width,
            );
            const box = await table(page).boundingBox();
            expect(box!.width).toBeGreaterThan(Math.min(size.width - 40, 340));
            await screenshot(page, `table-${view.name}-${size.width}x${size.height}-${scheme}`);
          }
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }, 600_000);
});
