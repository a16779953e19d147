/**
 * The writer's Cypher for results: old results out with their paper's old claims, then one Result node per
 * row reported by its claim, then one statement per link type (ON, OF, BY, AGAINST) over the rows whose slot
 * names an entity of the paper, so the driver's counters attribute each type exactly.
 */
import type { RelationshipType } from '../../graph-schema/model.ts';
import type { Attribution } from './tally.ts';
import type { ResultRow } from './result-rows.ts';

/** Runs before the paper's old claims are deleted: results hang off them. */
export const DELETE_OLD_RESULTS = `
UNWIND $keys AS key
MATCH (:Paper {key: key})-[:CLAIMS]->(:Claim)-[:REPORTS]->(r:Result)
DETACH DELETE r`;

export const CREATE_RESULTS = `
UNWIND $rows AS row
MATCH (c:Claim {key: row.claimKey})
CREATE (c)-[:REPORTS]->(:Result {key: row.key, claimKey: row.claimKey, paperKey: row.paperKey, raw: row.raw,
                                 value: toFloat(row.value), unit: row.unit, kind: row.kind,
                                 higherIsBetter: row.higherIsBetter, start: toInteger(row.start), end: toInteger(row.end),
                                 metricName: row.metricName, datasetName: row.datasetName,
                                 subjectName: row.subjectName, baselineName: row.baselineName})`;

const LINKS = [
  { type: 'ON', label: 'Dataset', slot: 'datasetKey' },
  { type: 'OF', label: 'Metric', slot: 'metricKey' },
  { type: 'BY', label: 'Method', slot: 'subjectKey' },
  { type: 'AGAINST', label: 'Method', slot: 'baselineKey' },
] as const satisfies ReadonlyArray<{ type: RelationshipType; label: string; slot: keyof ResultRow }>;

function linkResults(type: RelationshipType, label: string): string {
  return `
UNWIND $rows AS row
MATCH (r:Result {key: row.resultKey})
MATCH (e:${label} {key: row.entityKey})
CREATE (r)-[:${type}]->(e)`;
}

export interface ResultStatement {
  query: string;
  params: Record<string, unknown>;
  attribution: Attribution;
  size: number;
}

/** After claims and entities exist: the results, then their links. */
export function resultStatements(rows: readonly ResultRow[]): ResultStatement[] {
  const statements: ResultStatement[] = [
    { query: CREATE_RESULTS, params: { rows }, attribution: { node: 'Result', relationship: 'REPORTS' }, size: rows.length },
  ];
  for (const link of LINKS) {
    const links = rows.flatMap((row) => (row[link.slot] === null ? [] : [{ resultKey: row.key, entityKey: row[link.slot] }]));
    statements.push({
      query: linkResults(link.type, link.label),
      params: { rows: links },
      attribution: { relationship: link.type },
      size: links.length,
    });
  }
  return statements;
}
