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

/** An exact name or alias match is what a type-ahead user most likely wants. */
const EXACT_MATCH_BOOST = 2;
/** Paper text is long and matches loosely; entities named by the query rank first at equal relevance. */
const PAPER_WEIGHT = 0.8;

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
  const score = hit.score * (isPaper ? PAPER_WEIGHT : exact ? EXACT_MATCH_BOOST : 1);
  const searchHit: SearchHit = { id: nodeId(label, hit.key), label, key: hit.key, name, paperCount: hit.paperCount, score };
  if (!matchesAllTerms(name, terms)) {
    const matched = isPaper
      ? hit.abstract && snippet(hit.abstract, terms)
      : (hit.aliases ?? []).find((alias) => matchesAllTerms(alias, terms));
    if (matched) searchHit.matched = matched;
  }
  return searchHit;
}

export async function search(context: ApiContext, query: SearchQuery): Promise<SearchResponse> {
  const lucene = toLuceneQuery(query.q);
  if (!lucene) return { query: query.q, hits: [] };
  const types = parseTypes(query.types);
  const entityLabels = types ? types.filter((type) => (ENTITY_LABELS as readonly NodeLabel[]).includes(type)) : null;
  const wantPapers = !types || types.includes('Paper');
  const terms = searchTerms(query.q);
  // The two indexes are independent: query them at once, each in its own read transaction.
  const [entities, papers] = await Promise.all([
    entityLabels === null || entityLabels.length > 0
      ? context.db.read((tx) => queryIndex(tx, FULLTEXT_ENTITY_INDEX, lucene, entityLabels, query.limit))
      : [],
    wantPapers ? context.db.read((tx) => queryIndex(tx, FULLTEXT_PAPER_INDEX, lucene, null, query.limit)) : [],
  ]);
  const hits = [...entities, ...papers];
  const ranked = hits
    .map((hit) => toHit(hit, query.q, terms))
    .sort((a, b) => b.score - a.score || (b.paperCount ?? 0) - (a.paperCount ?? 0) || a.name.localeCompare(b.name));
  return { query: query.q, hits: ranked.slice(0, query.limit) };
}
