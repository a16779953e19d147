/**
 * The results section of `npm run eval:extract`: result P/R/F1 and slot accuracies over the papers annotated for
 * results, with issue 14's targets, and (verbose) every miss.
 */
import { extractPaper } from '../../../ingest/extract/index.ts';
import { goldToRecord } from './gold.ts';
import type { GoldFile } from './gold.ts';
import { RESULT_SLOTS, RESULT_TARGETS, addResultOutcome, aliasLookup, emptyResultOutcome, scoreResults } from './result-scoring.ts';
import type { ResultOutcome, SlotTally } from './result-scoring.ts';
import { prf } from './scoring.ts';

export interface PaperResultReport {
  file: string;
  id: string;
  outcome: ResultOutcome;
}

export function evaluateResults(files: readonly GoldFile[]): PaperResultReport[] {
  return files.flatMap((file) =>
    file.papers
      .filter((gold) => gold.results !== null)
      .map((gold) => {
        const extraction = extractPaper(goldToRecord(gold));
        return {
          file: file.name,
          id: gold.id,
          outcome: scoreResults(gold.results ?? [], extraction.results ?? [], aliasLookup(extraction)),
        };
      }),
  );
}

export function resultSummary(reports: readonly PaperResultReport[]) {
  const total = reports.reduce((sum, r) => addResultOutcome(sum, r.outcome), emptyResultOutcome());
  const accuracy = (t: SlotTally): number => (t.total === 0 ? 1 : t.right / t.total);
  return {
    papers: reports.length,
    counts: total.counts,
    ...prf(total.counts),
    kind: accuracy(total.kind),
    slots: Object.fromEntries(RESULT_SLOTS.map((slot) => [slot, { ...total.slots[slot], accuracy: accuracy(total.slots[slot]) }])),
    targets: RESULT_TARGETS,
  };
}

export function resultTable(reports: readonly PaperResultReport[]): string {
  const s = resultSummary(reports);
  const c = s.counts;
  const verdict = (value: number, target: number): string => `${target.toFixed(2)} ${value >= target ? 'met' : 'BELOW'}`;
  const rows = [
    [
      'results',
      `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`,
      `${c.correctPredicted}/${c.predicted} pred, ${c.found}/${c.gold} gold`,
      verdict(s.f1, RESULT_TARGETS['result F1']),
    ],
    ...RESULT_SLOTS.map((slot) => [
      slot,
      `accuracy ${s.slots[slot].accuracy.toFixed(3)}`,
      `${s.slots[slot].right}/${s.slots[slot].total} matched`,
      verdict(s.slots[slot].accuracy, RESULT_TARGETS[slot]),
    ]),
    ['kind*', `accuracy ${s.kind.toFixed(3)}`, '', ''],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return [
    `Results (${s.papers} papers annotated for results)`,
    ...rows.map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    ),
  ].join('\n');
}

export function resultErrors(reports: readonly PaperResultReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const { falsePositives, falseNegatives, slotErrors } = r.outcome;
    if (falsePositives.length + falseNegatives.length + slotErrors.length === 0) continue;
    lines.push(`  [${r.file}] ${r.id}`);
    for (const fp of falsePositives) lines.push(`    result FP: ${fp}`);
    for (const fn of falseNegatives) lines.push(`    result FN: ${fn}`);
    for (const e of slotErrors) lines.push(`    slot: ${e}`);
  }
  return lines.join('\n');
}
