/**
 * How informative an entity and a co-occurrence link are, computed at READ time from stored counts, so an
 * incremental derive needs no change: one definition, as a browser-safe TypeScript function and as the matching
 * Cypher expression, side by side (test/integration/load/informativeness.test.ts checks that they agree).
 *
 * specificity(e) = 0 when the entity is flagged generic, else the IDF of its paper count normalised by the largest
 *   possible IDF: ln(total / paperCount) / ln(total), in [0, 1]. A name in one paper says the most (1); a name in
 *   every paper nothing (0).
 * npmi(a, b) = ln(p(ab) / (p(a) p(b))) / -ln(p(ab)), with p(x) = papers / total: normalised pointwise mutual
 *   information in [-1, 1]. 1: the two only ever appear together; 0: independent; a hub's links score low however
 *   heavy they are.
 */

/** Generic technique words every paper may use: they never rank as informative. */
export const GENERIC_ENTITY_SPECIFICITY = 0;

export function specificity(paperCount: number, totalPapers: number, generic: boolean): number {
  if (generic) return GENERIC_ENTITY_SPECIFICITY;
  if (totalPapers <= 1 || paperCount <= 0) return 1;
  const value = Math.log(totalPapers / Math.min(paperCount, totalPapers)) / Math.log(totalPapers);
  return Math.min(1, Math.max(0, value));
}

export function npmi(weight: number, paperCountA: number, paperCountB: number, totalPapers: number): number {
  if (weight <= 0 || paperCountA <= 0 || paperCountB <= 0 || totalPapers <= 0) return -1;
  const pab = Math.min(1, weight / totalPapers);
  if (pab >= 1) return 1;
  const pmi = Math.log(pab / ((paperCountA / totalPapers) * (paperCountB / totalPapers)));
  return Math.min(1, Math.max(-1, pmi / -Math.log(pab)));
}

/** Clamps a Cypher value to [lo, hi], naming it once (a one-element list comprehension is Cypher's `let`). */
function clampCypher(value: string, lo: string, hi: string): string {
  return `[informativeness_v IN [${value}] | CASE WHEN informativeness_v > ${hi} THEN ${hi} WHEN informativeness_v < ${lo} THEN ${lo} ELSE informativeness_v END][0]`;
}

/** Cypher of `specificity`; the arguments are Cypher expressions of this code base (never user input). */
export function specificityCypher(paperCount: string, totalPapers: string, generic: string): string {
  const idf = `log(toFloat(${totalPapers}) / CASE WHEN ${paperCount} < ${totalPapers} THEN ${paperCount} ELSE ${totalPapers} END) / log(toFloat(${totalPapers}))`;
  return `CASE WHEN coalesce(${generic}, false) THEN toFloat(${GENERIC_ENTITY_SPECIFICITY})
    WHEN ${totalPapers} <= 1 OR coalesce(${paperCount}, 0) <= 0 THEN 1.0
    ELSE ${clampCypher(idf, '0.0', '1.0')} END`;
}

/** Cypher of `npmi`; the arguments are Cypher expressions of this code base (never user input). */
export function npmiCypher(weight: string, paperCountA: string, paperCountB: string, totalPapers: string): string {
  const pab = `(toFloat(${weight}) / ${totalPapers})`;
  const raw = `log(${pab} / ((toFloat(${paperCountA}) / ${totalPapers}) * (toFloat(${paperCountB}) / ${totalPapers}))) / -log(${pab})`;
  return `CASE WHEN coalesce(${weight}, 0) <= 0 OR coalesce(${paperCountA}, 0) <= 0 OR coalesce(${paperCountB}, 0) <= 0 OR ${totalPapers} <= 0 THEN -1.0
    WHEN ${pab} >= 1.0 THEN 1.0
    ELSE ${clampCypher(raw, '-1.0', '1.0')} END`;
}

/** The papers in the graph, in Cypher: read from the count store, so cheap enough per row. */
export const TOTAL_PAPERS_CYPHER = 'COUNT { (:Paper) }';
