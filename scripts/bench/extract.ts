/**
 * `npm run bench:extract [-- --rounds N] [-- PATH...]`: in one process, on the bundled corpus (data/daily-papers,
 * read with the real readers), times a bare compromise parse of every abstract and the full extractPaper, over
 * several rounds after a warm-up, and prints abstracts/s for each and their cost ratio (target <= 1.5x).
 * Then the per-stage split of the full extraction and the worker-thread pipeline figure (all cores).
 */
import nlp from 'compromise';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { extractClaims } from '../../ingest/extract/claims.ts';
import { extractCodeUrls } from '../../ingest/extract/code-urls.ts';
import { buildContext } from '../../ingest/extract/context.ts';
import { extractEntities } from '../../ingest/extract/entities/index.ts';
import { extractHardware } from '../../ingest/extract/hardware.ts';
import { CorpusMemory, resolveCorpus } from '../../ingest/extract/corpus/index.ts';
import { EXTRACTOR_VERSION, extractPaper } from '../../ingest/extract/index.ts';
import { extractRecords, readPapers } from '../../ingest/pipeline/index.ts';
import type { PaperRecord } from '../../ingest/types.ts';

const TARGET_RATIO = 1.5;

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    'no-workers': { type: 'boolean', default: false },
  },
});
const rounds = Math.max(1, Number(options.rounds) || 3);
const paths = positionals.length > 0 ? positionals : ['data/daily-papers'];

const records = await readAll(paths);
const abstracts = records.map((r) => r.abstract);
console.log(
  `bench:extract (${EXTRACTOR_VERSION}) on ${records.length} abstracts from ${paths.join(', ')}; ${rounds} rounds after 1 warm-up round`,
);

const bare = (): void => {
  for (const abstract of abstracts) nlp(abstract);
};
/** The whole extraction: every paper, then the corpus-level pass over all of them (as one ingest batch). */
const full = (): void => {
  resolveCorpus(
    records.map((record) => extractPaper(record)),
    new CorpusMemory(),
  );
};
bare();
full();
const bareMs: number[] = [];
const fullMs: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Interleaved so that load from other processes hits both sides alike.
  bareMs.push(timeMs(bare));
  fullMs.push(timeMs(full));
}
const bareRate = rate(records.length, median(bareMs));
const fullRate = rate(records.length, median(fullMs));
const ratio = median(fullMs) / median(bareMs);
console.log('');
console.log(`bare compromise parse   ${bareRate.toFixed(1).padStart(8)} abstracts/s  (median ${median(bareMs).toFixed(0)} ms per pass)`);
console.log(`full extraction + corpus${fullRate.toFixed(1).padStart(8)} abstracts/s  (median ${median(fullMs).toFixed(0)} ms per pass)`);
console.log(
  `cost ratio full/bare    ${ratio.toFixed(2).padStart(8)}x         (target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT MET'})`,
);

printStageSplit(records);
if (!options['no-workers']) await printWorkerFigure(records);

async function readAll(inputs: string[]): Promise<PaperRecord[]> {
  const all: PaperRecord[] = [];
  for await (const record of readPapers(inputs)) all.push(record);
  return all;
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function rate(count: number, ms: number): number {
  return (count / ms) * 1000;
}

/** Where the full extraction's time goes (one pass; the context includes the compromise parse). */
function printStageSplit(papers: PaperRecord[]): void {
  const stages = { context: 0, entities: 0, hardware: 0, claims: 0, codeUrls: 0 };
  for (const record of papers) {
    let t = performance.now();
    const ctx = buildContext(record);
    stages.context += performance.now() - t;
    t = performance.now();
    const entities = extractEntities(ctx);
    stages.entities += performance.now() - t;
    t = performance.now();
    const hardware = extractHardware(ctx);
    stages.hardware += performance.now() - t;
    t = performance.now();
    extractClaims(ctx, entities, hardware);
    stages.claims += performance.now() - t;
    t = performance.now();
    extractCodeUrls(ctx);
    stages.codeUrls += performance.now() - t;
  }
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  console.log('\nstage split of one full pass:');
  for (const [stage, ms] of Object.entries(stages)) {
    console.log(`  ${stage.padEnd(9)} ${ms.toFixed(0).padStart(6)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%`);
  }
}

/** The ingest pipeline's parallel path: one worker thread per core, start-up included. */
async function printWorkerFigure(papers: PaperRecord[]): Promise<void> {
  const cores = availableParallelism();
  const workers = Math.max(1, cores);
  const messages: string[] = [];
  const start = performance.now();
  let count = 0;
  for await (const _ of extractRecords(from(papers), { workers, total: papers.length, onInfo: (m) => messages.push(m) })) count++;
  const ms = performance.now() - start;
  console.log(`\nworker threads: ${messages.join('; ') || `${workers} worker(s)`}`);
  console.log(
    `pipeline with ${workers} worker thread(s) on ${cores} core(s): ${rate(count, ms).toFixed(1)} abstracts/s for ${count} papers (${ms.toFixed(0)} ms, worker start-up included)`,
  );
  console.log(`  vs in-process full extraction ${fullRate.toFixed(1)} abstracts/s: x${(rate(count, ms) / fullRate).toFixed(2)}`);
}

async function* from(papers: PaperRecord[]): AsyncGenerator<PaperRecord> {
  yield* papers;
}
