/** Page-level helpers for the explorer e2e tests: readiness, pixels, screenshots, the Cypher editor. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../platform/neo4j/paths.ts';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `e2e-${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until the canvas of `view` says its layout settled and a frame was drawn after that. */
export async function waitForGraph(page: Page, view: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`[data-testid=graph-canvas][data-view=${view}] .react-sigma[data-ready=true]`, { timeout });
}

export interface PngPixels {
  /** Share of pixels that are not background. */
  inked: number;
  /** How many of the wanted colours (`#rrggbb`) appear. */
  coloursFound: number;
}

/** Decodes a PNG in the browser itself (WebGL buffers cannot be read back directly) and measures its pixels. */
export async function measurePng(page: Page, png: Buffer, colours: readonly string[] = []): Promise<PngPixels> {
  return page.evaluate(
    async ([base64, wantedHex]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const surface = document.createElement('canvas');
      surface.width = image.width;
      surface.height = image.height;
      const context = surface.getContext('2d');
      if (!context) return { inked: 0, coloursFound: 0 };
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const wanted = wantedHex.map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)));
      const found = new Set<number>();
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        // The canvas background is white to #f8fafc: anything clearly darker or coloured is drawing.
        if (data[i] < 225 || data[i + 1] < 225 || data[i + 2] < 225) inked++;
        wanted.forEach((rgb, index) => {
          if (Math.abs(rgb[0] - data[i]) + Math.abs(rgb[1] - data[i + 1]) + Math.abs(rgb[2] - data[i + 2]) < 12) found.add(index);
        });
      }
      return { inked: inked / (data.length / 4), coloursFound: found.size };
    },
    [png.toString('base64'), [...colours]] as const,
  );
}

/** Share of pixels in the graph canvas of `view` that are not background, on a real screenshot. */
export async function inkedPixelShare(page: Page, view: string): Promise<number> {
  const canvas = page.locator(`[data-testid=graph-canvas][data-view=${view}] .sigma-container`);
  return (await measurePng(page, await canvas.screenshot())).inked;
}

/** Replaces the Cypher editor's text the way a user would, then runs it with Ctrl+Enter. */
export async function runCypher(page: Page, query: string): Promise<void> {
  const editor = page.locator('[data-testid=cypher-editor] .cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Control+Enter');
}
