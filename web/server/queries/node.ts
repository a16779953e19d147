/** One node in full (GET /api/node/:label/:key): a paper, entity, claim or listing with what hangs off it. */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  isEntityLabel,
  MENTION_RELATIONSHIPS,
  type EntityProps,
  type ListingProps,
  type MentionRelationshipType,
  type NodeLabel,
  type PaperProps,
} from '../../../graph-schema/model.ts';
import { nodeId } from '../../../graph-schema/keys.ts';
import type {
  AnyNodeDetail,
  ClaimDetail,
  EntityDetail,
  ListingDetail,
  PaperDetail,
  PaperExtractionDTO,
  PaperSummaryDTO,
} from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { primaryLabel } from '../dto.ts';
import { notFound } from '../errors.ts';
import { readClaims } from './claims.ts';
import { decodeEvidence, type EvidenceArrays } from './evidence.ts';
import { MENTION_ALTERNATION, MENTION_TYPES } from './relationships.ts';
import { type NodeParams, type NodeQuery } from '../../shared/requests.ts';

type Paging = NodeQuery;

/** What a paper's detail shows: never its stored extraction JSON (large, for the corpus pass) or its hashes. */
const PAPER_DETAIL_PROPERTIES = [
  'title',
  'abstract',
  'date',
  'authorsCount',
  'upvotes',
  'url',
  'authors',
  'arxivId',
  'doi',
  'journalRef',
  'updated',
  'codeUrls',
] as const satisfies ReadonlyArray<keyof PaperProps>;
type PaperDetailProps = Pick<PaperProps, (typeof PAPER_DETAIL_PROPERTIES)[number]>;

const PAPER = `MATCH (p:Paper {key: $key}) RETURN p {${PAPER_DETAIL_PROPERTIES.map((name) => `.${name}`).join(', ')}} AS paper`;
const PAPER_LISTINGS = `
  MATCH (:Paper {key: $key})-[:LISTED_IN]->(l:Listing)
  RETURN l.key AS key, l.name AS name, l.date AS date ORDER BY l.date, l.key`;
const PAPER_EXTRACTIONS = `
  MATCH (:Paper {key: $key})-[r:${MENTION_ALTERNATION}]->(e)
  RETURN type(r) AS relationship, labels(e) AS labels, e.key AS key, e.name AS name, r.count AS count,
         r.evidenceFields AS evidenceFields, r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds`;

const ENTITY = `MATCH (e:Entity {key: $key}) WHERE $label IN labels(e) RETURN e {.*} AS entity`;
// The loader gives a paper at most one mention relationship per entity, so relationships count papers and the
// total comes straight from Neo4j's degree store, even for hubs with tens of thousands of papers.
const ENTITY_PAPERS = `
  MATCH (e:Entity {key: $key}) WHERE $label IN labels(e)
  MATCH (p:Paper)-[r:${MENTION_ALTERNATION}]->(e)
  RETURN p.key AS key, p.title AS title, p.date AS date, [type(r)] AS relationships
  ORDER BY p.date DESC, p.key SKIP $offset LIMIT $limit`;
/**
 * For hubs, sorting tens of thousands of papers by date costs more than walking the Paper.date index newest
 * first and keeping the papers linked to the entity. That walk lists dated papers only.
 */
const HUB_PAPERS = `
  MATCH (e:Entity {key: $key}) WHERE $label IN labels(e)
  MATCH (p:Paper) WHERE p.date IS NOT NULL
  WITH e, p ORDER BY p.date DESC
  MATCH (p)-[r:${MENTION_ALTERNATION}]->(e)
  RETURN p.key AS key, p.title AS title, p.date AS date, [type(r)] AS relationships
  SKIP $offset LIMIT $limit`;
const HUB_PAPER_COUNT = 10_000;
const ENTITY_PAPER_TOTAL = `
  MATCH (e:Entity {key: $key}) WHERE $label IN labels(e)
  RETURN COUNT { (e)<-[:${MENTION_ALTERNATION}]-() } AS total`;
const ENTITY_CLAIMS = `
  MATCH (e:Entity {key: $key}) WHERE $label IN labels(e)
  MATCH (c:Claim)-[:ABOUT]->(e)
  WITH c LIMIT 200`;

const CLAIM = `MATCH (c:Claim {key: $key})`;
const LISTING = `MATCH (l:Listing {key: $key}) RETURN l {.*} AS listing`;
const LISTING_PAPERS = `
  MATCH (p:Paper)-[:LISTED_IN]->(:Listing {key: $key})
  RETURN p.key AS key, p.title AS title, p.date AS date ORDER BY p.date DESC, p.key SKIP $offset LIMIT $limit`;
const LISTING_PAPER_TOTAL = `MATCH (p:Paper)-[:LISTED_IN]->(:Listing {key: $key}) RETURN count(p) AS total`;

/** A paper as listed under an entity or a listing. */
interface PaperListRecord {
  key: string;
  title: string;
  date: string | null;
}

/** One mention relationship of a paper, with its target. */
type ExtractionRecord = EvidenceArrays & {
  relationship: MentionRelationshipType;
  labels: string[];
  key: string;
  name: string | null;
  count: number | null;
};

/** The most telling relationship when a paper has several to one entity ("proposes" beats "uses"). */
function strongestRelationship(relationships: string[]): string {
  return [...relationships].sort((a, b) => MENTION_TYPES.indexOf(a) - MENTION_TYPES.indexOf(b))[0];
}

async function paperDetail(tx: ManagedTransaction, key: string): Promise<PaperDetail | null> {
  const paperResult = await tx.run<{ paper: Partial<PaperDetailProps> }>(PAPER, { key });
  if (paperResult.records.length === 0) return null;
  const paper = paperResult.records[0].get('paper');
  const listings = await tx.run<PaperDetail['listings'][number]>(PAPER_LISTINGS, { key });
  const extractionRows = await tx.run<ExtractionRecord>(PAPER_EXTRACTIONS, { key });
  const extractions: PaperExtractionDTO[] = extractionRows.records.map((record) => {
    const row = record.toObject();
    const extraction: PaperExtractionDTO = {
      label: primaryLabel(row.labels),
      key: row.key,
      name: row.name ?? row.key,
      relationship: row.relationship,
      evidence: decodeEvidence(row),
    };
    if (MENTION_RELATIONSHIPS[row.relationship].counted) extraction.count = row.count ?? null;
    return extraction;
  });
  extractions.sort((a, b) => (a.evidence[0]?.start ?? Infinity) - (b.evidence[0]?.start ?? Infinity));
  return {
    kind: 'paper',
    id: nodeId('Paper', key),
    key,
    title: String(paper.title ?? ''),
    abstract: String(paper.abstract ?? ''),
    date: paper.date ?? null,
    authorsCount: paper.authorsCount ?? null,
    upvotes: paper.upvotes ?? null,
    url: paper.url ?? null,
    ...bibliographicFields(paper),
    codeUrls: paper.codeUrls ?? [],
    listings: listings.records.map((record) => record.toObject()),
    extractions,
    claims: await readClaims(tx, 'MATCH (:Paper {key: $key})-[:CLAIMS]->(c:Claim)', { key }),
  };
}

async function entityDetail(tx: ManagedTransaction, label: NodeLabel, key: string, paging: Paging): Promise<EntityDetail | null> {
  const entityResult = await tx.run<{ entity: Partial<EntityProps> }>(ENTITY, { key, label });
  if (entityResult.records.length === 0) return null;
  const entity = entityResult.records[0].get('entity');
  const isHub = typeof entity.paperCount === 'number' && entity.paperCount > HUB_PAPER_COUNT;
  const papers = await tx.run<PaperListRecord & { relationships: string[] }>(isHub ? HUB_PAPERS : ENTITY_PAPERS, {
    key,
    label,
    offset: int(paging.offset),
    limit: int(paging.limit),
  });
  const total = (await tx.run<{ total: number }>(ENTITY_PAPER_TOTAL, { key, label })).records[0].get('total');
  const items: PaperSummaryDTO[] = papers.records.map((record) => ({
    key: record.get('key'),
    title: record.get('title'),
    date: record.get('date') ?? null,
    relationship: strongestRelationship(record.get('relationships')),
  }));
  return {
    kind: 'entity',
    id: nodeId(label, key),
    label,
    key,
    name: String(entity.name ?? key),
    aliases: entity.aliases ?? [],
    paperCount: entity.paperCount ?? total,
    papers: { items, total, offset: paging.offset, limit: paging.limit },
    claims: await readClaims(tx, ENTITY_CLAIMS, { key, label }),
  };
}

async function claimDetail(tx: ManagedTransaction, key: string): Promise<ClaimDetail | null> {
  const [claim] = await readClaims(tx, CLAIM, { key });
  return claim ? { kind: 'claim', id: nodeId('Claim', key), key, claim } : null;
}

async function listingDetail(tx: ManagedTransaction, key: string, paging: Paging): Promise<ListingDetail | null> {
  const listingResult = await tx.run<{ listing: Partial<ListingProps> }>(LISTING, { key });
  if (listingResult.records.length === 0) return null;
  const listing = listingResult.records[0].get('listing');
  const papers = await tx.run<PaperListRecord>(LISTING_PAPERS, { key, offset: int(paging.offset), limit: int(paging.limit) });
  const total = (await tx.run<{ total: number }>(LISTING_PAPER_TOTAL, { key })).records[0].get('total');
  return {
    kind: 'listing',
    id: nodeId('Listing', key),
    key,
    name: String(listing.name ?? key),
    date: listing.date ?? null,
    path: listing.path ?? null,
    format: listing.format ?? null,
    papers: {
      items: papers.records.map((record) => ({ key: record.get('key'), title: record.get('title'), date: record.get('date') ?? null })),
      total,
      offset: paging.offset,
      limit: paging.limit,
    },
  };
}

export async function nodeDetail(context: ApiContext, params: NodeParams, paging: Paging): Promise<AnyNodeDetail> {
  const { label, key } = params;
  const detail = await context.db.read(async (tx): Promise<AnyNodeDetail | null> => {
    if (label === 'Paper') return paperDetail(tx, key);
    if (label === 'Claim') return claimDetail(tx, key);
    if (label === 'Listing') return listingDetail(tx, key, paging);
    return isEntityLabel(label) ? entityDetail(tx, label, key, paging) : null;
  });
  if (!detail) throw notFound(`No ${label} with key "${key}".`);
  return detail;
}

/** The optional bibliographic fields, only those the paper node has (sources other than arXiv carry none). */
function bibliographicFields(paper: Record<string, unknown>): Pick<PaperDetail, 'authors' | 'arxivId' | 'doi' | 'journalRef' | 'updated'> {
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  const fields: Pick<PaperDetail, 'authors' | 'arxivId' | 'doi' | 'journalRef' | 'updated'> = {};
  if (Array.isArray(paper.authors)) fields.authors = paper.authors.filter((author): author is string => typeof author === 'string');
  if (text(paper.arxivId)) fields.arxivId = text(paper.arxivId);
  if (text(paper.doi)) fields.doi = text(paper.doi);
  if (text(paper.journalRef)) fields.journalRef = text(paper.journalRef);
  if (text(paper.updated)) fields.updated = text(paper.updated);
  return fields;
}
