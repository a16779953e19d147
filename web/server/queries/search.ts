/** Ranked full-text matches over entity names/aliases and paper titles/abstracts (GET /api/search). */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, type NodeLabel } from '../../../graph-schema/model.ts';
import { FULLTEXT_ENTITY_INDEX, FULLTEXT_PAPER_INDEX } from '../../../graph-schema/statements.ts';
import { canonicalKey, nodeId } from '../../../graph-schema/keys.ts';
import type { SearchHit, SearchResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { primaryLabel } from '../dto.ts';
import { type SearchQuery, parseTypes } from '../../shared/requests.ts';
import { foldText, matchesAllTerms, searchTerms, toLuceneQuery } from '../search/lucene.ts';
import { type AcronymIndex, looksLikeAcronym } from '../search/acronyms.ts';

interface IndexHit {
  labels: string[];
  key: string;
  name: string | null;
  title: string | null;
  aliases: string[] | null;
  abstract: string | null;
  paperCount: number | null;
  score: number;
}

const QUERY_INDEX = `
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN labels(node) AS labels, node.key AS key, node.name AS name, node.title AS title, node.aliases AS aliases,
         CASE WHEN node:Paper THEN node.abstract END AS abstract, node.paperCount AS paperCount, score
  LIMIT $limit`;

/**
 * Ranking, one rule: hits fall in tiers (what the query names exactly, as a name or alias; then what an acronym may
 * stand for by its initials; then names holding every term; then the rest, papers among them since their long text
 * matches loosely), and within a tier by relevance weighted by how many papers attest the entity; among the things
 * the query names, by paper count alone. An acronym an entity is known by ("CC" that a paper defines as "closely
 * coupled") finds it before a better attested name that merely has those initials ("computational complexity"): the
 * corpus pass made each acronym an alias of the one thing it stands for. `score` is tier + a share in [0, 1).
 */
const TIER = { exact: 6, named: 4, name: 2, other: 1, paper: 1 } as const;

/** Within the exact or the named tier: the better attested first. */
function namedScore(paperCount: number | null, tier: number = TIER.named): number {
  const papers = Math.max(0, paperCount ?? 0);
  return tier + papers / (papers + 1);
}

/** Relevance within a tier: Lucene's score grown with the log of the paper count, squashed into [0, 1). */
function withinTier(luceneScore: number, paperCount: number | null): number {
  const weighted = luceneScore * (1 + Math.log2(1 + Math.max(0, paperCount ?? 0)));
  return weighted / (weighted + 4);
}

async function queryIndex(
  tx: ManagedTransaction,
  index: string,
  lucene: string,
  labels: string[] | null,
  limit: number,
): Promise<IndexHit[]> {
  // When filtering by label the index returns hits of other labels too: read further to fill the page.
  const fetch = labels ? limit * 10 : limit;
  const result = await tx.run<IndexHit>(QUERY_INDEX, { index, lucene, labels, limit: int(limit), fetch: int(fetch) });
  return result.records.map((record) => record.toObject());
}

function snippet(text: string, terms: readonly string[]): string | undefined {
  const folded = foldText(text);
  const at = terms.map((term) => folded.indexOf(term)).find((index) => index >= 0);
  if (at === undefined) return undefined;
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + 80);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

function toHit(hit: IndexHit, query: string, terms: readonly string[]): SearchHit {
  const label = primaryLabel(hit.labels);
  const isPaper = label === 'Paper';
  const name = (isPaper ? hit.title : hit.name) ?? hit.key;
  const surfaces = [name, ...(hit.aliases ?? [])];
  const exact = !isPaper && surfaces.some((surface) => canonicalKey(surface) === canonicalKey(query));
  const tier = isPaper ? TIER.paper : matchesAllTerms(name, terms) ? TIER.name : TIER.other;
  const score = exact ? namedScore(hit.paperCount, TIER.exact) : tier + withinTier(hit.score, isPaper ? null : hit.paperCount);
  const searchHit: SearchHit = { id: nodeId(label, hit.key), label, key: hit.key, name, paperCount: hit.paperCount, score };
  if (!matchesAllTerms(name, terms)) {
    const matched = isPaper
      ? hit.abstract && snippet(hit.abstract, terms)
      : (hit.aliases ?? []).find((alias) => matchesAllTerms(alias, terms));
    if (matched) searchHit.matched = matched;
  }
  return searchHit;
}

/** What an acronym query stands for, as hits in the named tier. */
async function acronymHits(acronyms: AcronymIndex, query: string, types: NodeLabel[] | undefined): Promise<SearchHit[]> {
  if (!looksLikeAcronym(query)) return [];
  const entries = await acronyms.lookup(query);
  return entries
    .filter((entry) => !types || types.includes(entry.label))
    .map((entry) => ({
      id: nodeId(entry.label, entry.key),
      label: entry.label,
      key: entry.key,
      name: entry.name,
      paperCount: entry.paperCount,
      score: namedScore(entry.paperCount),
      matched: query.trim(),
    }));
}

/** One hit per node: the best-ranked of its index and acronym hits. */
function bestPerNode(hits: SearchHit[]): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const hit of hits) {
    const known = best.get(hit.id);
    if (!known || known.score < hit.score) best.set(hit.id, hit);
  }
  return [...best.values()];
}

export async function search(context: ApiContext, acronyms: AcronymIndex, query: SearchQuery): Promise<SearchResponse> {
  const lucene = toLuceneQuery(query.q);
  if (!lucene) return { query: query.q, hits: [] };
  const types = parseTypes(query.types);
  const entityLabels = types ? types.filter((type) => (ENTITY_LABELS as readonly NodeLabel[]).includes(type)) : null;
  const wantPapers = !types || types.includes('Paper');
  const terms = searchTerms(query.q);
  // The two indexes are independent: query them at once, each in its own read transaction.
  const [entities, papers, expansions] = await Promise.all([
    entityLabels === null || entityLabels.length > 0
      ? context.db.read((tx) => queryIndex(tx, FULLTEXT_ENTITY_INDEX, lucene, entityLabels, query.limit))
      : [],
    wantPapers ? context.db.read((tx) => queryIndex(tx, FULLTEXT_PAPER_INDEX, lucene, null, query.limit)) : [],
    entityLabels === null || entityLabels.length > 0 ? acronymHits(acronyms, query.q, entityLabels ?? undefined) : [],
  ]);
  const hits = [...entities, ...papers].map((hit) => toHit(hit, query.q, terms));
  const ranked = bestPerNode([...hits, ...expansions]).sort(
    (a, b) => b.score - a.score || (b.paperCount ?? 0) - (a.paperCount ?? 0) || a.name.localeCompare(b.name),
  );
  return { query: query.q, hits: ranked.slice(0, query.limit) };
}
