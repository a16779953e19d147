/**
 * `npm run eval:extract [-- --verbose] [-- --json] [-- --dir DIR]`: scores extractPaper on every *.jsonl dev set
 * in test/fixtures/extraction/ as GUIDE.md describes, and prints micro P/R/F1 per type, overall and per file.
 * A report, not a gate: exits 0 unless it crashes. Rows marked * are diagnostics outside the GUIDE's scores.
 */
import { parseArgs } from 'node:util';
import { EXTRACTOR_VERSION, extractPaper } from '../../ingest/extract/index.ts';
import { DEFAULT_GOLD_DIR, goldToRecord, readGoldDir } from './lib/gold.ts';
import { evaluateResults, resultErrors, resultSummary, resultTable } from './lib/result-report.ts';
import type { GoldFile } from './lib/gold.ts';
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
const papers = evaluate(files);
const overall = sumCounts(papers);
const perFile = Object.fromEntries(files.map((f) => [f.name, sumCounts(papers.filter((p) => p.file === f.name))]));

if (options.json) {
  process.stdout.write(JSON.stringify(jsonReport(overall, perFile, papers), null, 2) + '\n');
} else {
  const paperCount = papers.length;
  console.log(`Extraction eval (${EXTRACTOR_VERSION}) on ${paperCount} papers from ${files.map((f) => `${f.name}.jsonl`).join(', ')}`);
  console.log(`\nAll files (${paperCount} papers)`);
  console.log(table(overall, true));
  for (const file of files) {
    console.log(`\n${file.name}.jsonl (${file.papers.length} papers)`);
    console.log(table(perFile[file.name], false));
  }
  console.log(`\n${resultTable(resultReports)}`);
  if (options.verbose) printErrors(papers);
  if (options.verbose) console.log(`\nResult errors\n${resultErrors(resultReports)}`);
  console.log('\n* diagnostic, not a GUIDE score. Targets are for abstracts the acceptance check holds out.');
}

function evaluate(goldFiles: GoldFile[]): PaperReport[] {
  return goldFiles.flatMap((file) =>
    file.papers.map((gold) => ({
      file: file.name,
      id: gold.id,
      title: gold.title,
      outcomes: scorePaper(gold, extractPaper(goldToRecord(gold))),
    })),
  );
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
    return [type, fmt(score.precision), fmt(score.recall), fmt(score.f1), `${c.correctPredicted}/${c.predicted}`, `${c.found}/${c.gold}`, ...(withTargets ? [verdict] : [])];
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
        SCORED_TYPES.map((type) => [type, { falsePositives: r.outcomes[type].falsePositives, falseNegatives: r.outcomes[type].falseNegatives }]),
      ),
    })),
  };
}
