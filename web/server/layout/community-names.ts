/**
 * What a community of the overview is about: its most specific terms that are most associated with it. A term's
 * score is its association with the community (the NPMI-weighted strength of its links into it), times the share
 * of all its association that goes there (a term linked everywhere names nothing), times its specificity
 * (graph-schema/informativeness.ts: a name in few papers says more). Generic hubs are never candidates.
 */
import { specificity } from '../../../graph-schema/informativeness.ts';
import type { ScoredEdge, Topic, TopicMapInput } from './topic-map.ts';

/** Terms kept per community; the client shows the first two or three. */
const TERMS = 3;

export function nameCommunities(input: TopicMapInput, community: number[], core: boolean[], edges: ScoredEdge[]): Topic[] {
  const inside = new Float64Array(input.nodes.length);
  const total = new Float64Array(input.nodes.length);
  for (const edge of edges) {
    for (const [term, other] of [
      [edge.a, edge.b],
      [edge.b, edge.a],
    ]) {
      total[term] += edge.score;
      if (community[term] >= 0 && community[term] === community[other]) inside[term] += edge.score;
    }
  }
  const candidates = new Map<number, Array<{ name: string; score: number }>>();
  const sizes = new Map<number, number>();
  input.nodes.forEach((node, i) => {
    const id = community[i];
    if (id < 0) return;
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
    if (!core[i] || total[i] === 0) return;
    const score = inside[i] * (inside[i] / total[i]) * specificity(node.paperCount, input.totalPapers, node.generic);
    const list = candidates.get(id) ?? [];
    list.push({ name: node.name, score });
    candidates.set(id, list);
  });
  return [...sizes.entries()].sort((p, q) => p[0] - q[0]).map(([id, size]) => ({ id, size, terms: bestTerms(candidates.get(id) ?? []) }));
}

function bestTerms(candidates: Array<{ name: string; score: number }>): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const { name } of candidates.sort((p, q) => q.score - p.score || p.name.localeCompare(q.name))) {
    const folded = name.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    terms.push(name);
    if (terms.length === TERMS) break;
  }
  return terms;
}
