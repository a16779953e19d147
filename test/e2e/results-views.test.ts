/**
 * The results views (issue 14) in Chromium: from a dataset's panel to its leaderboard (values best first, each
 * sentence with its value highlighted), and "compare with…" to the side-by-side view.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './page-helpers.ts';
import { useExplorerSession, type ExplorerSession } from './explorer-session.ts';

let session: ExplorerSession;
useExplorerSession((started) => (session = started));

const param = (url: string, name: string) => new URL(url).searchParams.get(name);

describe('leaderboard view', () => {
  it("opens from a dataset's panel, lists its pairs, and shows CIFAR-10 x FID best first with highlighted sentences", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/?view=leaderboard&node=Dataset%3Acifar10`);
    await page.locator('[data-testid=details-title]').filter({ hasText: 'CIFAR-10' }).waitFor();
    await page.locator('[data-testid=open-results]').click();
    expect(param(page.url(), 'view')).toBe('leaderboard');
    expect(param(page.url(), 'a')).toBe('Dataset:cifar10');

    const pairs = page.locator('[data-testid=result-pairs] button');
    await pairs.first().waitFor();
    const [expected] = await session.read<{ n: number }>(
      'MATCH (:Dataset {key: "cifar10"})<-[:ON]-(r:Result)-[:OF]->(:Metric) RETURN count(DISTINCT r) AS n',
    );
    expect(expected.n).toBeGreaterThan(0);
    await pairs.filter({ hasText: 'CIFAR-10 × FID' }).click();
    expect(param(page.url(), 'b')).toBe('Metric:fid');

    const table = page.locator('[data-testid=leaderboard-table]');
    await table.waitFor();
    await expect(page.locator('[data-testid=leaderboard-subject]').textContent()).resolves.toBe('CIFAR-10 × FID');
    const values = await table.locator('[data-testid=result-value]').allTextContents();
    const [{ n }] = await session.read<{ n: number }>(
      'MATCH (:Dataset {key: "cifar10"})<-[:ON]-(r:Result)-[:OF]->(:Metric {key: "fid"}) RETURN count(r) AS n',
    );
    expect(values).toHaveLength(n);
    expect(values[0]).toBe('1.74');
    const numbers = values.map(Number);
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    // Each row's sentence marks its own value.
    const marked = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('[data-testid=result-value]')?.textContent,
          row.querySelector('mark[data-role=value]')?.textContent,
        ]),
      );
    for (const [value, mark] of marked) expect(mark).toBe(value);
    // The first sentence names its metric and dataset (its subject, PFGM++, is the paper's method: not in it).
    const first = table.locator('tbody tr').first();
    await expect(first.locator('mark[data-role=metric]').textContent()).resolves.toBe('FID');
    await expect(first.locator('mark[data-role=dataset]').textContent()).resolves.toBe('CIFAR-10');
    await screenshot(page, 'results-leaderboard');

    await table.locator('tbody tr').first().getByRole('button', { name: 'PFGM++', exact: true }).click();
    await page.locator('[data-testid=details-title]').filter({ hasText: 'PFGM++' }).waitFor();
    expect(param(page.url(), 'node')).toBe('Method:pfgmplusplu');
  }, 240_000);
});

describe('compare view', () => {
  it('"Compare with…" from a panel, then a second entity picked by search: facets, shared-pair results, papers naming both', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/?view=compare&node=Dataset%3Acifar10`);
    await page.locator('[data-testid=details-title]').filter({ hasText: 'CIFAR-10' }).waitFor();
    await page.locator('[data-testid=open-compare]').click();
    expect(param(page.url(), 'view')).toBe('compare');
    await page.locator('[data-testid=compare-b] input').fill('FFHQ');
    await page.locator('[data-testid=compare-b] [role=option]').filter({ hasText: 'FFHQ' }).first().click();
    expect(param(page.url(), 'b')).toBe('Dataset:ffhq');

    await expect(page.locator('[data-testid=compare-subject]').textContent()).resolves.toBe('CIFAR-10 vs FFHQ');
    const metrics = page.locator('[data-testid=compare-facets] [data-label=Metric]');
    await expect(metrics.locator('.compare-columns > div').first().textContent()).resolves.toContain('FID');
    const results = page.locator('[data-testid=compare-results]');
    const values = await results.locator('[data-testid=result-value]').allTextContents();
    expect(values).toEqual(expect.arrayContaining(['1.74', '1.91', '2.43']));
    const [{ n }] = await session.read<{ n: number }>(
      'MATCH (:Dataset {key: "cifar10"})<--(p:Paper)-->(:Dataset {key: "ffhq"}) RETURN count(DISTINCT p) AS n',
    );
    await expect(page.locator('[data-testid=compare-papers] li').count()).resolves.toBe(Math.min(n, 25));
    await screenshot(page, 'results-compare');
  }, 240_000);
});
