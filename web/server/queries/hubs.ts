/**
 * Generic hubs (GPU, Accuracy, Transformer…): entities so widely mentioned that a link through them says little.
 * Until entities carry a specificity of their own (the knowledge issue), a hub is defined here, once, by its share
 * of the corpus's papers; paths can avoid hubs and rank the paths through them last.
 */

/** An entity mentioned by more than this share of all papers is a generic hub… */
export const HUB_PAPER_SHARE = 0.05;
/** …and never one with this many papers or fewer, so a small corpus keeps its ordinary entities. */
export const HUB_MIN_PAPERS = 10;

/** The paper count above which an entity is a hub, in a corpus of `totalPapers` (HUB_PAPERS, in TypeScript). */
export function hubPaperThreshold(totalPapers: number): number {
  return Math.trunc(Math.max(totalPapers * HUB_PAPER_SHARE, HUB_MIN_PAPERS));
}

/** Cypher expression: the paper count above which an entity is a hub (reads the count store, cheap). */
export const HUB_PAPERS = `toInteger(CASE WHEN COUNT { (:Paper) } * ${HUB_PAPER_SHARE} > ${HUB_MIN_PAPERS} THEN COUNT { (:Paper) } * ${HUB_PAPER_SHARE} ELSE ${HUB_MIN_PAPERS} END)`;

/** Cypher predicate: `variable` is a generic hub given `hubPapers` (bound from HUB_PAPERS). */
export const IS_HUB = (variable: string, hubPapers: string) =>
  `(${variable}:Entity AND coalesce(${variable}.paperCount, 0) > ${hubPapers})`;

/**
 * How generic an entity is, from 0 (specific) towards 1 (a hub many times over): the degree-based discount a
 * ranking subtracts. Papers and unknown counts are not generic.
 */
export function genericness(paperCount: number | null, hubPapers: number): number {
  if (paperCount === null || paperCount <= 0 || hubPapers <= 0) return 0;
  const ratio = paperCount / hubPapers;
  return ratio / (1 + ratio);
}
