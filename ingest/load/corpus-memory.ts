/**
 * The corpus pass's memory of an existing graph (ingest/extract/corpus/memory.ts): every entity with its label,
 * name, aliases and paper count, read once before a new batch of papers is resolved. This is how an incremental
 * ingest keeps one entity per thing: a new paper's "GNNs" joins the stored Graph Neural Networks through the stored
 * aliases, and a name the graph already types keeps that type unless the new papers outvote the stored ones.
 */
import type { Driver } from 'neo4j-driver';
import type { EntityLabel } from '../../graph-schema/model.ts';
import { CorpusMemory, type KnownEntity } from '../extract/corpus/index.ts';
import type { EntityKind } from '../extract/entities/lexicon/index.ts';
import { MID_RUN_BACKOFF_MS, withBackoff } from './retry.ts';

const KIND_OF_LABEL: Partial<Record<EntityLabel, EntityKind>> = { Method: 'method', Concept: 'concept', Dataset: 'dataset', Task: 'task', Metric: 'metric' };

/**
 * Only what papers of this extractor version decided: after a version change (or with --force, see papersToLoad)
 * every paper is extracted afresh, and the old decisions must not steer the new ones, or a re-run would not equal a
 * first load.
 */
const READ_KNOWN_ENTITIES = `
MATCH (e:Method|Concept|Dataset|Task|Metric)
WHERE EXISTS { (e)<--(:Paper {extractorVersion: $extractorVersion}) }
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, coalesce(e.aliases, []) AS aliases,
       toInteger(coalesce(e.paperCount, 1)) AS papers`;

interface KnownEntityRecord {
  label: EntityLabel;
  name: string;
  aliases: string[];
  papers: number;
}

export async function readCorpusMemory(driver: Driver, database: string, extractorVersion: string): Promise<CorpusMemory> {
  const rows = await withBackoff(
    async () => {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        const result = await session.executeRead((tx) => tx.run<KnownEntityRecord>(READ_KNOWN_ENTITIES, { extractorVersion }));
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    },
    { delaysMs: MID_RUN_BACKOFF_MS },
  );
  const known: KnownEntity[] = [];
  for (const row of rows) {
    const kind = KIND_OF_LABEL[row.label];
    if (kind && row.name) known.push({ kind, name: row.name, aliases: row.aliases, papers: Math.max(1, Number(row.papers)) });
  }
  return new CorpusMemory(known);
}
