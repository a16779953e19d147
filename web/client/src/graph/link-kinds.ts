/**
 * What a link means, in words and colour: one place for the graph's edge colours, its legend and the neighbour
 * lists' grouping ("introduced by", "evaluated on", "runs on ×N"). Relationship types come from graph-schema.
 */
import { EDGE_COLOUR } from './colours.ts';

export interface LinkKind {
  /** Read from the paper's side: "a paper … the method". */
  forward: string;
  /**
   * Read from the entity's side as a heading over the papers or claims linked to it: "proposed by", or "run on it"
   * where "the hardware runs papers" would say the wrong thing.
   */
  backward: string;
  colour: string;
}

const CO_OCCURS: LinkKind = { forward: 'appears with', backward: 'appears with', colour: EDGE_COLOUR };

export const LINK_KINDS: Record<string, LinkKind> = {
  PROPOSES: { forward: 'proposes', backward: 'proposed by', colour: '#1d4ed8' },
  USES: { forward: 'uses', backward: 'used by', colour: '#60a5fa' },
  INTRODUCES: { forward: 'introduces', backward: 'introduced by', colour: '#047857' },
  EVALUATES_ON: { forward: 'evaluated on', backward: 'used for evaluation by', colour: '#34d399' },
  DISCUSSES: { forward: 'discusses', backward: 'discussed by', colour: '#a78bfa' },
  ADDRESSES: { forward: 'addresses', backward: 'addressed by', colour: '#f59e0b' },
  MEASURES: { forward: 'measures', backward: 'measured by', colour: '#f472b6' },
  RUNS_ON: { forward: 'runs on', backward: 'run on it', colour: '#06b6d4' },
  CLAIMS: { forward: 'claims', backward: 'claimed by', colour: '#ca8a04' },
  ABOUT: { forward: 'about', backward: 'subject of', colour: '#eab308' },
  LISTED_IN: { forward: 'listed in', backward: 'lists', colour: '#cbd5e1' },
  CO_OCCURS,
};

export function linkKind(relType: string): LinkKind {
  return LINK_KINDS[relType] ?? CO_OCCURS;
}

/** Edge colour by kind; co-occurrences keep the quiet default (EDGE_COLOUR) so the typed links stand out. */
export function linkColour(relType: string): string {
  return linkKind(relType).colour;
}

/**
 * How a neighbour relates to the centre, in the centre's words: a paper's dataset is "evaluated on", a dataset's
 * paper "introduced by"; `count` (GPU count on RUNS_ON) shows as ×N.
 */
export function linkPhrase(relType: string, centreIsSource: boolean, count?: number | null): string {
  const kind = linkKind(relType);
  const phrase = centreIsSource ? kind.forward : kind.backward;
  return count && count > 1 ? `${phrase} ×${count}` : phrase;
}
