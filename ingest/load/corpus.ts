/**
 * `npm start` and the API/e2e tests: load the bundled corpus only when the graph lacks it — empty graph,
 * a corpus file whose bytes are not recorded on a Listing (new or changed file, or a load that never
 * finished), or papers from another extractor version.
 */
import type { Driver } from 'neo4j-driver';
import { ingestPaths, type IngestRunResult } from './command.ts';
import { corpusFiles, fileContentHash, storedListingHashes } from './listings.ts';
import { formatLoadSummary } from './summary.ts';
import { effectiveExtractorVersion } from './version.ts';

export interface CorpusCheck {
  needed: boolean;
  reason: string;
}

export interface CorpusIngestOutcome extends CorpusCheck {
  result: IngestRunResult | null;
}

export async function checkCorpus(driver: Driver, database: string, dataDir: string): Promise<CorpusCheck> {
  const files = await corpusFiles(dataDir);
  if (files.length === 0) return { needed: false, reason: `no listing files in ${dataDir}` };
  const papers = await driver.executeQuery(
    `MATCH (p:Paper) WITH count(p) AS papers
     OPTIONAL MATCH (stale:Paper) WHERE stale.extractorVersion IS NULL OR stale.extractorVersion <> $version
     RETURN papers, count(stale) AS stale`,
    { version: effectiveExtractorVersion() },
    { database },
  );
  const record = papers.records[0];
  if ((record.get('papers') as number) === 0) return { needed: true, reason: 'the graph has no papers' };
  const stale = record.get('stale') as number;
  if (stale > 0) return { needed: true, reason: `${stale} paper(s) were extracted by another extractor version than ${effectiveExtractorVersion()}` };
  const stored = await storedListingHashes(driver, database);
  for (const file of files) {
    const hash = stored.get(file.listingKey);
    if (hash === undefined) return { needed: true, reason: `${file.path} is not loaded yet` };
    if (hash === null) return { needed: true, reason: `the last load of ${file.path} did not finish` };
    if (hash !== (await fileContentHash(file.path))) return { needed: true, reason: `${file.path} changed since it was loaded` };
  }
  return { needed: false, reason: `all ${files.length} corpus file(s) in ${dataDir} are loaded by the current extractor` };
}

export async function ingestCorpusIfNeeded(driver: Driver, database: string, dataDir = 'data'): Promise<CorpusIngestOutcome> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const check = await checkCorpus(driver, database, dataDir);
  if (!check.needed) {
    log(`papergraph: corpus ingest skipped: ${check.reason}`);
    return { ...check, result: null };
  }
  log(`papergraph: ingesting the corpus in ${dataDir}: ${check.reason}`);
  const result = await ingestPaths(driver, database, { paths: [dataDir], strict: false, batchSize: 500, force: false });
  log(formatLoadSummary(result).trimEnd());
  return { ...check, result };
}
