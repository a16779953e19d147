/**
 * The overview's whole picture, computed once per graph in the layout worker: the topic map (topic-map.ts) decides
 * what is shown and which community each entity belongs to, then ForceAtlas2 lays out what is shown, seeded by
 * those communities (overview-layout.ts), and each community gets a place for its name: the centre of its members.
 */
import { computeLayout } from './overview-layout.ts';
import { computeTopicMap, scoreEdges, type Topic, type TopicMapInput } from './topic-map.ts';

export interface PlacedTopic extends Topic {
  x: number;
  y: number;
}

export interface OverviewPicture {
  /** Community per input node; -1: left out (no informative link). */
  community: number[];
  /** Positions per input node, x0, y0, x1, y1, …; left-out nodes get 0, 0. */
  positions: number[];
  /** Indexes of the input edges drawn. */
  keptEdges: number[];
  topics: PlacedTopic[];
}

/**
 * Links within a community pull harder than links between communities, so topics read as separate regions; the
 * between-links still place neighbouring topics side by side.
 */
const WITHIN_COMMUNITY_PULL = 3;
const BETWEEN_COMMUNITY_PULL = 0.3;
/**
 * LinLog draws communities as compact, separate clusters; distributing attraction over degree keeps hubs (and the
 * best-linked core entities) from gathering everything around themselves.
 */
const TOPIC_MAP_TUNING = {
  // Barnes-Hut from a few hundred nodes on (the shared settings wait until 400): a filtered overview computed on
  // request then takes a third of the time, with the same picture to the eye.
  settings: { linLogMode: true, outboundAttractionDistribution: true, barnesHutOptimize: true },
  iterationShare: 0.4,
};

export function computeOverviewPicture(input: TopicMapInput): OverviewPicture {
  const map = computeTopicMap(input);
  const shown = input.nodes.map((_, i) => i).filter((i) => map.community[i] >= 0);
  const slot = new Map(shown.map((node, i) => [node, i]));
  const score = new Map(scoreEdges(input).map((edge) => [edge.index, edge.score]));
  const edges: Array<[number, number, number]> = map.keptEdges.map((index) => {
    const [a, b] = input.edges[index];
    const pull = map.community[a] === map.community[b] ? WITHIN_COMMUNITY_PULL : BETWEEN_COMMUNITY_PULL;
    return [slot.get(a)!, slot.get(b)!, (score.get(index) ?? 0) * pull];
  });
  const laid = computeLayout(
    { ids: shown.map((i) => input.nodes[i].id), edges, communities: shown.map((i) => map.community[i]) },
    TOPIC_MAP_TUNING,
  );
  const positions = new Array<number>(input.nodes.length * 2).fill(0);
  shown.forEach((node, i) => {
    positions[2 * node] = laid[2 * i];
    positions[2 * node + 1] = laid[2 * i + 1];
  });
  return { community: map.community, positions, keptEdges: map.keptEdges, topics: placeTopics(map.topics, map.community, positions) };
}

/** A community's name goes at the mean position of its members. */
function placeTopics(topics: Topic[], community: number[], positions: number[]): PlacedTopic[] {
  const sums = topics.map(() => ({ x: 0, y: 0, n: 0 }));
  community.forEach((id, node) => {
    const sum = sums[id];
    if (!sum) return;
    sum.x += positions[2 * node];
    sum.y += positions[2 * node + 1];
    sum.n++;
  });
  const round = (value: number) => Math.round(value * 100) / 100;
  return topics.map((topic) => {
    const { x, y, n } = sums[topic.id];
    return { ...topic, x: round(n > 0 ? x / n : 0), y: round(n > 0 ? y / n : 0) };
  });
}
