/**
 * GET /api/edge-papers?a=&b=: the papers behind a link, with the sentences that name its ends, both ends' mentions
 * marked; sentences (and papers) naming both ends first.
 */
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { isEntityLabel, type NodeLabel } from '../../../graph-schema/model.ts';
import type { EdgePapersResponse, EvidenceSpanDTO } from '../../shared/api.ts';
import { int } from '../database.ts';
import { nodeToDTO } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { decodeEvidence, type EvidenceArrays } from './evidence.ts';
import { matchNode } from './match-node.ts';
import { MENTION_ALTERNATION, MENTION_TYPES } from './relationships.ts';
import { sentencesNamingEnds } from './sentence-marks.ts';
import { type EdgePapersQuery, parseNodeRef } from '../../shared/requests.ts';

const EVIDENCE = 'r {.evidenceFields, .evidenceStarts, .evidenceEnds, type: type(r)}';

/** Both ends are entities: papers mentioning both. With a paper at one end: that paper, if it mentions the other. */
function papersStatement(aLabel: NodeLabel, bLabel: NodeLabel): string {
  const ends = `${matchNode(aLabel, 'a', 'aKey', 'aLabel')} ${matchNode(bLabel, 'b', 'bKey', 'bLabel')}`;
  const paperPattern =
    aLabel === 'Paper'
      ? `MATCH (a)-[r:${MENTION_ALTERNATION}]->(b) WITH a, b, a AS p, [] AS ras, collect(r) AS rbs`
      : bLabel === 'Paper'
        ? `MATCH (b)-[r:${MENTION_ALTERNATION}]->(a) WITH a, b, b AS p, collect(r) AS ras, [] AS rbs`
        : `MATCH (a)<-[ra:${MENTION_ALTERNATION}]-(p:Paper)-[rb:${MENTION_ALTERNATION}]->(b)
           WITH a, b, p, collect(DISTINCT ra) AS ras, collect(DISTINCT rb) AS rbs`;
  return `${ends} ${paperPattern}
    WITH a, b, p, ras, rbs ORDER BY p.date DESC, p.key
    WITH a, b, collect({paper: p, ras: ras, rbs: rbs}) AS rows
    RETURN a, b, size(rows) AS total,
      [row IN rows[$offset..($offset + $limit)] | {
        key: row.paper.key, title: row.paper.title, date: row.paper.date, abstract: row.paper.abstract,
        ras: [r IN row.ras | ${EVIDENCE}], rbs: [r IN row.rbs | ${EVIDENCE}]
      }] AS papers`;
}

const ENDS = (aLabel: NodeLabel, bLabel: NodeLabel) =>
  `${matchNode(aLabel, 'a', 'aKey', 'aLabel')} ${matchNode(bLabel, 'b', 'bKey', 'bLabel')} RETURN a, b`;

type RelEvidence = EvidenceArrays & { type: string };
interface PaperRow {
  key: string;
  title: string;
  date: string | null;
  abstract: string | null;
  ras: RelEvidence[];
  rbs: RelEvidence[];
}

function strongest(relationships: RelEvidence[]): string | undefined {
  return relationships.map((r) => r.type).sort((x, y) => MENTION_TYPES.indexOf(x) - MENTION_TYPES.indexOf(y))[0];
}

function toPaper(row: PaperRow, paperEnd: boolean): EdgePapersResponse['papers'][number] {
  const aSpans: EvidenceSpanDTO[] = row.ras.flatMap((relationship) => decodeEvidence(relationship));
  const bSpans: EvidenceSpanDTO[] = row.rbs.flatMap((relationship) => decodeEvidence(relationship));
  const relationship = strongest(row.ras.length > 0 ? row.ras : row.rbs);
  return {
    key: row.key,
    title: row.title,
    date: row.date ?? null,
    ...(relationship ? { relationship } : {}),
    sentences: sentencesNamingEnds(row.title ?? '', row.abstract ?? '', aSpans, bSpans, paperEnd),
  };
}

/** Papers with a sentence naming both ends come first; otherwise the statement's order (newest first) stays. */
function namingBothFirst(papers: EdgePapersResponse['papers']): EdgePapersResponse['papers'] {
  const namesBoth = (paper: EdgePapersResponse['papers'][number]) => paper.sentences.some((sentence) => sentence.namesBoth);
  return [...papers.filter(namesBoth), ...papers.filter((paper) => !namesBoth(paper))];
}

export async function edgePapers(tx: ManagedTransaction, query: EdgePapersQuery): Promise<EdgePapersResponse> {
  const a = parseNodeRef(query.a);
  const b = parseNodeRef(query.b);
  const linkable = (label: NodeLabel) => label === 'Paper' || isEntityLabel(label);
  if (!linkable(a.label) || !linkable(b.label) || (a.label === 'Paper' && b.label === 'Paper')) {
    throw badRequest('a and b must be two entities, or a paper and an entity.');
  }
  const params = { aKey: a.key, aLabel: a.label, bKey: b.key, bLabel: b.label, offset: int(query.offset), limit: int(query.limit) };
  const result = await tx.run<{ a: Node; b: Node; papers: PaperRow[]; total: number }>(papersStatement(a.label, b.label), params);
  if (result.records.length === 0) {
    const ends = await tx.run(ENDS(a.label, b.label), params);
    if (ends.records.length === 0) throw notFound(`No node ${query.a} or no node ${query.b}.`);
    return { a: nodeToDTO(ends.records[0].get('a')), b: nodeToDTO(ends.records[0].get('b')), papers: [], total: 0 };
  }
  const record = result.records[0];
  return {
    a: nodeToDTO(record.get('a')),
    b: nodeToDTO(record.get('b')),
    papers: namingBothFirst(record.get('papers').map((row) => toPaper(row, a.label === 'Paper' || b.label === 'Paper'))),
    total: record.get('total'),
  };
}
