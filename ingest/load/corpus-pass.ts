/**
 * The corpus pass in ingest (ingest/extract/corpus), run after the papers of a run are written and before the
 * derive. Every paper stores its own extraction (`Paper.extraction`, written with it by the writer), so the pass is
 * a pure function of the stored papers: it reads all of them, resolves them together (resolveCorpus, which does not
 * depend on their order) and rewrites each paper whose relationships were written from another extraction
 * (`Paper.writtenHash`), then gives every entity the name and aliases its resolved mentions give it. Whatever runs
 * the papers came in (interrupted, resumed, incremental), the graph ends as after one run over all of them; a run
 * killed inside the pass leaves rewritten entities marked `derivePending`, so the next run passes again.
 */
import type { Driver, EagerResult } from 'neo4j-driver';
import { ENTITY_LABELS } from '../../graph-schema/model.ts';
import { resolveCorpus, type CorpusReport } from '../extract/corpus/index.ts';
import type { PaperExtraction } from '../types.ts';
import { combineRows } from './batch.ts';
import { READ_STORED_EXTRACTIONS, setEntityNames } from './corpus-cypher.ts';
import { buildPaperRows, type PaperGraphRows } from './rows.ts';
import { emptyTally, mergeTally, type WriteTally } from './tally.ts';
import type { PaperWriter } from './writer.ts';

/** Papers rewritten per transaction, as the writer's batches. */
const REWRITE_BATCH = 500;
/** Entities renamed per statement. */
const NAME_BATCH = 5000;

export interface CorpusPassSummary {
  papers: number;
  rewritten: number;
  renamedEntities: number;
  report: CorpusReport;
  tally: WriteTally;
  ms: number;
}

interface StoredPaper {
  own: PaperExtraction;
  writtenHash: string | null;
}

async function readStoredPapers(driver: Driver, database: string): Promise<StoredPaper[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run<{ key: string; extraction: string; writtenHash: string | null }>(READ_STORED_EXTRACTIONS);
    return result.records.map((record) => ({
      own: { sources: [], ...(JSON.parse(record.get('extraction')) as Omit<PaperExtraction, 'sources'>) },
      writtenHash: record.get('writtenHash'),
    }));
  } finally {
    await session.close();
  }
}

export async function runCorpusPass(
  driver: Driver,
  database: string,
  writer: PaperWriter,
  extractorVersion: string,
  log: (line: string) => void = () => {},
): Promise<CorpusPassSummary> {
  const started = Date.now();
  const stored = await readStoredPapers(driver, database);
  const { papers: resolved, report } = resolveCorpus(stored.map((paper) => paper.own));
  const rows = resolved.map((paper, index) => buildPaperRows(paper, extractorVersion, stored[index].own));
  const stale = rows.filter((paper, index) => paper.paper.writtenHash !== stored[index].writtenHash);
  log(`corpus pass: ${stored.length} papers resolved together, ${stale.length} rewritten`);
  const tally = emptyTally();
  for (let start = 0; start < stale.length; start += REWRITE_BATCH)
    mergeTally(tally, await writer.replacePapers(stale.slice(start, start + REWRITE_BATCH)));
  const renamedEntities = await setEntityNamesFrom(driver, database, rows);
  return { papers: stored.length, rewritten: stale.length, renamedEntities, report, tally, ms: Date.now() - started };
}

/**
 * Entity nodes keep the names and aliases of every write that touched them (the writer only adds); after the pass
 * each gets exactly what the resolved mentions of all papers give it, so earlier resolutions leave no trace.
 */
async function setEntityNamesFrom(driver: Driver, database: string, rows: readonly PaperGraphRows[]): Promise<number> {
  const { entities } = combineRows([...rows], []);
  let renamed = 0;
  for (const label of ENTITY_LABELS) {
    const list = entities[label].map(({ key, name, aliases, generic }) => ({ key, name, aliases, generic }));
    for (let start = 0; start < list.length; start += NAME_BATCH) {
      const { records } = await driver.executeQuery<EagerResult<{ renamed: number }>>(
        setEntityNames(label),
        { rows: list.slice(start, start + NAME_BATCH) },
        { database },
      );
      renamed += records[0].get('renamed');
    }
  }
  return renamed;
}
