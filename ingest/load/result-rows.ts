/**
 * Rows for a paper's results (issue 14): a Result node per result, keyed `<claim key>#<index in the claim>`,
 * reported by its claim and linked to the paper's own entities its slots name (ON Dataset, OF Metric, BY and
 * AGAINST Method). A slot that names no entity of the paper links nothing but keeps its name on the node.
 */
import { canonicalKey } from '../../graph-schema/keys.ts';
import type { EntityLabel, ResultProps } from '../../graph-schema/model.ts';
import type { PaperExtraction, ResultExtraction } from '../types.ts';

/** The Result node's properties, and what its slots link to. */
export interface ResultRow extends ResultProps {
  /** Keys of the linked entities, null when the slot names none of the paper's. */
  metricKey: string | null;
  datasetKey: string | null;
  subjectKey: string | null;
  baselineKey: string | null;
}

/** Whether the paper has an entity of this label and canonical key. */
export type PaperHasEntity = (label: EntityLabel, key: string) => boolean;

interface ClaimSpan {
  key: string;
  start: number;
  end: number;
}

export function resultRows(paper: Pick<PaperExtraction, 'id' | 'claims' | 'results'>, hasEntity: PaperHasEntity): ResultRow[] {
  const claims: ClaimSpan[] = paper.claims.map((claim) => ({ key: `${paper.id}#${claim.start}`, start: claim.start, end: claim.end }));
  const indexInClaim = new Map<string, number>();
  const rows: ResultRow[] = [];
  for (const result of paper.results ?? []) {
    const claim = claims.find((c) => result.start >= c.start && result.end <= c.end);
    if (!claim) continue;
    const index = indexInClaim.get(claim.key) ?? 0;
    indexInClaim.set(claim.key, index + 1);
    rows.push(resultRow(paper.id, claim, index, result, hasEntity));
  }
  return rows;
}

function resultRow(paperKey: string, claim: ClaimSpan, index: number, result: ResultExtraction, hasEntity: PaperHasEntity): ResultRow {
  const link = (label: EntityLabel, name: string | null): string | null => {
    const key = name === null ? '' : canonicalKey(name);
    return key && hasEntity(label, key) ? key : null;
  };
  return {
    key: `${claim.key}#${index}`,
    claimKey: claim.key,
    paperKey,
    raw: result.raw,
    value: result.value !== null && Number.isFinite(result.value) ? result.value : null,
    unit: result.unit,
    kind: result.kind,
    higherIsBetter: result.higherIsBetter,
    start: result.start - claim.start,
    end: result.end - claim.start,
    metricName: result.metric,
    datasetName: result.dataset,
    subjectName: result.subject,
    baselineName: result.baseline,
    metricKey: link('Metric', result.metric),
    datasetKey: link('Dataset', result.dataset),
    subjectKey: link('Method', result.subject),
    baselineKey: link('Method', result.baseline),
  };
}
