/** The fault-injection suite's yardstick: a graph's counts per label and type, and a hash of all its content. */
import type { Driver } from 'neo4j-driver';
import { duplicateRelationships, graphCounts, graphFingerprint, type GraphCounts } from '../load/graph-helpers.ts';

export interface GraphSnapshot {
  counts: GraphCounts;
  /** sha256 over every node's and relationship's keys and properties, timestamps left out. */
  fingerprint: string;
  duplicateRelationships: number;
}

export async function snapshot(driver: Driver, database: string): Promise<GraphSnapshot> {
  return {
    counts: await graphCounts(driver, database),
    fingerprint: await graphFingerprint(driver, database),
    duplicateRelationships: await duplicateRelationships(driver, database),
  };
}

/** Polls until `condition` holds; false when `timeoutMs` passed first. */
export async function pollUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
