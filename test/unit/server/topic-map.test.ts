/**
 * The overview's topic map without a server: topics found among specific entities, named by their own terms and
 * never by a hub, stragglers left out, and the whole picture the same every time.
 */
import { describe, expect, it } from 'vitest';
import { computeTopicMap, MAX_COMMUNITIES, type TopicMapInput } from '../../../web/server/layout/topic-map.ts';
import { computeOverviewPicture } from '../../../web/server/layout/overview-picture.ts';

/**
 * A 200-paper corpus: three topics of eight entities (each named by 4 papers, co-occurring in 3 with their topic's
 * others), one-paper entities beside each topic, a flagged generic concept and a hub by paper count linked to all,
 * and an entity linked to nothing.
 */
function corpus(): TopicMapInput {
  const nodes: TopicMapInput['nodes'] = [];
  const edges: TopicMapInput['edges'] = [];
  const add = (id: string, paperCount: number, generic = false) => nodes.push({ id, name: id, paperCount, generic }) - 1;
  const topics = ['graph', 'speech', 'robot'].map((topic) => Array.from({ length: 8 }, (_, i) => add(`${topic}-${i}`, 4)));
  for (const members of topics)
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) edges.push([members[i], members[j], 3]);
  // Weak links between topics: one paper each.
  edges.push([topics[0][0], topics[1][0], 1], [topics[1][1], topics[2][1], 1]);
  topics.forEach((members, t) => {
    for (let s = 0; s < 5; s++) {
      const single = add(`single-${t}-${s}`, 1);
      edges.push([single, members[s], 1], [single, members[(s + 1) % members.length], 1]);
    }
  });
  const generic = add('Neural Network', 15, true);
  const hub = add('GPU', 60);
  for (const members of topics)
    for (const member of members) {
      edges.push([generic, member, 2], [hub, member, 3]);
    }
  add('loner', 2);
  return { nodes, edges, totalPapers: 200, hubPapers: 10 };
}

const index = (input: TopicMapInput, id: string) => input.nodes.findIndex((node) => node.id === id);

describe('computeTopicMap', () => {
  it('finds the topics among specific entities and names each by its own members', () => {
    const input = corpus();
    const map = computeTopicMap(input);
    expect(map.topics).toHaveLength(3);
    for (const topic of ['graph', 'speech', 'robot']) {
      const communities = new Set(Array.from({ length: 8 }, (_, i) => map.community[index(input, `${topic}-${i}`)]));
      expect(communities.size).toBe(1);
      const [community] = communities;
      expect(map.topics[community].terms.length).toBeGreaterThan(0);
      expect(map.topics[community].terms.every((term) => term.startsWith(`${topic}-`))).toBe(true);
    }
  });

  it('never names a topic by a generic entity or a hub, and places them beside a topic with a few links', () => {
    const input = corpus();
    const map = computeTopicMap(input);
    const terms = map.topics.flatMap((topic) => topic.terms);
    expect(terms).not.toContain('GPU');
    expect(terms).not.toContain('Neural Network');
    for (const id of ['GPU', 'Neural Network']) {
      const node = index(input, id);
      expect(map.community[node]).toBeGreaterThanOrEqual(0);
      const drawn = map.keptEdges.filter((e) => input.edges[e][0] === node || input.edges[e][1] === node);
      expect(drawn.length).toBeLessThanOrEqual(3);
    }
  });

  it('puts one-paper entities with the topic they are linked to, and leaves out what has no informative link', () => {
    const input = corpus();
    const map = computeTopicMap(input);
    for (let t = 0; t < 3; t++) {
      const topic = map.community[index(input, `${['graph', 'speech', 'robot'][t]}-0`)];
      for (let s = 0; s < 5; s++) expect(map.community[index(input, `single-${t}-${s}`)]).toBe(topic);
    }
    expect(map.community[index(input, 'loner')]).toBe(-1);
  });

  it('keeps at most MAX_COMMUNITIES topics however fragmented the graph, largest first', () => {
    const nodes: TopicMapInput['nodes'] = [];
    const edges: TopicMapInput['edges'] = [];
    // 60 pairs in a chain of weak links: Louvain finds many small groups, merged down to the cap.
    for (let i = 0; i < 120; i++) nodes.push({ id: `n${i}`, name: `n${i}`, paperCount: 3, generic: false });
    for (let i = 0; i < 120; i += 2) edges.push([i, i + 1, 3]);
    for (let i = 1; i + 1 < 120; i += 2) edges.push([i, i + 1, 1]);
    const map = computeTopicMap({ nodes, edges, totalPapers: 1000, hubPapers: 50 });
    expect(map.topics.length).toBeLessThanOrEqual(MAX_COMMUNITIES);
    const sizes = map.topics.map((topic) => topic.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('draws the same picture every time, with a finite place for every shown entity and every topic', () => {
    const first = computeOverviewPicture(corpus());
    expect(computeOverviewPicture(corpus())).toEqual(first);
    expect(first.positions.every(Number.isFinite)).toBe(true);
    expect(first.topics.every((topic) => Number.isFinite(topic.x) && Number.isFinite(topic.y))).toBe(true);
  });
});
