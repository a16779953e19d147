/**
 * The time and hardware views end to end in headless Chromium, on the dated fixture corpus
 * (test/fixtures/trends/dated-arxiv.jsonl): the entity panel's sparkline, follow button and hardware; the trend
 * comparison kept in the URL; rising and new; what's new with followed papers and its feed; the hardware table.
 * Each case saves a screenshot under test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFeed } from '../../web/shared/trends-api.ts';
import { ensureClientBuilt } from '../../scripts/client-build.ts';
import { launchBrowser, type BrowserSession } from '../helpers/browser.ts';
import { loadDatedFixture, removeDatedFixture } from '../helpers/dated-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { screenshot } from './page-helpers.ts';

const Q4 = 'from=2025-10-01&to=2025-12-31';

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  ensureClientBuilt();
  await loadDatedFixture();
  server = await startTestServer();
  browser = await launchBrowser({ width: 1280, height: 800 });
  browser.page.setDefaultTimeout(60_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeDatedFixture();
});

describe('time and hardware views in headless Chromium', () => {
  it("shows an entity's papers per month, its hardware with counts, and follows it", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=trends&node=Method%3Alora`);
    await page.locator('[data-testid=sparkline]').waitFor();
    await expect(page.locator('[data-testid=entity-trend]').textContent()).resolves.toContain('7 dated · 2025-03 – 2025-12');
    await expect(page.locator('[data-testid=entity-hardware]').textContent()).resolves.toMatch(/TPU v4: 7 papers, up to 8 units/);
    const follow = page.locator('[data-testid=follow-button]');
    await expect(follow.getAttribute('aria-pressed')).resolves.toBe('false');
    await follow.click();
    await expect(follow.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => window.localStorage.getItem('papergraph:follows'))).resolves.toBe('["Method:lora"]');
    await screenshot(page, 'details-entity-time');
  });

  it('compares entities over time, picked from search and kept in the URL', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=trends&trend=Method%3Alora,Dataset%3Aimagenet`);
    await page.locator('[data-testid=trend-chart]').waitFor();
    await expect(page.locator('[data-testid=trend-chart] polyline').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid=undated-note]').textContent()).resolves.toMatch(/^2 of 33 papers have no dated/);
    const search = page.getByRole('combobox', { name: 'Add an entity to compare' });
    await search.fill('QuillNet');
    await page.getByRole('option').filter({ hasText: 'QuillNet' }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('trend')).toBe('Method:lora,Dataset:imagenet,Method:quillnet');
    await expect.poll(() => page.locator('[data-testid=trend-chart] polyline').count()).toBe(3);
    const rows = page.locator('[data-testid=trend-table] tbody tr');
    await expect(rows.nth(0).textContent()).resolves.toMatch(/LoRA\s*70/);
    await screenshot(page, 'trends');
    await page.locator('[data-testid=trend-bucket]').selectOption('year');
    await expect.poll(() => new URL(page.url()).searchParams.get('bucket')).toBe('year');
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid=trend-bucket]').inputValue()).toBe('month');
  });

  it('lists rising and new entities of a window, a large steady entity not rising', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=rising&${Q4}`);
    await page.locator('[data-testid=rising-table]').waitFor();
    await expect(page.locator('[data-testid=rising-window]').textContent()).resolves.toContain(
      '2025-10-01 – 2025-12-31 (92 days, 14 papers)',
    );
    const rising = (await page.locator('[data-testid=rising-table] tbody tr').allTextContents()).join('\n');
    expect(rising).toMatch(/LoRA\s*5\s*2\s*0\.7\s*2\.63/);
    expect(rising).not.toContain('ImageNet');
    await expect(page.locator('[data-testid=new-table]').textContent()).resolves.toContain('QuillNet');
    await screenshot(page, 'rising');
  });

  it("shows what's new in a window with the followed entity's papers, and serves its feed", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=whats-new&${Q4}`);
    await page.locator('[data-testid=followed-papers]').waitFor();
    await expect(page.locator('[data-testid=followed-papers] li').count()).resolves.toBe(5);
    await expect(page.locator('[data-testid=introduced-methods]').textContent()).resolves.toContain('QuillNet');
    await expect(page.locator('[data-testid=introduced-datasets]').textContent()).resolves.toContain('MarbleBench');
    await expect(page.locator('[data-testid=whats-new-rising]').textContent()).resolves.toContain('LoRA');
    const feedUrl = await page.locator('[data-testid=feed-link]').getAttribute('href');
    expect(new URL(feedUrl ?? '').searchParams.get('follow')).toBe('Method:lora');
    const feed = await page.evaluate(async (url) => (await fetch(url)).json() as Promise<JsonFeed>, feedUrl ?? '');
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.filter((item) => item.content_text.includes('which you follow'))).toHaveLength(5);
    await screenshot(page, 'whats-new');
    await page.locator('[data-testid=whats-new-scope]').selectOption({ index: 1 });
    await expect.poll(() => new URL(page.url()).searchParams.get('listing')).toBeTruthy();
    await expect(page.locator('[data-testid=whats-new-scope-text]').textContent()).resolves.toMatch(/^36 papers/);
  });

  it('tables the hardware of an entity and what runs on a hardware', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?view=hardware&hw=Dataset%3Aimagenet`);
    await page.locator('[data-testid=hardware-table]').waitFor();
    await expect(page.locator('[data-testid=hardware-table] tbody tr').first().textContent()).resolves.toMatch(
      /NVIDIA A100\s*26\s*2,048\s*26/,
    );
    await screenshot(page, 'hardware-entity');
    await page.locator('[data-testid=hardware-table] tbody tr button').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('Hardware:nvidiaa100');
    await page.goto(`${server.url}/?view=hardware&hw=Hardware%3Atpuv4`);
    await page.locator('[data-testid=runs-methods]').waitFor();
    await expect(page.locator('[data-testid=runs-methods] tbody tr').first().textContent()).resolves.toMatch(/LoRA\s*7/);
    await expect(page.locator('[data-testid=runs-datasets]').textContent()).resolves.toContain('SQuAD');
    await screenshot(page, 'hardware-runs');
  });
});
