/**
 * The baseline the load benchmark compares against: what a first loader usually looks like — one
 * transaction per paper and one Cypher statement per node or relationship. It writes the same graph shape
 * as the batched writer (same rows), so the ratio measures batching alone.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { MENTION_RELATIONSHIPS } from '../../../graph-schema/model.ts';
import { buildPaperRows, MENTION_TYPES, type LoadablePaper, type PaperGraphRows } from '../../../ingest/load/rows.ts';

async function writePaper(tx: ManagedTransaction, rows: PaperGraphRows): Promise<number> {
  let relationships = 0;
  const { paper } = rows;
  await tx.run(
    `MERGE (p:Paper {key: $key})
     SET p.title = $title, p.abstract = $abstract, p.date = $date, p.contentHash = $contentHash, p.extractorVersion = $extractorVersion`,
    paper,
  );
  for (const entity of rows.entities) {
    await tx.run(
      `MERGE (e:${entity.label} {key: $key})
       ON CREATE SET e:Entity, e.name = $name, e.aliases = $aliases
       ON MATCH SET e.aliases = e.aliases + [a IN $aliases WHERE NOT a IN e.aliases]`,
      entity,
    );
  }
  for (const type of MENTION_TYPES) {
    for (const mention of rows.mentions[type]) {
      await tx.run(
        `MATCH (p:Paper {key: $paperKey}) MATCH (e:${MENTION_RELATIONSHIPS[type].to} {key: $entityKey})
         MERGE (p)-[r:${type}]->(e)
         SET r.evidenceFields = $evidenceFields, r.evidenceStarts = $evidenceStarts, r.evidenceEnds = $evidenceEnds, r.surfaces = $surfaces`,
        mention,
      );
      relationships++;
    }
  }
  for (const claim of rows.claims) {
    await tx.run(
      `MATCH (p:Paper {key: $paperKey}) MERGE (c:Claim {key: $key})
       SET c.text = $text, c.start = $start, c.end = $end, c.numberRaws = $numberRaws, c.numberValues = $numberValues, c.numberUnits = $numberUnits
       MERGE (p)-[:CLAIMS]->(c)`,
      claim,
    );
    relationships++;
  }
  for (const about of rows.abouts) {
    await tx.run(`MATCH (c:Claim {key: $claimKey}) MATCH (e:${about.label} {key: $entityKey}) MERGE (c)-[:ABOUT]->(e)`, about);
    relationships++;
  }
  for (const listing of rows.listings) {
    await tx.run('MERGE (l:Listing {key: $key}) SET l.name = $name, l.path = $path, l.format = $format, l.date = $date', listing);
  }
  for (const link of rows.listedIn) {
    await tx.run(
      'MATCH (p:Paper {key: $paperKey}) MATCH (l:Listing {key: $listingKey}) MERGE (p)-[r:LISTED_IN]->(l) SET r.line = $line',
      link,
    );
    relationships++;
  }
  return relationships;
}

/** Loads papers one transaction each; returns the number of relationships written. */
export async function loadNaively(
  driver: Driver,
  database: string,
  papers: Iterable<LoadablePaper>,
  extractorVersion: string,
): Promise<number> {
  let relationships = 0;
  const session = driver.session({ database });
  try {
    for (const paper of papers) {
      const rows = buildPaperRows(paper, extractorVersion);
      relationships += await session.executeWrite((tx) => writePaper(tx, rows));
    }
  } finally {
    await session.close();
  }
  return relationships;
}
