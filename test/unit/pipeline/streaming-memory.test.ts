import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPapers } from '../../../ingest/pipeline/read-papers.ts';
import { scratch } from '../sources/helpers.ts';

const RECORDS = 150_000;

async function writeBigJsonl(path: string): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < RECORDS; i++) {
    const line = `${JSON.stringify({
      id: `2401.${String(i).padStart(6, '0')}`,
      title: `Synthetic Paper Number ${i}: Streaming Without Growing`,
      abstract: `We study paper ${i}. ${'Its abstract is long enough to look like a real one, with several sentences. '.repeat(4)}`,
      authors: 'A. Author, B. Author and C. Author',
      categories: 'cs.LG cs.AI',
      update_date: '2024-01-01',
    })}\n`;
    bytes += line.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

describe('streaming a large JSONL file', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('keeps memory flat: heap growth is a small fraction of the file size', async () => {
    const path = join(dir.dir, 'big.jsonl');
    const bytes = await writeBigJsonl(path);
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let count = 0;
    for await (const paper of readPapers([path], { bufferLimitBytes: 1024 * 1024 })) {
      count += 1;
      if (count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      if (count === 1) expect(paper.id).toBe('2401.000000');
    }
    expect(count).toBe(RECORDS);
    const growth = peak - baseline;
    console.log(`streamed ${(bytes / 1e6).toFixed(0)} MB, ${count} papers; peak heap growth ${(growth / 1e6).toFixed(1)} MB`);
    expect(growth).toBeLessThan(bytes / 4);
  }, 180_000);
});
