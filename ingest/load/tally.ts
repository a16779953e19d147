/** What the writer changed, attributed per label and relationship type from the driver's summary counters. */
import type { QueryStatistics } from 'neo4j-driver';
import type { NodeLabel, RelationshipType } from '../../graph-schema/model.ts';

export interface WriteTally {
  nodesCreated: Partial<Record<NodeLabel, number>>;
  relationshipsCreated: Partial<Record<RelationshipType, number>>;
  nodesDeleted: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyTally(): WriteTally {
  return { nodesCreated: {}, relationshipsCreated: {}, nodesDeleted: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

/** Which label the nodes a statement creates carry, and which type its relationships have. */
export interface Attribution {
  node?: NodeLabel;
  relationship?: RelationshipType;
}

export function addCounters(tally: WriteTally, counters: QueryStatistics, attribution: Attribution): void {
  const updates = counters.updates();
  if (updates.nodesCreated > 0) {
    const label = attribution.node ?? 'Paper';
    tally.nodesCreated[label] = (tally.nodesCreated[label] ?? 0) + updates.nodesCreated;
  }
  if (updates.relationshipsCreated > 0) {
    const type = attribution.relationship ?? 'LISTED_IN';
    tally.relationshipsCreated[type] = (tally.relationshipsCreated[type] ?? 0) + updates.relationshipsCreated;
  }
  tally.nodesDeleted += updates.nodesDeleted;
  tally.relationshipsDeleted += updates.relationshipsDeleted;
  tally.propertiesSet += updates.propertiesSet;
}

export function mergeTally(into: WriteTally, from: WriteTally): void {
  for (const [label, count] of Object.entries(from.nodesCreated) as Array<[NodeLabel, number]>) {
    into.nodesCreated[label] = (into.nodesCreated[label] ?? 0) + count;
  }
  for (const [type, count] of Object.entries(from.relationshipsCreated) as Array<[RelationshipType, number]>) {
    into.relationshipsCreated[type] = (into.relationshipsCreated[type] ?? 0) + count;
  }
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsDeleted += from.relationshipsDeleted;
  into.propertiesSet += from.propertiesSet;
}

export function totalRelationshipsCreated(tally: WriteTally): number {
  return Object.values(tally.relationshipsCreated).reduce((sum, n) => sum + (n ?? 0), 0);
}

export function totalNodesCreated(tally: WriteTally): number {
  return Object.values(tally.nodesCreated).reduce((sum, n) => sum + (n ?? 0), 0);
}
