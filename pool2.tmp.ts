import { readPapers } from './ingest/pipeline/index.ts';
import { ExtractionPool } from './poolcopy.tmp.ts';
const reader = readPapers(['/tmp/syn600.jsonl']);
let n = 0;
const pool = await ExtractionPool.start(2);
for await (const p of pool.extract(reader)) {
  n++;
  if (n % 25 === 0) await new Promise((r) => setTimeout(r, 500));
}
console.error('done', n); await pool.close();
