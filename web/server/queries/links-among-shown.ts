/**
 * The links among the nodes of a neighbourhood answer as its statements read them (see LINKS_AMONG_SHOWN in
 * neighbourhood-statements.ts), turned into edges between the nodes collected for the answer.
 */
import type { GraphCollector } from '../dto.ts';

/** [target `Label:key`, relationship type, [[source position, mention count], …]]. */
export type MentionLinkRow = [string, string, Array<[number, number | null]>];
/** [`Label:key`, [partner `Label:key`, …], [weight, …]]. */
export type CoOccurrenceRow = [string, string[], number[]];

export interface LinksAmongShown {
  mentions: MentionLinkRow[];
  coOccurrences: CoOccurrenceRow[];
}

/**
 * `positions` are the API ids of the nodes in the order the statement saw them, which mention sources refer to.
 * Links touching a node that is not collected, and self-links, are dropped.
 */
export function addLinksAmongShown(
  graph: GraphCollector,
  positions: readonly string[],
  { mentions, coOccurrences }: LinksAmongShown,
): void {
  for (const [target, type, sources] of mentions) {
    for (const [position, count] of sources) {
      const source = positions[position];
      if (source !== undefined) graph.addLink(type, source, target, 1, count);
    }
  }
  for (const [one, partners, weights] of coOccurrences) {
    partners.forEach((partner, i) => graph.addLink('CO_OCCURS', one, partner, weights[i]));
  }
}
