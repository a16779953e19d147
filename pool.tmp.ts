import { extractRecords, readPapers } from './ingest/pipeline/index.ts';
const reader = readPapers(['/tmp/syn600.jsonl']);
let n = 0;
const timer = setInterval(() => console.error('at', n), 3000);
for await (const p of extractRecords(reader, { workers: 2, total: () => reader.total })) {
  n++;
  if (n % 25 === 0) await new Promise((r) => setTimeout(r, Number(process.argv[2] ?? 500)));
}
clearInterval(timer);
console.error('done', n);
