/**
 * `npm run eval:extract [-- --verbose] [-- --json] [-- --dir DIR] [-- --no-corpus] [-- --external CSV]`: scores the
 * extraction (each dev file's papers resolved together by the corpus pass, as an ingest would) on every *.jsonl dev
 * set in test/fixtures/extraction/ as GUIDE.md describes, and prints micro P/R/F1 per type, overall and per file.
 * Beside it, the held-out-names split: the same scores with every annotated name withheld from the lexicons (a child
 * process with PAPERGRAPH_LEXICON_WITHHOLD), which measures the context rules alone. `--external` adds dataset
 * recall and precision on the public Heddes et al. sentences, their names withheld too.
 * A report, not a gate: exits 0 unless it crashes. Rows marked * are diagnostics outside the GUIDE's scores.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveCorpus } from '../../ingest/extract/corpus/index.ts';
import { WITHHOLD_ENV } from '../../ingest/extract/entities/lexicon/withheld.ts';
import { EXTRACTOR_VERSION, extractPaper } from '../../ingest/extract/index.ts';
import { externalNames, readExternalSentences, scoreExternal, sentenceRecord, type ExternalScores } from './lib/external.ts';
import { DEFAULT_GOLD_DIR, goldToRecord, readGoldDir } from './lib/gold.ts';
import type { GoldFile, GoldPaper } from './lib/gold.ts';
import { evaluateResults, resultErrors, resultSummary, resultTable } from './lib/result-report.ts';
import { SCORED_TYPES, TARGET_F1, addCounts, emptyCounts, prf, scorePaper } from './lib/scoring.ts';
import type { Counts, ItemOutcome, ScoredType } from './lib/scoring.ts';

interface PaperReport {
  file: string;
  id: string;
  title: string;
  outcomes: Record<ScoredType, ItemOutcome>;
}

type CountsByType = Record<ScoredType, Counts>;

const { values: options } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    dir: { type: 'string', default: DEFAULT_GOLD_DIR },
    'no-corpus': { type: 'boolean', default: false },
    'no-split': { type: 'boolean', default: false },
    external: { type: 'string' },
    /** Internal: run as the withheld-names child and print its counts as JSON. */
    child: { type: 'string' },
    'results-only': { type: 'boolean', default: false },
  },
});

const files = readGoldDir(options.dir);
const resultReports = evaluateResults(files);
if (options['results-only']) {
  if (options.json) process.stdout.write(JSON.stringify(resultSummary(resultReports), null, 2) + '\n');
  else console.log([resultTable(resultReports), ...(options.verbose ? ['', resultErrors(resultReports)] : [])].join('\n'));
  process.exit(0);
}

if (options.child === 'split') {
  process.stdout.write(JSON.stringify(sumCounts(evaluate(files))));
} else if (options.child === 'external') {
  process.stdout.write(JSON.stringify(evaluateExternal(options.external ?? '')));
} else {
  report();
}

function report(): void {
  const papers = evaluate(files);
  const overall = sumCounts(papers);
  const perFile = Object.fromEntries(files.map((f) => [f.name, sumCounts(papers.filter((p) => p.file === f.name))]));
  const split = options['no-split']
    ? null
    : withheldRun<CountsByType>(goldNames(files.flatMap((f) => f.papers)), ['--child', 'split', '--dir', options.dir]);
  const external = options.external
    ? withheldRun<ExternalScores>(externalNames(readExternalSentences(options.external)), [
        '--child',
        'external',
        '--external',
        options.external,
      ])
    : null;
  if (options.json) {
    process.stdout.write(JSON.stringify({ ...jsonReport(overall, perFile, papers), heldOutNames: split, external }, null, 2) + '\n');
    return;
  }
  const paperCount = papers.length;
  const mode = options['no-corpus'] ? 'each paper alone' : 'corpus pass over each file';
  console.log(
    `Extraction eval (${EXTRACTOR_VERSION}, ${mode}) on ${paperCount} papers from ${files.map((f) => `${f.name}.jsonl`).join(', ')}`,
  );
  console.log(`\nAll files (${paperCount} papers)`);
  console.log(table(overall, true));
  if (split) {
    console.log(
      `\nHeld-out names: the same ${paperCount} papers with every annotated name withheld from the lexicons (context rules alone)`,
    );
    console.log(table(split, false));
  }
  for (const file of files) {
    console.log(`\n${file.name}.jsonl (${file.papers.length} papers)`);
    console.log(table(perFile[file.name], false));
  }
  if (external) printExternal(external);
  console.log(`\n${resultTable(resultReports)}`);
  if (options.verbose) printErrors(papers);
  if (options.verbose) console.log(`\nResult errors\n${resultErrors(resultReports)}`);
  console.log('\n* diagnostic, not a GUIDE score. Targets are for abstracts the acceptance check holds out.');
}

/** Every surface of every annotated entity: what the held-out-names split removes from the lexicons. */
function goldNames(papers: readonly GoldPaper[]): string[] {
  const groups = papers.flatMap((p) => [
    ...p.methods_proposed,
    ...p.methods_named,
    ...p.concepts,
    ...p.datasets.map((d) => d.aliases),
    ...p.tasks,
    ...p.metrics,
  ]);
  return [
    ...new Set(
      groups
        .flat()
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}

/** Runs this script again with `names` withheld from the lexicons (they compile once per process) and reads its JSON. */
function withheldRun<T>(names: readonly string[], args: readonly string[]): T {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-withheld-'));
  try {
    const list = join(dir, 'names.txt');
    writeFileSync(list, names.join('\n'));
    const flags = options['no-corpus'] ? ['--no-corpus'] : [];
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, ...flags], {
      env: { ...process.env, [WITHHOLD_ENV]: list },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`withheld-names run failed (${child.status}): ${child.stderr}`);
    return JSON.parse(child.stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function evaluateExternal(path: string): ExternalScores {
  const sentences = readExternalSentences(path);
  const extracted = sentences.map((s) => extractPaper(sentenceRecord(s)));
  return scoreExternal(sentences, options['no-corpus'] ? extracted : resolveCorpus(extracted).papers);
}

function printExternal(scores: ExternalScores): void {
  console.log(`\nExternal: ${options.external} (${scores.sentences} sentences), its dataset names withheld from the lexicons`);
  const rows = (['strict', 'lenient'] as const).map((mode) => {
    const c = scores[mode];
    const s = prf(c);
    return `  datasets ${mode.padEnd(7)}  P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  ok/pred ${c.correctPredicted}/${c.predicted}  found/gold ${c.found}/${c.gold}`;
  });
  console.log(rows.join('\n'));
}

function evaluate(goldFiles: GoldFile[]): PaperReport[] {
  return goldFiles.flatMap((file) => {
    const extracted = file.papers.map((gold) => extractPaper(goldToRecord(gold)));
    const predicted = options['no-corpus'] ? extracted : resolveCorpus(extracted).papers;
    return file.papers.map((gold, i) => ({ file: file.name, id: gold.id, title: gold.title, outcomes: scorePaper(gold, predicted[i]) }));
  });
}

function sumCounts(reports: PaperReport[]): CountsByType {
  const sums = Object.fromEntries(SCORED_TYPES.map((type) => [type, emptyCounts()])) as CountsByType;
  for (const report of reports) for (const type of SCORED_TYPES) addCounts(sums[type], report.outcomes[type].counts);
  return sums;
}

function table(counts: CountsByType, withTargets: boolean): string {
  const header = ['type', 'P', 'R', 'F1', 'ok/pred', 'found/gold', ...(withTargets ? ['target F1'] : [])];
  const rows = SCORED_TYPES.map((type) => {
    const c = counts[type];
    const score = prf(c);
    const target = TARGET_F1[type];
    const verdict = target === undefined ? '' : `${target.toFixed(2)} ${score.f1 >= target ? 'met' : 'BELOW'}`;
    return [
      type,
      fmt(score.precision),
      fmt(score.recall),
      fmt(score.f1),
      `${c.correctPredicted}/${c.predicted}`,
      `${c.found}/${c.gold}`,
      ...(withTargets ? [verdict] : []),
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function fmt(value: number): string {
  return value.toFixed(3);
}

function printErrors(reports: PaperReport[]): void {
  console.log('\nErrors per paper (FP = predicted, matches no gold item; FN = gold item nobody found)');
  for (const report of reports) {
    const lines: string[] = [];
    // "named methods" errors are a subset of the methods+concepts ones: not repeated.
    for (const type of SCORED_TYPES.filter((t) => t !== 'named methods')) {
      const { falsePositives, falseNegatives } = report.outcomes[type];
      for (const fp of falsePositives) lines.push(`    ${type} FP: ${clip(fp)}`);
      for (const fn of falseNegatives) lines.push(`    ${type} FN: ${clip(fn)}`);
    }
    if (lines.length === 0) continue;
    console.log(`\n  [${report.file}] ${report.id} ${clip(report.title, 90)}`);
    console.log(lines.join('\n'));
  }
}

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function jsonReport(all: CountsByType, byFile: Record<string, CountsByType>, reports: PaperReport[]) {
  const scored = (counts: CountsByType) =>
    Object.fromEntries(SCORED_TYPES.map((type) => [type, { ...counts[type], ...prf(counts[type]) }]));
  return {
    extractorVersion: EXTRACTOR_VERSION,
    papers: reports.length,
    overall: scored(all),
    files: Object.fromEntries(Object.entries(byFile).map(([name, counts]) => [name, scored(counts)])),
    targets: TARGET_F1,
    results: resultSummary(resultReports),
    errors: reports.map((r) => ({
      file: r.file,
      id: r.id,
      ...Object.fromEntries(
        SCORED_TYPES.map((type) => [
          type,
          { falsePositives: r.outcomes[type].falsePositives, falseNegatives: r.outcomes[type].falseNegatives },
        ]),
      ),
    })),
  };
}
