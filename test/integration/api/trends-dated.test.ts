/**
 * Trends, rising/new, what's new and its feed, and hardware on a dated corpus (test/fixtures/trends/dated-arxiv.jsonl,
 * arXiv snapshot records across 2025): LoRA grows in the last quarter, ImageNet is large and steady, QuillNet and
 * MarbleBench first appear in it, two ImageNet papers have no date. Expected figures are worked from the fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HardwareResponse, JsonFeed, RisingResponse, TrendsResponse, WhatsNewResponse } from '../../../web/shared/trends-api.ts';
import { loadDatedFixture, removeDatedFixture } from '../../helpers/dated-fixture.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';

const Q4 = 'from=2025-10&to=2025-12';

beforeAll(async () => {
  const result = await loadDatedFixture();
  expect(result.load.papersNew).toBe(36);
});

afterAll(async () => {
  await removeDatedFixture();
});

const api = useApiSuite({ corpus: false });
const { get } = api;

describe('GET /api/trends', () => {
  it('counts papers per month, empty months included, undated papers apart and said so', async () => {
    const { status, body } = await get<TrendsResponse>('/api/trends?ids=Method:lora,Dataset:imagenet&bucket=month');
    expect(status).toBe(200);
    expect(body.buckets).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
    expect(body.from).toBe('2025-01-01');
    expect(body.to).toBe('2025-12-31');
    const [lora, imagenet] = body.series;
    expect(lora.entity).toMatchObject({ id: 'Method:lora', name: 'LoRA', paperCount: 7 });
    expect(lora.counts).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 2, 1, 2]);
    expect(lora.undated).toBe(0);
    expect(imagenet.counts).toEqual(Array(12).fill(2));
    expect(imagenet).toMatchObject({ dated: 24, undated: 2 });
    expect(body.undatedNote).toMatch(/^2 of 33 papers have no dated first version or listing/);
    expect(body.missing).toEqual([]);
  });

  it('buckets by year, keeps to the asked range and names unknown ids', async () => {
    const { body } = await get<TrendsResponse>('/api/trends?ids=Method:lora,Method:nosuchmethod&bucket=year&from=2025-06&to=2025-11');
    expect(body.buckets).toEqual(['2025']);
    expect(body.series).toHaveLength(1);
    expect(body.series[0]).toMatchObject({ counts: [4], dated: 4 });
    expect(body.missing).toEqual(['Method:nosuchmethod']);
  });

  it('refuses bad input with a message naming the field', async () => {
    for (const path of [
      '/api/trends',
      '/api/trends?ids=Paper:x',
      '/api/trends?ids=Method:lora&bucket=week',
      '/api/trends?ids=Method:lora&from=05-17',
    ]) {
      const { status, body } = await get<{ error: string; message: string }>(path);
      expect(status, path).toBe(400);
      expect(body.error).toBe('bad_request');
    }
    const { status, body } = await get<{ message: string }>('/api/trends?ids=Method:lora&from=2025-12&to=2025-01');
    expect(status).toBe(400);
    expect(body.message).toMatch(/from \(2025-12\) is after to \(2025-01\)/);
  });
});

describe('GET /api/rising', () => {
  it("scores growth against the entity's own past: LoRA rises, large steady ImageNet does not", async () => {
    const { status, body } = await get<RisingResponse>(`/api/rising?${Q4}`);
    expect(status).toBe(200);
    expect(body.window).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
      baselineFrom: '2024-12-29',
      baselineTo: '2025-09-30',
      days: 92,
      baselineDays: 276,
    });
    const lora = body.rising.find((one) => one.entity.id === 'Method:lora');
    expect(lora).toMatchObject({ recent: 5, past: 2, isNew: false });
    expect(lora?.expected).toBeCloseTo((2 * 92) / 276, 6);
    expect(lora?.score).toBeCloseTo((5 + 2) / ((2 * 92) / 276 + 2), 6);
    expect(body.rising.map((one) => one.entity.id)).not.toContain('Dataset:imagenet');
    expect(body.rising.every((one) => one.recent >= body.minCount && one.score >= body.minScore)).toBe(true);
    expect(body.windowPapers).toBe(6 + 5 + 3);
  });

  it('lists entities first seen in the window as new, most papers first', async () => {
    const { body } = await get<RisingResponse>(`/api/rising?${Q4}&types=Method,Dataset`);
    const fresh = body.new.map((one) => one.entity.id);
    expect(body.new.find((one) => one.entity.id === 'Method:quillnet')?.recent).toBe(2);
    expect(body.new.map((one) => one.recent)).toEqual([...body.new.map((one) => one.recent)].sort((a, b) => b - a));
    expect(fresh).toContain('Dataset:marblebench');
    expect(fresh).not.toContain('Method:lora');
    expect(body.new.every((one) => one.isNew && one.past === 0)).toBe(true);
    expect([...body.rising, ...body.new].every((one) => ['Method', 'Dataset'].includes(one.entity.label))).toBe(true);
  });
});

describe('GET /api/whats-new and its feed', () => {
  it('shows introduced methods and datasets, rising entities and papers on followed entities', async () => {
    const { status, body } = await get<WhatsNewResponse>(`/api/whats-new?${Q4}&follow=Method:lora,Hardware:nvidiah100`);
    expect(status).toBe(200);
    expect(body.scope).toEqual({ kind: 'window' });
    expect(body.papers).toBe(14);
    // The corpus pass gives MarbleBench ("a new dataset") one type everywhere: it is introduced as a dataset only.
    expect(body.methods.map((one) => one.entity.id)).toContain('Method:quillnet');
    expect(body.methods.map((one) => one.entity.id)).not.toContain('Method:marblebench');
    expect(body.datasets.map((one) => one.entity.id)).toEqual(['Dataset:marblebench']);
    expect(body.rising.map((one) => one.entity.id)).toContain('Method:lora');
    expect(body.followed).toHaveLength(6);
    expect(body.followed[0]).toMatchObject({ date: '2025-12-18', follows: [{ id: 'Method:lora' }] });
    expect(body.followed.find((paper) => paper.title.startsWith('QuillNet'))?.follows.map((one) => one.id)).toEqual([
      'Hardware:nvidiah100',
    ]);
    expect(body.introducing.map((paper) => paper.date)).toEqual(['2025-11-12', '2025-10-14']);
  });

  it('serves a JSON Feed 1.1 a reader can subscribe to', async () => {
    const path = `/api/whats-new/feed.json?${Q4}&follow=Method:lora`;
    const response = await fetch(`${api.server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    const feed = (await response.json()) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(`${api.server.url}${path}`);
    expect(new URL(feed.home_page_url).searchParams.get('view')).toBe('whats-new');
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.content_text.length).toBeGreaterThan(0);
      if (item.date_published) expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      if (item.url) expect(() => new URL(item.url as string)).not.toThrow();
    }
    expect(feed.items.filter((item) => item.id.startsWith('paper:'))).toHaveLength(5 + 2);
    expect(feed.items.find((item) => item.id === 'rising:2025-10-01:2025-12-31')?.content_text).toMatch(/^LoRA: 5 papers/m);
  });

  it('refuses a listing and a window together, and an unknown listing', async () => {
    expect((await get(`/api/whats-new?listing=x&${Q4}`)).status).toBe(400);
    expect((await get('/api/whats-new?listing=no-such-listing')).status).toBe(404);
  });
});

describe('GET /api/hardware', () => {
  it("gives an entity's hardware with papers and units", async () => {
    const { status, body } = await get<HardwareResponse>('/api/hardware?of=Dataset:imagenet');
    expect(status).toBe(200);
    expect(body.of.id).toBe('Dataset:imagenet');
    expect(body.hardware).toEqual([
      {
        hardware: expect.objectContaining({ id: 'Hardware:nvidiaa100', name: 'NVIDIA A100' }),
        papers: 26,
        maxUnits: 2048,
        papersWithUnits: 26,
      },
    ]);
    expect(body.runs).toBeNull();
  });

  it('gives what runs on a hardware, with paper counts', async () => {
    const { body } = await get<HardwareResponse>('/api/hardware?of=Hardware:tpuv4');
    expect(body.hardware).toEqual([
      { hardware: expect.objectContaining({ id: 'Hardware:tpuv4' }), papers: 7, maxUnits: 8, papersWithUnits: 7 },
    ]);
    expect(body.runsCountedFrom).toBe('papers');
    expect(body.runs?.methods).toEqual([{ entity: expect.objectContaining({ id: 'Method:lora' }), papers: 7 }]);
    expect(body.runs?.datasets).toEqual([{ entity: expect.objectContaining({ id: 'Dataset:squad' }), papers: 7 }]);
    expect(body.runs?.tasks.map((one) => [one.entity.name, one.papers])).toEqual([['question answering', 7]]);
  });

  it('answers 404 for an unknown entity and 400 for a paper', async () => {
    expect((await get('/api/hardware?of=Method:nosuchmethod')).status).toBe(404);
    expect((await get('/api/hardware?of=Paper:abc')).status).toBe(400);
  });
});
