/**
 * Exports as a user gets them, through real browser downloads: the overview as PNG and as GEXF (driven by
 * keyboard through the export menu), its node table, and a Cypher result table as CSV and JSON.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { LABEL_COLOURS } from '../../web/client/src/graph/colours.ts';
import { measurePng, runCypher, screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { drawnNodes } from './graph-probe.ts';
import { parseCsv } from './csv.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

async function downloaded(page: Page, trigger: () => Promise<unknown>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** Picks an export menu item the keyboard way: Enter opens the menu on its first item, arrows move. */
async function exportByKeyboard(page: Page, itemIndex: number): Promise<{ download: Download; bytes: Buffer }> {
  await page.locator('[data-testid=export-menu]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  for (let i = 0; i < itemIndex; i++) await page.keyboard.press('ArrowDown');
  return downloaded(page, () => page.keyboard.press('Enter'));
}

describe('exports', () => {
  it('saves the overview as a PNG of what is drawn', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const { download, bytes } = await exportByKeyboard(page, 0);
    expect(download.suggestedFilename()).toMatch(/^papergraph-overview-.*\.png$/);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const canvas = await page.locator('[data-view=overview] .sigma-container').boundingBox();
    expect(Math.abs(width - canvas!.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - canvas!.height)).toBeLessThanOrEqual(1);
    expect(width).toBeGreaterThan(600);

    // Decoded by the browser: not blank, and the node colours of the types drawn are in it.
    const typeColours = Object.values(LABEL_COLOURS);
    const picture = await measurePng(page, bytes, typeColours);
    expect(picture.inked).toBeGreaterThan(0.02);
    expect(picture.coloursFound).toBeGreaterThanOrEqual(4);
    await expect(page.locator('[data-testid=export-menu]').evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await screenshot(page, 'export-png');
  });

  it('saves the overview as well-formed GEXF with every drawn node and link, and its node table', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const { download, bytes } = await exportByKeyboard(page, 1);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const parsed = await page.evaluate((xml) => {
      const gexf = new DOMParser().parseFromString(xml, 'application/xml');
      const graph = window.__papergraph!.graph;
      const ids = [...gexf.getElementsByTagName('node')].map((node) => node.getAttribute('id'));
      return {
        error: gexf.getElementsByTagName('parsererror').length,
        root: gexf.documentElement.tagName,
        version: gexf.documentElement.getAttribute('version'),
        nodes: ids.length,
        edges: gexf.getElementsByTagName('edge').length,
        missing: ids.filter((id) => !id || !graph.hasNode(id)).length,
        order: graph.order,
        size: graph.size,
      };
    }, bytes.toString('utf8'));
    expect(parsed).toMatchObject({ error: 0, root: 'gexf', version: '1.3', missing: 0 });
    expect(parsed.nodes).toBe(parsed.order);
    expect(parsed.edges).toBe(parsed.size);
    expect(parsed.order).toBeGreaterThan(50);

    const table = await exportByKeyboard(page, 2);
    const rows = parseCsv(table.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['id', 'label', 'key', 'name', 'paperCount', 'degree']);
    expect(rows.length - 1).toBe(parsed.order);
    const drawn = new Map((await drawnNodes(page)).map((node) => [node.id, node]));
    for (const [id, label, , name] of rows.slice(1)) expect(drawn.get(id)).toMatchObject({ nodeLabel: label, name });
  });

  it('saves a Cypher result table as CSV and JSON matching the table, quoting commas, quotes and newlines', async () => {
    const { page } = session.browser;
    const tricky = 'a, "quoted"\nvalue';
    await page.goto(`${session.server.url}/?view=cypher`);
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher(
      page,
      `MATCH (d:Dataset) WITH d ORDER BY d.paperCount DESC, d.key LIMIT 4
       RETURN d.name AS name, d.paperCount AS papers, 'a, "quoted"' + '\\n' + 'value' AS note, d`,
    );
    await waitForGraph(page, 'cypher');
    await page.locator('[data-testid=tab-table]').click();
    const shown = await page
      .locator('[data-testid=result-table] tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td:not(.row-number)')].map((cell) => cell.textContent ?? '')));
    expect(shown).toHaveLength(4);
    expect(shown.every((row) => row[2] === tricky)).toBe(true);
    await screenshot(page, 'export-cypher-table');

    const csv = await downloaded(page, () => page.getByRole('button', { name: 'CSV' }).click());
    expect(csv.download.suggestedFilename()).toMatch(/^papergraph-query-.*\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('"a, ""quoted""\nvalue"');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['name', 'papers', 'note', 'd']);
    expect(rows.slice(1)).toEqual(shown);

    const json = await downloaded(page, () => page.getByRole('button', { name: 'JSON' }).click());
    const records = JSON.parse(json.bytes.toString('utf8')) as Array<{
      name: string;
      papers: number;
      note: string;
      d: { id: string; name: string };
    }>;
    expect(records.map((record) => [record.name, String(record.papers), record.note])).toEqual(shown.map((row) => row.slice(0, 3)));
    expect(records.every((record) => record.d.id.startsWith('Dataset:') && record.d.name === record.name)).toBe(true);
  });
});
