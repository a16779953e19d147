/**
 * Issue 13 in Chromium: views that fit and follow (framing on every way in, a chosen node brought into view),
 * the graph getting most of the screen (collapsible remembered panels, 1024×768, a 390×844 phone), dark mode,
 * neighbourhoods that answer (every type represented, "N more datasets", link kinds in colour and in words),
 * and search that finds (acronyms first, nothing pre-selected, type and paper count on every hit).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type Sigma from 'sigma';
import { screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { drawnLabelCounts, withNewGraph } from './graph-probe.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

/** A fresh visit at a window size: no remembered panels or theme. */
async function freshVisit(page: Page, path: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${session.server.url}/`);
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`${session.server.url}${path}`);
}

/** Share of the drawn (visible) nodes whose centre lies inside the canvas, once the camera has stopped. */
async function shareInsideCanvas(page: Page): Promise<number> {
  await page.waitForFunction(() => !(window.__papergraph?.sigma as Sigma | undefined)?.getCamera().isAnimated());
  return page.evaluate(() => {
    const sigma = window.__papergraph?.sigma as Sigma | undefined;
    if (!sigma) return 0;
    const { width, height } = sigma.getDimensions();
    let drawn = 0;
    let inside = 0;
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      drawn++;
      const point = sigma.framedGraphToViewport(data);
      if (point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height) inside++;
    });
    return drawn === 0 ? 0 : inside / drawn;
  });
}

async function canvasBox(page: Page) {
  const box = await page.locator('[data-testid=graph-canvas]').first().boundingBox();
  if (!box) throw new Error('no graph canvas on the page');
  return box;
}

/** Types the name into the main search and clicks the hit for `id`. */
async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.fill(text);
  await page.locator(`[data-testid=main-search] [role=option][data-id="${id}"]`).click();
}

describe('views that fit and follow', () => {
  it('frames a neighbourhood opened from search: at least 95% of drawn nodes inside the canvas, for every type', async () => {
    const { page } = session.browser;
    const best = await session.read<{ id: string; name: string }>(
      `UNWIND ['Method', 'Concept', 'Dataset', 'Task', 'Metric', 'Hardware'] AS label
       CALL (label) {
         MATCH (e:Entity) WHERE label IN labels(e)
         RETURN e ORDER BY e.paperCount DESC, e.key LIMIT 1
       }
       RETURN label + ':' + e.key AS id, e.name AS name
       UNION
       MATCH (p:Paper)-[r]->(:Entity) WITH p, count(r) AS links ORDER BY links DESC, p.key LIMIT 1
       RETURN 'Paper:' + p.key AS id, p.title AS name`,
    );
    expect(best.length).toBe(7);
    for (const { id, name } of best) {
      // The walk: from the overview, search, pick, "Neighbourhood" (a hit not drawn there opens it at once).
      await freshVisit(page, '/', { width: 1440, height: 900 });
      await waitForGraph(page, 'overview');
      const drawnInOverview = await page.evaluate((node) => window.__papergraph?.graph.hasNode(node) ?? false, id);
      await withNewGraph(page, 'neighbourhood', async () => {
        await searchAndChoose(page, name, id);
        if (drawnInOverview) await page.getByTestId('details-panel').getByRole('button', { name: 'Neighbourhood' }).click();
      });
      const share = await shareInsideCanvas(page);
      expect(share, `${id}: ${share}`).toBeGreaterThanOrEqual(0.95);
      expect(new URL(page.url()).searchParams.get('centre')).toBe(id);
    }
    await screenshot(page, 'fit-neighbourhood-from-search');
  }, 400_000);

  it('brings a neighbour chosen from the list into view', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet', { width: 1440, height: 900 });
    await waitForGraph(page, 'neighbourhood');
    // Zoom far into one corner, so most neighbours are off-screen.
    await page.evaluate(() => (window.__papergraph?.sigma as Sigma).getCamera().setState({ x: 0.05, y: 0.05, ratio: 0.05 }));
    const item = page.locator('[data-testid=neighbour-list] .neighbour-group[data-label=Method] li .link-button').first();
    const name = (await item.textContent()) ?? '';
    await item.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node')?.startsWith('Method:'));
    const id = new URL(page.url()).searchParams.get('node') ?? '';
    await page.waitForFunction(
      (node) => {
        const sigma = window.__papergraph?.sigma as Sigma | undefined;
        const data = sigma?.getNodeDisplayData(node);
        if (!sigma || !data || sigma.getCamera().isAnimated()) return false;
        const point = sigma.framedGraphToViewport(data);
        const { width, height } = sigma.getDimensions();
        return point.x > 0 && point.x < width && point.y > 0 && point.y < height;
      },
      id,
      { timeout: 10_000 },
    );
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe(name);
  }, 400_000);

  it('keeps at least half the width for the graph at 1024×768 with details open', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet', { width: 1024, height: 768 });
    await waitForGraph(page, 'neighbourhood');
    await page.locator('[data-testid=details-title]').waitFor();
    const box = await canvasBox(page);
    expect(box.width).toBeGreaterThanOrEqual(512);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await screenshot(page, 'fit-1024-details');
  }, 400_000);

  it('collapses the side panels, gives their room to the graph, and remembers them', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet', { width: 1440, height: 900 });
    await waitForGraph(page, 'neighbourhood');
    const before = (await canvasBox(page)).width;
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('details-collapse').click();
    await page.getByTestId('neighbour-list-toggle').click();
    await expect(page.locator('#filters-panel').isHidden()).resolves.toBe(true);
    await page.waitForFunction(
      (width) => (document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect().width ?? 0) > width + 400,
      before,
    );
    await page.reload();
    await waitForGraph(page, 'neighbourhood');
    await expect(page.locator('#filters-panel').isHidden()).resolves.toBe(true);
    await expect(page.getByTestId('details-expand').isVisible()).resolves.toBe(true);
    expect((await canvasBox(page)).width).toBeGreaterThan(before + 400);
    await page.getByTestId('details-expand').click();
    await page.locator('[data-testid=details-title]').waitFor();
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('neighbour-list-toggle').click();
    await expect(page.locator('#filters-panel').isVisible()).resolves.toBe(true);
  }, 400_000);

  it('stacks on a 390×844 phone: no sideways scrolling, the graph full width, details below it', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet', { width: 390, height: 844 });
    await waitForGraph(page, 'neighbourhood');
    await page.locator('[data-testid=details-title]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await canvasBox(page);
    expect(box.width).toBeGreaterThanOrEqual(370);
    expect(box.height).toBeGreaterThanOrEqual(250);
    const details = await page.getByTestId('details-panel').boundingBox();
    expect(details!.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
    expect(await shareInsideCanvas(page)).toBeGreaterThanOrEqual(0.95);
    await screenshot(page, 'fit-phone');
  }, 400_000);

  it('follows a dark system theme, and the toggle switches it', async () => {
    const { page } = session.browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await freshVisit(page, '/', { width: 1440, height: 900 });
      await waitForGraph(page, 'overview');
      const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.topbar')!).backgroundColor);
      const luminance = async () => {
        const [r, g, b] = ((await background()).match(/\d+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await luminance()).toBeLessThan(0.2);
      await screenshot(page, 'dark-overview');
      // system -> dark -> light: the user's choice wins over the system's, and is remembered.
      await page.getByTestId('theme-toggle').click();
      await page.getByTestId('theme-toggle').click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      expect(await luminance()).toBeGreaterThan(0.9);
      await page.reload();
      await waitForGraph(page, 'overview');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.evaluate(() => window.localStorage.clear());
    }
  }, 400_000);
});

describe('neighbourhoods that answer', () => {
  it('represents every type present, offers "N more" per type, and shows more of a type in one click', async () => {
    const { page } = session.browser;
    // The entity with the most neighbours: a hub whose neighbours exceed the budget.
    const [hub] = await session.read<{ id: string }>(
      `MATCH (e:Entity)
       RETURN [l IN labels(e) WHERE l <> 'Entity'][0] + ':' + e.key AS id
       ORDER BY COUNT { (e)-[:CO_OCCURS]-() } + e.paperCount DESC, e.key LIMIT 1`,
    );
    await freshVisit(page, `/?view=neighbourhood&centre=${encodeURIComponent(hub.id)}&node=${encodeURIComponent(hub.id)}`, {
      width: 1440,
      height: 900,
    });
    await waitForGraph(page, 'neighbourhood');
    const answer = await page.evaluate(async (id) => {
      const [label, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
      return (await fetch(`/api/neighbourhood/${label}/${encodeURIComponent(key)}`)).json() as Promise<{
        typeTotals: Record<string, number>;
      }>;
    }, hub.id);
    const drawn = await drawnLabelCounts(page);
    const present = Object.entries(answer.typeTotals).filter(([, total]) => total > 0);
    expect(present.length).toBeGreaterThan(3);
    for (const [type] of present) expect(drawn[type as keyof typeof drawn] ?? 0, type).toBeGreaterThan(0);

    const moreButton = page.locator('[data-testid=not-shown] button').first();
    const label = ((await moreButton.getAttribute('data-testid')) ?? '').replace('more-', '');
    expect(await moreButton.textContent()).toMatch(/^\s*[\d,]+ more \w+/);
    const shownBefore = drawn[label as keyof typeof drawn] ?? 0;
    await withNewGraph(page, 'neighbourhood', () => moreButton.click());
    const shownAfter = (await drawnLabelCounts(page))[label as keyof typeof drawn] ?? 0;
    expect(shownAfter).toBeGreaterThan(shownBefore);
    await screenshot(page, 'neighbourhood-more-of-type');
  }, 400_000);

  it('shows what links mean: a colour legend and neighbours grouped by kind of link', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet', { width: 1440, height: 900 });
    await waitForGraph(page, 'neighbourhood');
    const legend = page.getByTestId('link-legend');
    await expect(legend.locator('li').count()).resolves.toBeGreaterThan(1);
    const legendText = (await legend.textContent()) ?? '';
    expect(legendText).toMatch(/evaluated on|introduces/);
    // The drawn links of a kind wear the legend's colour.
    const colours = await page.evaluate(() => {
      const sigma = window.__papergraph?.sigma as Sigma | undefined;
      const byType: Record<string, string[]> = {};
      sigma?.getGraph().forEachEdge((edge, attributes) => {
        byType[attributes.relType as string] = [
          ...new Set([...(byType[attributes.relType as string] ?? []), sigma.getEdgeDisplayData(edge)?.color ?? '']),
        ];
      });
      return byType;
    });
    expect(Object.keys(colours).length).toBeGreaterThan(1);
    const distinct = new Set(Object.values(colours).map((list) => list[0]));
    expect(distinct.size).toBe(Object.keys(colours).length);
    const kinds = await page.locator('[data-testid=neighbour-list] .neighbour-group[data-label=Paper] .kind-heading').allTextContents();
    expect(kinds.some((kind) => /used for evaluation by|introduced by/.test(kind))).toBe(true);
  }, 400_000);

  it('names every node of a small graph', async () => {
    const { page } = session.browser;
    const [small] = await session.read<{ id: string }>(
      `MATCH (p:Paper)-[r]->(:Entity) WITH p, count(r) AS links WHERE links >= 6 AND links <= 20
       RETURN 'Paper:' + p.key AS id ORDER BY links DESC, p.key LIMIT 1`,
    );
    await freshVisit(page, `/?view=neighbourhood&centre=${encodeURIComponent(small.id)}&node=${encodeURIComponent(small.id)}`, {
      width: 1440,
      height: 900,
    });
    await waitForGraph(page, 'neighbourhood');
    const settings = await page.evaluate(() => {
      const sigma = window.__papergraph?.sigma as Sigma | undefined;
      return {
        order: sigma?.getGraph().order ?? 0,
        threshold: sigma?.getSetting('labelRenderedSizeThreshold'),
        density: sigma?.getSetting('labelDensity'),
      };
    });
    expect(settings.order).toBeLessThanOrEqual(60);
    expect(settings.threshold).toBe(0);
    expect(settings.density).toBeGreaterThanOrEqual(settings.order);
    await screenshot(page, 'neighbourhood-small-labelled');
  }, 400_000);
});

describe('search that finds', () => {
  it('puts what an acronym stands for first, pre-selects nothing, and shows type and paper count', async () => {
    const { page } = session.browser;
    await freshVisit(page, '/', { width: 1440, height: 900 });
    await waitForGraph(page, 'overview');
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    for (const [acronym, words] of [
      ['LLM', ['large', 'language', 'model']],
      ['GNN', ['graph', 'neural', 'network']],
    ] as const) {
      await search.fill(acronym);
      await page.locator('[data-testid=main-search] [role=option]').first().waitFor();
      const first = page.locator('[data-testid=main-search] [role=option]').first();
      await expect
        .poll(async () => ((await first.locator('.hit-name').textContent()) ?? '').toLowerCase(), { timeout: 10_000 })
        .toSatisfy((name: string) => words.every((word) => name.includes(word)));
      expect(await first.getByTestId('hit-meta').textContent()).toMatch(/^(Method|Concept|Task|Dataset|Metric|Hardware) · \d+ papers?$/);
      await expect(page.locator('[data-testid=main-search] [role=option][aria-selected=true]').count()).resolves.toBe(0);
    }
    await screenshot(page, 'search-acronym');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-testid=main-search] [role=option]').first().getAttribute('aria-selected')).resolves.toBe('true');
  }, 400_000);
});

describe('screenshots of every view', () => {
  const sizes = [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ];
  const views = [
    { name: 'overview', path: '/', graph: 'overview' },
    { name: 'neighbourhood', path: '/?view=neighbourhood&centre=Dataset%3Aimagenet&node=Dataset%3Aimagenet', graph: 'neighbourhood' },
    { name: 'connections', path: null, graph: 'connections' },
    { name: 'cypher', path: '/?view=cypher', graph: null },
  ] as const;

  it('saves each view at 1440×900, 1024×768 and 390×844, light and dark', async () => {
    const { page } = session.browser;
    const [pair] = await session.read<{ a: string; b: string }>(
      `MATCH (x:Concept)<--(:Paper)-->(y:Method) WHERE x.paperCount >= 3 AND y.paperCount >= 3
       WITH DISTINCT x, y ORDER BY x.paperCount + y.paperCount DESC, x.key, y.key LIMIT 1
       RETURN 'Concept:' + x.key AS a, 'Method:' + y.key AS b`,
    );
    const connections = `/?view=connections&from_node=${encodeURIComponent(pair.a)}&to_node=${encodeURIComponent(pair.b)}&node=${encodeURIComponent(pair.a)}`;
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const size of sizes) {
          for (const view of views) {
            await freshVisit(page, view.path ?? connections, size);
            if (view.graph) await waitForGraph(page, view.graph);
            else await page.locator('[data-testid=cypher-editor]').waitFor();
            await page.waitForTimeout(300);
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${view.name} ${size.width}`).toBeLessThanOrEqual(
              size.width,
            );
            await screenshot(page, `view-${view.name}-${size.width}x${size.height}-${scheme}`);
          }
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }, 900_000);
});
