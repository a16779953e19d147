/** A batch is one transaction: when any statement of it fails, none of its papers or relationships remain. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaperWriter } from '../../../ingest/load/writer.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';
import { clearDatabase, count, graphCounts, openTestDriver, paperSignatures } from './graph-helpers.ts';

const sizes = { methods: 100, concepts: 30, datasets: 30, tasks: 10, metrics: 10 };

/** A paper whose last-written part (a claim's number unit) is a map: Neo4j refuses it as a property value. */
function poisoned(paper: PaperExtraction): PaperExtraction {
  const [claim, ...rest] = paper.claims;
  const badNumber = { raw: '1', value: 1, unit: { not: 'a string' } as unknown as string };
  return { ...paper, claims: [{ ...claim, numbers: [badNumber] }, ...rest] };
}

describe('atomic writes', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    await clearDatabase(driver, database);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('leaves nothing of a batch whose transaction fails after papers, entities and mentions were written', async () => {
    const writer = new PaperWriter(driver, database, { force: false, extractorVersion: 'atomic-test' });
    const papers = [...syntheticPapers({ count: 3, seed: 3, sizes })];
    await expect(writer.writeBatch([papers[0], papers[1], poisoned(papers[2])])).rejects.toThrow(/Property values|primitive/i);
    const counts = await graphCounts(driver, database);
    expect(Object.values(counts.nodes).every((n) => n === 0)).toBe(true);
    expect(Object.values(counts.relationships).every((n) => n === 0)).toBe(true);

    const outcome = await writer.writeBatch(papers);
    expect(outcome).toMatchObject({ papersNew: 3, papersUpdated: 0, papersUnchanged: 0 });
    const signatures = await paperSignatures(driver, database);
    expect([...signatures.keys()].sort()).toEqual(papers.map((p) => p.id).sort());
    for (const paper of papers) {
      const mentions =
        paper.methods.length +
        paper.concepts.length +
        paper.datasets.length +
        paper.tasks.length +
        paper.metrics.length +
        paper.hardware.length;
      expect(await count(driver, database, 'MATCH (:Paper {key: $key})-[r]->(:Entity) RETURN count(r) AS n', { key: paper.id })).toBe(
        mentions,
      );
      expect(await count(driver, database, 'MATCH (:Paper {key: $key})-[:CLAIMS]->(c:Claim) RETURN count(c) AS n', { key: paper.id })).toBe(
        3,
      );
    }
  });

  it('keeps the stored version of a paper whole when its rewrite fails', async () => {
    const writer = new PaperWriter(driver, database, { force: false, extractorVersion: 'atomic-test' });
    const [paper] = [...syntheticPapers({ count: 1, seed: 3, sizes })];
    const before = await paperSignatures(driver, database);
    const changed = poisoned({ ...paper, abstract: `${paper.abstract} A changed sentence.` });
    await expect(writer.writeBatch([changed])).rejects.toThrow();
    expect(await paperSignatures(driver, database)).toEqual(before);
    const stored = await count(
      driver,
      database,
      "MATCH (p:Paper {key: $key}) WHERE p.abstract ENDS WITH 'A changed sentence.' RETURN count(p) AS n",
      { key: paper.id },
    );
    expect(stored).toBe(0);
  });
});
