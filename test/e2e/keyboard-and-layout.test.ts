/**
 * Keyboard accessibility basics and the 1280×800 layout: every control is reached by Tab with a visible focus
 * ring, works with Enter or Space, the Cypher editor does not trap Tab, and nothing important is cut off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForGraph } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';
import { withNewGraph } from './graph-probe.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

interface FocusStop {
  tag: string;
  name: string;
  /** An outline or a focus shadow on the element, or on the frame it sits in (the Cypher editor). */
  ring: boolean;
  box: { left: number; top: number; right: number; bottom: number };
  same: boolean;
}

async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const frame = element.closest('.editor-frame');
    const framed = frame ? getComputedStyle(frame).boxShadow !== 'none' : false;
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || framed;
    const label = (element as HTMLInputElement).labels?.[0];
    const labelText = label ? (label.querySelector('span:not([aria-hidden])')?.textContent ?? label.textContent) : null;
    const labelled = element.getAttribute('aria-label') ?? labelText;
    const name = (labelled ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const rect = element.getBoundingClientRect();
    const same = (window as unknown as { __lastFocus?: Element }).__lastFocus === element;
    (window as unknown as { __lastFocus?: Element }).__lastFocus = element;
    return {
      tag: element.tagName,
      name: name || element.tagName,
      ring,
      box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      same,
    };
  });
}

/** Tabs from the top of the page until focus comes round again; one stop per element. */
async function tabThrough(page: Page, limit = 80): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop.tag === 'BODY' || (stops.length > 0 && stop.name === stops[0].name)) break;
    if (!stop.same) stops.push(stop);
  }
  return stops;
}

function insideViewport(box: FocusStop['box']): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= 1280 && box.bottom <= 800 && box.right > box.left;
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

describe('keyboard and 1280×800', () => {
  it('reaches every overview control by Tab, each with a visible focus ring and on screen', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');
    const stops = await tabThrough(page);
    const names = stops.map((stop) => stop.name);
    for (const expected of [
      'Skip to content',
      'Search the graph',
      'Overview',
      'Neighbourhood',
      'Connections',
      'Cypher',
      'Paper',
      'Method',
      'Hardware',
      'From',
      'To',
      'Minimum papers per entity',
      'Colour by type',
      'By community',
      'Run layout',
      'Export',
      'Zoom in',
      'Zoom out',
      'Fit graph',
    ]) {
      expect(names.some((name) => name === expected || name.startsWith(`${expected} `))).toBe(true);
    }
    expect(stops.filter((stop) => !stop.ring).map((stop) => stop.name)).toEqual([]);
    expect(stops.filter((stop) => !insideViewport(stop.box)).map((stop) => stop.name)).toEqual([]);
  });

  it('operates views, colouring, filters, depth, export menu and details with Enter and Space', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/`);
    await waitForGraph(page, 'overview');

    await page.getByRole('radio', { name: 'By community' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('colour=community'));
    await page.getByRole('radio', { name: 'Colour by type' }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !location.search.includes('colour='));

    const method = page.getByRole('checkbox', { name: /^Method\b/ });
    await method.focus();
    await withNewGraph(page, 'overview', () => page.keyboard.press('Space'));
    await expect(method.isChecked()).resolves.toBe(false);
    await withNewGraph(page, 'overview', () => page.keyboard.press('Space'));
    await expect(method.isChecked()).resolves.toBe(true);

    // The export menu: Enter opens it on its first item, arrows move, Escape closes it back onto its button.
    await page.locator('[data-testid=export-menu]').focus();
    await page.keyboard.press('Enter');
    await expect(isFocused(page, '[role=menu] [role=menuitem]:nth-child(1)')).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(isFocused(page, '[role=menu] [role=menuitem]:nth-child(2)')).resolves.toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(isFocused(page, '[role=menu] [role=menuitem]:nth-child(4)')).resolves.toBe(true);
    await screenshot(page, 'keyboard-export-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await expect(isFocused(page, '[data-testid=export-menu]')).resolves.toBe(true);

    // A view tab by Enter, then a node chosen by keyboard search, its depth by Space, the details closed by Enter.
    await page.getByRole('button', { name: 'Neighbourhood' }).first().focus();
    await page.keyboard.press('Enter');
    const pick = page.getByRole('combobox', { name: 'Find a node' });
    await pick.focus();
    await page.keyboard.type('ImageNet');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await waitForGraph(page, 'neighbourhood');
    expect(new URL(page.url()).searchParams.get('node')).toBe('Dataset:imagenet');
    await page.getByRole('radio', { name: '2 hops' }).focus();
    await withNewGraph(page, 'neighbourhood', () => page.keyboard.press('Space'));
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
    await page.getByRole('button', { name: 'Close details' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=details-panel]').waitFor({ state: 'detached' });
  });

  it('lets Tab leave the Cypher editor, runs with Ctrl+Enter and loads an example by Enter', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/?view=cypher`);
    const editor = page.locator('[data-testid=cypher-editor] .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('MATCH (t:Task) RETURN t.name AS task LIMIT 3');
    await page.keyboard.press('Tab');
    await expect(isFocused(page, '[data-testid=cypher-editor]')).resolves.toBe(false);
    await expect(page.getByLabel('Parameters (JSON)').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await expect(editor.textContent()).resolves.toBe('MATCH (t:Task) RETURN t.name AS task LIMIT 3');
    await page.keyboard.press('Shift+Tab');
    await expect(isFocused(page, '[data-testid=cypher-editor]')).resolves.toBe(true);
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid=result-table] tbody tr').nth(2).waitFor();
    await expect(page.locator('[data-testid=result-table] tbody tr').count()).resolves.toBe(3);

    const stops = (await tabThrough(page)).map((stop) => stop.name);
    expect(stops).toContain('Run');
    expect(stops.some((name) => name.startsWith('Five datasets'))).toBe(true);
    await page.getByRole('button', { name: /^Most used methods/ }).focus();
    await page.keyboard.press('Enter');
    await expect(editor.textContent()).resolves.toContain('MATCH (m:Method)');
    await screenshot(page, 'keyboard-cypher');
  });

  it('fits every view with its details at 1280×800, nothing important cut off', async () => {
    const { page } = session.browser;
    const views: Array<{ name: string; url: string; ready: () => Promise<void>; visible: string[] }> = [
      {
        name: 'overview',
        url: '/?node=Dataset%3Aimagenet',
        ready: () => waitForGraph(page, 'overview'),
        visible: ['[data-testid=export-menu]', '[aria-label="Fit graph"]', '[role=radiogroup][aria-label="Colour nodes by"]'],
      },
      {
        name: 'neighbourhood',
        url: '/?view=neighbourhood&node=Dataset%3Aimagenet',
        ready: () => waitForGraph(page, 'neighbourhood'),
        visible: [
          '[role=radiogroup][aria-label="Depth"]',
          'input[type=number][min="1"]',
          '[data-testid=neighbour-list] h2',
          '[data-testid=export-menu]',
          '[aria-label="Fit graph"]',
        ],
      },
      {
        name: 'connections',
        url: '/?view=connections&from_node=Dataset%3Aimagenet&to_node=Hardware%3Agpu&node=Dataset%3Aimagenet',
        ready: () => waitForGraph(page, 'connections'),
        visible: ['[data-testid=path-from] input', '[data-testid=path-to] input', '[data-testid=path-list] h2', '[aria-label="Fit graph"]'],
      },
      {
        name: 'cypher',
        url: '/?view=cypher&node=Dataset%3Aimagenet',
        ready: () => page.locator('[data-testid=cypher-editor] .cm-content').waitFor(),
        visible: ['[data-testid=cypher-run]', '.console-side'],
      },
    ];
    for (const view of views) {
      await page.goto(`${session.server.url}${view.url}`);
      await view.ready();
      await page.locator('[data-testid=details-title]').waitFor();
      const always = ['.view-tabs', '.topbar .search-box', '.type-filter', '[aria-label="Close details"]', '[data-testid=details-title]'];
      for (const selector of [...always, ...view.visible]) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, `${view.name}: ${selector}`).not.toBeNull();
        expect(
          insideViewport({ left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height }),
          `${view.name}: ${selector}`,
        ).toBe(true);
      }
      const page_ = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      }));
      expect(page_).toEqual({ scrollWidth: 1280, scrollHeight: 800 });
      if (view.name !== 'cypher') {
        const canvas = await page.locator(`[data-view=${view.name}] .sigma-container`).boundingBox();
        expect(canvas!.width, `${view.name} canvas width`).toBeGreaterThanOrEqual(440);
        expect(canvas!.height, `${view.name} canvas height`).toBeGreaterThanOrEqual(440);
      }
      await screenshot(page, `layout-1280-${view.name}`);
    }
  });
});
