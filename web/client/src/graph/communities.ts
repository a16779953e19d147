/** Louvain communities written onto nodes, for "colour by community", and their legend. */
import { graphTopics, type ExplorerGraph } from './build.ts';
import { COMMUNITY_PALETTE_SIZE, communityColour } from './colours.ts';
import { louvainCommunities } from '../../../shared/community-seed.ts';

/**
 * Numbers communities by size, largest first, so the largest get the palette's distinct colours
 * (Louvain's own numbering is arbitrary: two big communities could share a colour). Returns how many.
 */
export function assignCommunities(graph: ExplorerGraph): number {
  if (graph.order === 0) return 0;
  const communities = louvainCommunities(graph);
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community], index) => [community, index]));
  graph.updateEachNodeAttributes((id, a) => ({ ...a, community: rank.get(communities[id]) }));
  return sizes.size;
}

export interface CommunityEntry {
  community: number;
  colour: string;
  size: number;
  /**
   * What the community is "about": its topic's most specific terms when the server named it (the overview), else
   * the name of its member with the most papers.
   */
  representative: string;
}

/** A topic's name as the legend and the canvas show it: its best two terms. */
export function topicName(terms: string[]): string {
  return terms.slice(0, 2).join(' · ');
}

export interface CommunityLegend {
  entries: CommunityEntry[];
  /** Communities beyond the entries shown. */
  others: number;
  total: number;
  /** More communities than palette colours: small ones share colours with large ones. */
  coloursRepeat: boolean;
}

/** The largest `limit` communities of a graph whose nodes carry `community`, as the legend shows them. */
export function communityLegend(graph: ExplorerGraph, limit = 8): CommunityLegend {
  const byCommunity = new Map<number, { size: number; representative: string; best: number }>();
  graph.forEachNode((id, a) => {
    if (a.community === undefined) return;
    const weight = (a.paperCount ?? 0) * 1e6 + graph.degree(id);
    const entry = byCommunity.get(a.community) ?? { size: 0, representative: a.label, best: -1 };
    entry.size++;
    if (weight > entry.best) Object.assign(entry, { representative: a.label, best: weight });
    byCommunity.set(a.community, entry);
  });
  const topics = new Map((graphTopics(graph) ?? []).map((topic) => [topic.id, topicName(topic.terms)]));
  for (const [community, entry] of byCommunity) {
    const named = topics.get(community);
    if (named) entry.representative = named;
  }
  const sorted = [...byCommunity.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0]);
  return {
    entries: sorted
      .slice(0, limit)
      .map(([community, { size, representative }]) => ({ community, colour: communityColour(community), size, representative })),
    others: Math.max(sorted.length - limit, 0),
    total: sorted.length,
    coloursRepeat: sorted.length > COMMUNITY_PALETTE_SIZE,
  };
}
