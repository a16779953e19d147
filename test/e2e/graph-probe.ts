/**
 * Reading the drawn graph in the page through what ReadyReporter exposes (window.__papergraph): the
 * graphology graph, and sigma's display data, which is the reducers' output (colour, hidden, highlighted).
 * Functions passed to page.evaluate run in the browser: they use only their arguments.
 */
import type { Page } from 'playwright-core';
import type Sigma from 'sigma';
import type { NodeLabel } from '../../graph-schema/model.ts';
import { waitForGraph } from './page-helpers.ts';

export interface DrawnNode {
  id: string;
  nodeLabel: NodeLabel;
  name: string;
  paperCount: number | null;
  props: Record<string, unknown>;
}

export interface NodeDisplay {
  color: string;
  hidden: boolean;
  highlighted: boolean;
  label: string | null;
}

export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => {
    const graph = window.__papergraph?.graph;
    if (!graph) return [];
    return graph.mapNodes((id, a) => ({ id, nodeLabel: a.nodeLabel, name: a.label, paperCount: a.paperCount, props: a.props }));
  });
}

export async function drawnLabelCounts(page: Page): Promise<Partial<Record<NodeLabel, number>>> {
  const counts: Partial<Record<NodeLabel, number>> = {};
  for (const node of await drawnNodes(page)) counts[node.nodeLabel] = (counts[node.nodeLabel] ?? 0) + 1;
  return counts;
}

export async function graphOrder(page: Page): Promise<number> {
  return page.evaluate(() => window.__papergraph?.graph.order ?? 0);
}

export async function nodeDisplay(page: Page, id: string): Promise<NodeDisplay | null> {
  return page.evaluate((node) => {
    const data = (window.__papergraph?.sigma as Sigma | undefined)?.getNodeDisplayData(node);
    return data ? { color: data.color, hidden: data.hidden, highlighted: data.highlighted, label: data.label } : null;
  }, id);
}

/** Display colour of every drawn node, by id. */
export async function displayColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const sigma = window.__papergraph?.sigma as Sigma | undefined;
    const colours: Record<string, string> = {};
    window.__papergraph?.graph.forEachNode((id) => {
      colours[id] = sigma?.getNodeDisplayData(id)?.color ?? '';
    });
    return colours;
  });
}

/** Where a node is drawn, in page coordinates (for the mouse). */
export async function nodeScreenPosition(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((node) => {
    const sigma = window.__papergraph?.sigma as Sigma | undefined;
    const data = sigma?.getNodeDisplayData(node);
    if (!sigma || !data) return null;
    const box = sigma.getContainer().getBoundingClientRect();
    const point = sigma.framedGraphToViewport(data);
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

/**
 * Puts the mouse on a node and waits until sigma reports it hovered (the hover reducer highlights it).
 * False when another node is drawn on top of it there.
 */
export async function hoverNode(page: Page, id: string): Promise<boolean> {
  const position = await nodeScreenPosition(page, id);
  if (!position) return false;
  await page.mouse.move(position.x - 40, position.y - 40);
  await page.mouse.move(position.x, position.y, { steps: 4 });
  return page
    .waitForFunction((node) => (window.__papergraph?.sigma as Sigma | undefined)?.getNodeDisplayData(node)?.highlighted === true, id, {
      timeout: 2_000,
    })
    .then(
      () => true,
      () => false,
    );
}

/**
 * Runs `action` and waits until `view` draws a graph other than the one drawn before and says it is ready:
 * the old canvas may still show "ready" for a moment after a filter or control changes.
 */
export async function withNewGraph(page: Page, view: string, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __previousGraph?: unknown }).__previousGraph = window.__papergraph?.graph;
  });
  await action();
  await page.waitForFunction(
    (name) => {
      const current = window.__papergraph;
      return Boolean(
        current &&
        current.view === name &&
        current.ready &&
        current.graph !== (window as unknown as { __previousGraph?: unknown }).__previousGraph,
      );
    },
    view,
    { timeout: 60_000 },
  );
  await waitForGraph(page, view);
}

/** The camera has arrived at a node (after the animated flight a search choice starts). */
export async function waitForCameraOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (node) => {
      const sigma = window.__papergraph?.sigma as Sigma | undefined;
      const data = sigma?.getNodeDisplayData(node);
      if (!sigma || !data || sigma.getCamera().isAnimated()) return false;
      const camera = sigma.getCamera().getState();
      return Math.abs(camera.x - data.x) < 1e-3 && Math.abs(camera.y - data.y) < 1e-3 && camera.ratio < 1;
    },
    id,
    { timeout: 10_000 },
  );
}
