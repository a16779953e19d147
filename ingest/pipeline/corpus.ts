/**
 * `npm start` and the API/e2e tests: load the bundled corpus only when the graph lacks it — empty graph,
 * a corpus file whose bytes are not recorded on its Listing (new or changed file, or a load that never
 * finished), a listing loaded by another extractor version, or structure derived by an older papergraph.
 */
import type { Driver, EagerResult } from 'neo4j-driver';
import { ingestPaths, type IngestRunResult } from './ingest-command.ts';
import { corpusFiles, fileContentHash, storedListings } from '../load/listings.ts';
import { derivedStructureIsStale } from '../load/derive.ts';
import { formatLoadSummary } from './load-summary.ts';
import { effectiveExtractorVersion } from './extractor-version.ts';

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
  const papers = await driver.executeQuery<EagerResult<{ n: number }>>('MATCH (p:Paper) RETURN count(p) AS n', {}, { database });
  if (papers.records[0].get('n') === 0) return { needed: true, reason: 'the graph has no papers' };
  const version = effectiveExtractorVersion();
  const stored = await storedListings(driver, database);
  for (const file of files) {
    const listing = stored.get(file.listingKey);
    if (!listing) return { needed: true, reason: `${file.path} is not loaded yet` };
    if (listing.contentHash === null) return { needed: true, reason: `the last load of ${file.path} did not finish` };
    if (listing.extractorVersion !== version) {
      return {
        needed: true,
        reason: `${file.path} was extracted by ${listing.extractorVersion ?? 'an unknown extractor'}, not ${version}`,
      };
    }
    if (listing.contentHash !== (await fileContentHash(file.path)))
      return { needed: true, reason: `${file.path} changed since it was loaded` };
  }
  if (await derivedStructureIsStale(driver, database)) {
    return { needed: true, reason: 'the derived structure (co-occurrence partner lists) predates this version' };
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
