/**
 * The overview's interactions in headless Chromium over the bundled corpus: hover fades all but a node's
 * neighbours, double-click pulls its neighbours in from the API, colour by community (with its legend, kept
 * in the URL), and keyboard search flying the camera to the chosen node. One page for the whole file.
 */
import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import { FADED_NODE_COLOUR, LABEL_COLOURS } from '../../web/client/src/graph/colours.ts';
import { screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { displayColours, drawnNodes, graphOrder, hoverNode, nodeDisplay, nodeScreenPosition, waitForCameraOn } from './graph-probe.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

/** The most-published drawn nodes first: big discs, easy to point at. */
async function prominentNodes(count: number) {
  const nodes = await drawnNodes(session.browser.page);
  return nodes.sort((a, b) => (b.paperCount ?? 0) - (a.paperCount ?? 0) || a.id.localeCompare(b.id)).slice(0, count);
}

/** A prominent node the mouse can actually reach (none drawn over it), left hovered. */
async function hoverProminentNode(): Promise<string> {
  for (const node of await prominentNodes(12)) if (await hoverNode(session.browser.page, node.id)) return node.id;
  throw new Error('no prominent node could be hovered');
}

describe('overview interactions', () => {
  it('fades all but the hovered node’s neighbours, and restores them when the mouse leaves', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const hovered = await hoverProminentNode();
    const { neighbour, stranger } = await page.evaluate((id) => {
      const graph = window.__papergraph!.graph;
      return { neighbour: graph.neighbors(id)[0], stranger: graph.findNode((other) => other !== id && !graph.areNeighbors(id, other)) };
    }, hovered);
    expect(neighbour).toBeDefined();
    expect(stranger).toBeDefined();

    const [self, near, far] = await Promise.all([hovered, neighbour, stranger!].map((id) => nodeDisplay(page, id)));
    const typeColour = async (id: string) => LABEL_COLOURS[(await drawnNodes(page)).find((n) => n.id === id)!.nodeLabel];
    expect(self).toMatchObject({ highlighted: true, color: await typeColour(hovered) });
    expect(near?.color).toBe(await typeColour(neighbour));
    expect(far).toMatchObject({ color: FADED_NODE_COLOUR, label: '' });
    await screenshot(page, 'overview-hover');

    await page.mouse.move(5, 400);
    await page.waitForFunction(
      ([id, faded]) => (window.__papergraph?.sigma as Sigma | undefined)?.getNodeDisplayData(id)?.color !== faded,
      [stranger!, FADED_NODE_COLOUR],
    );
    expect((await nodeDisplay(page, stranger!))?.color).toBe(await typeColour(stranger!));
  });

  it('expands a node’s neighbours from the API on double-click', async () => {
    const { page, errors } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const target = await hoverProminentNode();
    const before = await graphOrder(page);
    const name = (await drawnNodes(page)).find((n) => n.id === target)!.name;
    const position = (await nodeScreenPosition(page, target))!;
    // The details panel this opens must not move the node between the two clicks.
    await page.mouse.dblclick(position.x, position.y);

    const toast = page.getByRole('status').filter({ hasText: /neighbours of/ });
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toMatch(
      new RegExp(`Added \\d+ neighbours of ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    const after = await graphOrder(page);
    expect(after).toBeGreaterThan(before);
    await expect(page.locator('[data-testid=overview-stats]').textContent()).resolves.toContain(
      `${after.toLocaleString('en-US')} entities`,
    );
    // Every added node is linked to the expanded one, and the double-clicked node is selected.
    const added = await page.evaluate(
      ([id, count]) => {
        const graph = window.__papergraph!.graph;
        return graph
          .nodes()
          .slice(-Number(count))
          .filter((node) => !graph.areNeighbors(id, node)).length;
      },
      [target, String(after - before)],
    );
    expect(added).toBe(0);
    expect(new URL(page.url()).searchParams.get('node')).toBe(target);
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe(name);
    await screenshot(page, 'overview-expanded');
    expect(errors).toEqual([]);
  });

  it('colours by Louvain community with a matching legend, kept across a reload, and back by type', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    await page.getByRole('radio', { name: 'By community' }).click();
    expect(new URL(page.url()).searchParams.get('colour')).toBe('community');
    const legend = page.locator('[data-testid=community-legend]');
    await legend.waitFor();

    const checkCommunityColours = async () => {
      const nodes = await drawnNodes(page);
      const colours = await displayColours(page);
      const typePalette = new Set(Object.values(LABEL_COLOURS));
      const distinct = new Set(Object.values(colours));
      expect(distinct.size).toBeGreaterThanOrEqual(6);
      expect(nodes.every((node) => !typePalette.has(colours[node.id]))).toBe(true);
      // The legend's swatches are the colours of its communities' nodes: its largest entry has at least that many.
      const entries = await legend.locator('li').evaluateAll((items) =>
        items.map((item) => ({
          colour: item.getAttribute('data-colour') ?? '',
          size: Number(item.querySelector('.type-count')?.textContent),
        })),
      );
      expect(entries.length).toBeGreaterThanOrEqual(4);
      for (const entry of entries) {
        expect(Object.values(colours).filter((colour) => colour === entry.colour).length).toBeGreaterThanOrEqual(entry.size);
      }
      expect(entries[0].size).toBeGreaterThanOrEqual(entries[entries.length - 1].size);
      await expect(page.locator('[data-testid=legend-note]').textContent()).resolves.toMatch(/communities/);
      return colours;
    };
    const first = await checkCommunityColours();
    await screenshot(page, 'overview-communities');

    await page.reload();
    await waitForGraph(page, 'overview');
    await legend.waitFor();
    await expect(page.getByRole('radio', { name: 'By community' }).getAttribute('aria-checked')).resolves.toBe('true');
    expect(await checkCommunityColours()).toEqual(first);

    await page.getByRole('radio', { name: 'Colour by type' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=community-legend]'));
    const nodes = await drawnNodes(page);
    await page.waitForFunction(
      (expected) => {
        const sigma = window.__papergraph?.sigma as Sigma | undefined;
        return Object.entries(expected).every(([id, colour]) => sigma?.getNodeDisplayData(id)?.color === colour);
      },
      Object.fromEntries(nodes.slice(0, 200).map((node) => [node.id, LABEL_COLOURS[node.nodeLabel]])),
    );
    const colours = await displayColours(page);
    expect(nodes.every((node) => colours[node.id] === LABEL_COLOURS[node.nodeLabel])).toBe(true);
    expect(new URL(page.url()).searchParams.get('colour')).toBeNull();
    await expect(page.locator('.type-filter legend').textContent()).resolves.toBe('Types · colour legend');
  });

  it('searches by keyboard: nothing pre-selected, arrows move, Escape closes, Enter flies to and selects the highlighted hit', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await page.keyboard.press('/');
    await expect(search.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('transformer');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(2);
    const active = page.locator('[role=option][aria-selected=true]');
    const activeName = () => active.locator('.hit-name').textContent();
    const names = await options.locator('.hit-name').allTextContents();

    // Nothing is pre-selected: the first ArrowDown lands on the first hit.
    await expect(active.count()).resolves.toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect(activeName()).resolves.toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(activeName()).resolves.toBe(names[2]);
    await page.keyboard.press('ArrowUp');
    await expect(activeName()).resolves.toBe(names[1]);
    expect(await search.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));

    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(await search.inputValue()).toBe('transformer');

    await page.keyboard.press('ArrowDown');
    await expect(activeName()).resolves.toBe(names[1]);
    await screenshot(page, 'search-keyboard');
    const drawn = (await drawnNodes(page)).find((node) => node.name === names[1]);
    expect(drawn).toBeDefined();
    await page.keyboard.press('Enter');

    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe(names[1]);
    expect(new URL(page.url()).searchParams.get('node')).toBe(drawn!.id);
    await waitForCameraOn(page, drawn!.id);
    expect((await nodeDisplay(page, drawn!.id))?.highlighted).toBe(true);
    await screenshot(page, 'search-chosen');
  });
});
