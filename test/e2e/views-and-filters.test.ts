/**
 * Filters (types, minimum paper count, date range) set from the sidebar apply to every graph view and live in
 * the URL; the neighbourhood view's own controls (depth, minimum weight) and its "N more not shown".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MENTION_TYPES } from '../../web/server/queries/relationships.ts';
import { runCypher, screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { drawnLabelCounts, drawnNodes, withNewGraph } from './graph-probe.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

/** The current URL with some parameters changed: how a user follows a link into another view. */
function urlWith(page: Page, params: Record<string, string>): string {
  const url = new URL(page.url());
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const typeBox = (page: Page, label: string) => page.getByRole('checkbox', { name: new RegExp(`^${label}\\b`) });

async function drawnEdges(page: Page): Promise<Array<{ source: string; target: string; relType: string; weight: number }>> {
  return page.evaluate(() => {
    const graph = window.__papergraph!.graph;
    return graph.mapEdges((_, a, source, target) => ({ source, target, relType: a.relType, weight: a.weight }));
  });
}

describe('filters in every graph view', () => {
  it('hides a filtered-out type in the overview, neighbourhood, connections and Cypher results, kept in the URL', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    expect((await drawnLabelCounts(page)).Method).toBeGreaterThan(0);
    await withNewGraph(page, 'overview', () => typeBox(page, 'Method').uncheck());
    expect(param(page, 'types')?.split(',')).not.toContain('Method');
    expect((await drawnLabelCounts(page)).Method).toBeUndefined();

    await page.reload();
    await waitForGraph(page, 'overview');
    await expect(typeBox(page, 'Method').isChecked()).resolves.toBe(false);
    expect((await drawnLabelCounts(page)).Method).toBeUndefined();
    expect((await drawnLabelCounts(page)).Concept).toBeGreaterThan(0);
    await screenshot(page, 'filter-types-overview');

    // ImageNet's neighbourhood has methods, but none drawn or listed while they are filtered out.
    const [{ methods }] = await session.read<{ methods: number }>(
      'MATCH (:Dataset {key: "imagenet"})-[:CO_OCCURS]-(m:Method) RETURN count(m) AS methods',
    );
    expect(methods).toBeGreaterThan(0);
    await page.goto(urlWith(page, { view: 'neighbourhood', node: 'Dataset:imagenet' }));
    await waitForGraph(page, 'neighbourhood');
    expect((await drawnLabelCounts(page)).Method).toBeUndefined();
    await expect(page.locator('[data-testid=neighbour-list] .neighbour-group[data-label=Method]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid=neighbour-list] .neighbour-group').count()).resolves.toBeGreaterThan(1);

    await page.goto(urlWith(page, { view: 'cypher' }));
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher(page, 'MATCH (p:Paper)-[r:USES]->(m:Method) RETURN p, r, m ORDER BY p.key LIMIT 10');
    await waitForGraph(page, 'cypher');
    const cypherLabels = await drawnLabelCounts(page);
    expect(cypherLabels.Method).toBeUndefined();
    expect(cypherLabels.Paper).toBeGreaterThan(0);
    await expect(page.locator('[data-testid=cypher-summary]').textContent()).resolves.toMatch(/\d+ nodes hidden by filters/);
    await screenshot(page, 'filter-types-cypher');
  });

  it('hides a filtered-out type from the connections drawn between two nodes', async () => {
    const { page } = session.browser;
    // Two well-known entities with no direct link: their shortest connections pass through other nodes.
    const [pair] = await session.read<{ from: string; to: string }>(
      `MATCH (x:Concept), (y:Dataset) WHERE x.paperCount >= 5 AND y.paperCount >= 5 AND NOT (x)-[:CO_OCCURS]-(y)
       WITH x, y ORDER BY x.paperCount + y.paperCount DESC, x.key, y.key LIMIT 1
       RETURN 'Concept:' + x.key AS from, 'Dataset:' + y.key AS to`,
    );
    await page.goto(
      `${session.server.url}/?view=connections&from_node=${encodeURIComponent(pair.from)}&to_node=${encodeURIComponent(pair.to)}`,
    );
    await waitForGraph(page, 'connections');
    const between = (await drawnNodes(page)).filter((node) => node.id !== pair.from && node.id !== pair.to);
    expect(between.length).toBeGreaterThan(0);
    const hidden = between[0].nodeLabel;

    // The answer is either a new drawing without that type, or no connection left at all.
    await page.evaluate(() => {
      (window as unknown as { __previousGraph?: unknown }).__previousGraph = window.__papergraph?.graph;
    });
    await typeBox(page, hidden).uncheck();
    expect(param(page, 'types')?.split(',')).not.toContain(hidden);
    await page.waitForFunction(() => {
      const current = window.__papergraph;
      const redrawn = current?.ready && current.graph !== (window as unknown as { __previousGraph?: unknown }).__previousGraph;
      return Boolean(redrawn) || document.body.textContent?.includes('No connection found');
    });
    if (await page.getByText('No connection found').isHidden()) {
      await waitForGraph(page, 'connections');
      const labels = (await drawnNodes(page)).filter((node) => node.id !== pair.from && node.id !== pair.to).map((node) => node.nodeLabel);
      expect(labels).not.toContain(hidden);
      await expect(page.locator('[data-testid=path-list]').textContent()).resolves.not.toContain(between[0].name);
    }
    await screenshot(page, 'filter-types-connections');
  });

  it('applies a minimum paper count and a date range from the sidebar, kept across a reload', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const minPapers = page.getByLabel('Minimum papers per entity');
    await withNewGraph(page, 'overview', async () => {
      await minPapers.fill('4');
      await minPapers.press('Enter');
    });
    expect(param(page, 'minPapers')).toBe('4');
    await withNewGraph(page, 'overview', () => page.getByLabel('From', { exact: true }).fill('2024-01-01'));
    await withNewGraph(page, 'overview', () => page.getByLabel('To', { exact: true }).fill('2024-12-31'));
    expect([param(page, 'from'), param(page, 'to')]).toEqual(['2024-01-01', '2024-12-31']);

    const obeysFilters = async (pinned: string[] = []) => {
      const nodes = (await drawnNodes(page)).filter((node) => !pinned.includes(node.id));
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        if (node.nodeLabel === 'Paper') {
          expect(String(node.props.date) >= '2024-01-01' && String(node.props.date) <= '2024-12-31').toBe(true);
        } else {
          expect(node.paperCount).toBeGreaterThanOrEqual(4);
          expect(String(node.props.lastDate) >= '2024-01-01').toBe(true);
          expect(String(node.props.firstDate) <= '2024-12-31').toBe(true);
        }
      }
    };
    await obeysFilters();
    const [{ total }] = await session.read<{ total: number }>(
      `MATCH (n:Entity) WHERE n.paperCount >= 4 AND n.lastDate >= '2024-01-01' AND n.firstDate <= '2024-12-31' RETURN count(n) AS total`,
    );
    expect((await drawnNodes(page)).length).toBeLessThanOrEqual(total);
    await screenshot(page, 'filter-papers-dates');

    await page.reload();
    await waitForGraph(page, 'overview');
    await expect(minPapers.inputValue()).resolves.toBe('4');
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2024-01-01');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2024-12-31');
    await obeysFilters();

    // The same filters shape a neighbourhood (its centre always stays).
    const [hub] = await drawnNodes(page).then((nodes) => nodes.sort((a, b) => (b.paperCount ?? 0) - (a.paperCount ?? 0)));
    await page.goto(urlWith(page, { view: 'neighbourhood', node: hub.id }));
    await waitForGraph(page, 'neighbourhood');
    await obeysFilters([hub.id]);

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => !/minPapers|from=|to=/.test(location.search));
    await expect(minPapers.inputValue()).resolves.toBe('');
  });
});

describe('neighbourhood controls', () => {
  it('grows with depth 1–3, honours the minimum weight and types, and says how many are not shown', async () => {
    const { page } = session.browser;
    const mentions = [...MENTION_TYPES, 'CO_OCCURS'];
    const [hub] = await session.read<{ id: string; name: string; distinct: number; links: number }>(
      `MATCH (n:Entity) WITH n, COUNT { (n)-[r]-() WHERE type(r) IN $mentions } AS links ORDER BY links DESC, n.key LIMIT 1
       RETURN [l IN labels(n) WHERE l <> 'Entity'][0] + ':' + n.key AS id, n.name AS name, links,
              COUNT { MATCH (n)-[r]-(m) WHERE type(r) IN $mentions RETURN DISTINCT m } AS distinct`,
      { mentions },
    );
    await page.goto(`${session.server.url}/?view=neighbourhood&node=${encodeURIComponent(hub.id)}`);
    await waitForGraph(page, 'neighbourhood');
    await expect(page.locator('#neighbourhood-heading').textContent()).resolves.toContain(hub.name);

    const notShown = async () => {
      const text = (await page.locator('[data-testid=not-shown] strong').textContent()) ?? '';
      expect(text).toMatch(/^[\d,]+ more not shown\.$/);
      return Number(text.replace(/\D/g, ''));
    };
    const shown = async () => {
      const text = (await page.locator('[data-testid=neighbourhood-stats]').textContent()) ?? '';
      const count = Number(/^(\d+) neighbours shown/.exec(text)?.[1]);
      expect(count).toBe((await drawnNodes(page)).length - 1);
      return count;
    };
    // Depth 1 counts exactly what the cap left out, never fewer than the hub's distinct neighbours.
    const depthOne = { shown: await shown(), notShown: await notShown() };
    expect(depthOne.notShown).toBeGreaterThan(0);
    expect(depthOne.shown + depthOne.notShown).toBeGreaterThanOrEqual(hub.distinct);
    expect(depthOne.shown + depthOne.notShown).toBeLessThanOrEqual(hub.links);
    await screenshot(page, 'neighbourhood-hub');

    const beyondCentre = async () => {
      const edges = await drawnEdges(page);
      const adjacent = new Set(edges.flatMap((e) => (e.source === hub.id ? [e.target] : e.target === hub.id ? [e.source] : [])));
      return (await drawnNodes(page)).filter((node) => node.id !== hub.id && !adjacent.has(node.id)).length;
    };
    expect(await beyondCentre()).toBe(0);
    let previousNotShown = depthOne.notShown;
    for (const depth of [2, 3] as const) {
      await withNewGraph(page, 'neighbourhood', () => page.getByRole('radio', { name: `${depth} hops` }).click());
      expect(param(page, 'depth')).toBe(String(depth));
      await expect(page.getByRole('radio', { name: `${depth} hops` }).getAttribute('aria-checked')).resolves.toBe('true');
      expect(await beyondCentre()).toBeGreaterThan(0);
      const next = await notShown();
      expect(next).toBeGreaterThan(previousNotShown);
      previousNotShown = next;
    }
    await screenshot(page, 'neighbourhood-depth-3');

    await withNewGraph(page, 'neighbourhood', () => page.getByRole('radio', { name: '1 hop' }).click());
    const minWeight = page.getByLabel('Min. weight');
    await withNewGraph(page, 'neighbourhood', async () => {
      await minWeight.fill('3');
      await minWeight.press('Enter');
    });
    expect(param(page, 'minWeight')).toBe('3');
    const coOccurrences = (await drawnEdges(page)).filter((edge) => edge.relType === 'CO_OCCURS');
    expect(coOccurrences.length).toBeGreaterThan(0);
    expect(coOccurrences.every((edge) => edge.weight >= 3)).toBe(true);

    await withNewGraph(page, 'neighbourhood', () => typeBox(page, 'Paper').uncheck());
    expect((await drawnLabelCounts(page)).Paper).toBeUndefined();
    await expect(page.locator('[data-testid=neighbour-list] .neighbour-group[data-label=Paper]').count()).resolves.toBe(0);
    await page.reload();
    await waitForGraph(page, 'neighbourhood');
    expect([param(page, 'minWeight'), param(page, 'depth')]).toEqual(['3', null]);
    await expect(minWeight.inputValue()).resolves.toBe('3');
    await expect(typeBox(page, 'Paper').isChecked()).resolves.toBe(false);
    expect((await drawnLabelCounts(page)).Paper).toBeUndefined();
    await screenshot(page, 'neighbourhood-min-weight');
  });
});
