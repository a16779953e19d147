/**
 * The overview as a map of topics, in Chromium over the bundled corpus: a few dozen named communities at most, none
 * named by a generic term, topic names that never cover one another at any window size or theme, no ring of
 * stragglers; and a neighbourhood whose neighbours are laid out among themselves, not on one circle around the centre.
 * Screenshots at 1440×900, 1024×768 and 390×844, light and dark, in test-results/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type Sigma from 'sigma';
import { screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { withNewGraph } from './graph-probe.ts';
import { HUB_PAPERS } from '../../web/server/queries/hubs.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The topic names drawn on the canvas (placed and visible), with their boxes on the page. */
async function drawnTopicLabels(page: Page): Promise<Box[]> {
  await page.waitForFunction(() => !(window.__papergraph?.sigma as Sigma | undefined)?.getCamera().isAnimated());
  return page.locator('[data-testid=topic-label][data-placed=true]').evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent ?? '', left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function collisions(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) found.push(`${boxes[i].text} / ${boxes[j].text}`);
  return found;
}

/** Share of drawn nodes farther from the drawing's centre than `times` its median distance. */
async function stragglerShare(page: Page, times: number): Promise<number> {
  return page.evaluate((k) => {
    const graph = window.__papergraph!.graph;
    const points = graph.mapNodes((_, a) => [a.x, a.y] as [number, number]);
    const cx = points.reduce((sum, p) => sum + p[0], 0) / points.length;
    const cy = points.reduce((sum, p) => sum + p[1], 0) / points.length;
    const radii = points.map(([x, y]) => Math.hypot(x - cx, y - cy)).sort((a, b) => a - b);
    const median = radii[Math.floor(radii.length / 2)];
    return radii.filter((r) => r > k * median).length / radii.length;
  }, times);
}

async function genericNames(): Promise<Set<string>> {
  const [row] = await session.read<{ names: string[] }>(
    `WITH ${HUB_PAPERS} AS hubPapers MATCH (n:Entity) WHERE n.generic OR n.paperCount > hubPapers RETURN collect(n.name) AS names`,
  );
  return new Set(row.names);
}

async function freshVisit(page: Page, path: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${session.server.url}/`);
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`${session.server.url}${path}`);
}

describe('the overview as a map of topics', () => {
  it('shows a few dozen topics at most, none named by a generic term, names not colliding, no straggler ring', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/', { width: 1440, height: 900 });
    await waitForGraph(page, 'overview');
    const topics = await page.locator('[data-testid=topic-label]').allTextContents();
    expect(topics.length).toBeGreaterThanOrEqual(3);
    expect(topics.length).toBeLessThanOrEqual(40);
    const generic = await genericNames();
    expect(generic.size).toBeGreaterThan(0);
    for (const name of topics) for (const term of name.split(' · ')) expect(generic.has(term), `topic "${name}"`).toBe(false);

    const drawn = await drawnTopicLabels(page);
    expect(drawn.length).toBeGreaterThanOrEqual(Math.min(5, topics.length));
    expect(collisions(drawn)).toEqual([]);
    expect(await stragglerShare(page, 3)).toBeLessThan(0.01);
    await expect(page.locator('[data-testid=overview-stats]').textContent()).resolves.toMatch(/\d+ topics/);
    await screenshot(page, 'overview-map');

    // Zoomed in, more names find room, still without covering one another.
    await page.evaluate(() => (window.__papergraph?.sigma as Sigma | undefined)?.getCamera().setState({ ratio: 0.5 }));
    await page.waitForTimeout(200);
    expect(collisions(await drawnTopicLabels(page))).toEqual([]);
  });

  it('names the legend’s communities by their topics, as many as the map shows', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?colour=community', { width: 1440, height: 900 });
    await waitForGraph(page, 'overview');
    const legend = page.locator('[data-testid=community-legend]');
    await legend.waitFor();
    const topics = await page.locator('[data-testid=topic-label]').allTextContents();
    await expect(legend.locator('h2').textContent()).resolves.toContain(`${topics.length} communities`);
    const names = await legend.locator('.community-name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(topics).toContain(name);
    await screenshot(page, 'overview-map-communities');
  });

  it('keeps topic names apart at 1440×900, 1024×768 and 390×844, light and dark (screenshots)', async () => {
    const { page } = session.browser;
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const size of [
          { width: 1440, height: 900 },
          { width: 1024, height: 768 },
          { width: 390, height: 844 },
        ]) {
          await freshVisit(page, '/?colour=community', size);
          await waitForGraph(page, 'overview');
          const drawn = await drawnTopicLabels(page);
          expect(drawn.length, `${size.width}×${size.height} ${scheme}`).toBeGreaterThan(0);
          expect(collisions(drawn), `${size.width}×${size.height} ${scheme}`).toEqual([]);
          await screenshot(page, `overview-map-${size.width}x${size.height}-${scheme}`);
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }, 600_000);
});

describe('neighbours laid out among themselves', () => {
  it('places a neighbourhood’s nodes at varied distances from the centre, framed whole', async () => {
    const { page } = session.browser;
    const [best] = await session.read<{ id: string }>(
      `MATCH (e:Concept) WHERE NOT coalesce(e.generic, false) RETURN 'Concept:' + e.key AS id ORDER BY e.paperCount DESC, e.key LIMIT 1`,
    );
    await freshVisit(page, '/', { width: 1440, height: 900 });
    await waitForGraph(page, 'overview');
    await withNewGraph(page, 'neighbourhood', () =>
      page.goto(`${session.server.url}/?view=neighbourhood&node=${encodeURIComponent(best.id)}&centre=${encodeURIComponent(best.id)}`),
    );
    await page.waitForFunction(() => !(window.__papergraph?.sigma as Sigma | undefined)?.getCamera().isAnimated());
    const shape = await page.evaluate((centre) => {
      const sigma = window.__papergraph!.sigma as Sigma;
      const graph = window.__papergraph!.graph;
      const { width, height } = sigma.getDimensions();
      const middle = graph.getNodeAttributes(centre);
      const radii: number[] = [];
      let inside = 0;
      graph.forEachNode((node, a) => {
        const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
        if (point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height) inside++;
        if (node !== centre) radii.push(Math.hypot(a.x - middle.x, a.y - middle.y));
      });
      const mean = radii.reduce((sum, r) => sum + r, 0) / radii.length;
      const spread = Math.sqrt(radii.reduce((sum, r) => sum + (r - mean) ** 2, 0) / radii.length);
      return { neighbours: radii.length, variation: spread / mean, inside: inside / graph.order };
    }, best.id);
    expect(shape.neighbours).toBeGreaterThan(10);
    // On one circle the distances would all be equal (variation 0).
    expect(shape.variation).toBeGreaterThan(0.2);
    expect(shape.inside).toBeGreaterThanOrEqual(0.95);
    await screenshot(page, 'neighbourhood-laid-out');
  });
});
