/**
 * Listing files' content hashes: stored on each Listing node once the file has been fully loaded, and compared
 * with the files on disk to tell whether the corpus changed since the last ingest.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver, EagerResult } from 'neo4j-driver';
import { isSourceFileName, listingKey } from '../sources/detect.ts';

/** sha256 of a file's bytes, streamed so a multi-GB listing does not sit in memory. */
export async function fileContentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface CorpusFile {
  path: string;
  listingKey: string;
}

/** The listing files a reader would take from a directory (recursively), empty files left out. */
export async function corpusFiles(dataDir: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isSourceFileName(path) && (await stat(path)).size > 0) {
        files.push({ path, listingKey: listingKey(path) });
      }
    }
  };
  await walk(dataDir);
  return files;
}

/**
 * Records, per listing key, the hash of the file it was read from (`paths`: listing key -> file path) and the
 * extractor version that loaded it (`Listing.extractorVersion`, an addition to ListingProps).
 */
export async function recordListingHashes(
  driver: Driver,
  database: string,
  paths: Map<string, string>,
  extractorVersion: string,
): Promise<void> {
  const rows: Array<{ key: string; contentHash: string }> = [];
  for (const [key, path] of paths) {
    try {
      rows.push({ key, contentHash: await fileContentHash(path) });
    } catch {
      // A listing given as a path that no longer exists keeps no hash: the next corpus check re-reads it.
    }
  }
  if (rows.length === 0) return;
  await driver.executeQuery(
    'UNWIND $rows AS row MATCH (l:Listing {key: row.key}) SET l.contentHash = row.contentHash, l.extractorVersion = $extractorVersion',
    { rows, extractorVersion },
    { database },
  );
}

export interface StoredListing {
  /** Null while a load of that file has not completed. */
  contentHash: string | null;
  extractorVersion: string | null;
}

export async function storedListings(driver: Driver, database: string): Promise<Map<string, StoredListing>> {
  const result = await driver.executeQuery<EagerResult<StoredListing & { key: string }>>(
    'MATCH (l:Listing) RETURN l.key AS key, l.contentHash AS contentHash, l.extractorVersion AS extractorVersion',
    {},
    { database },
  );
  return new Map(
    result.records.map((record) => [
      record.get('key'),
      { contentHash: record.get('contentHash'), extractorVersion: record.get('extractorVersion') },
    ]),
  );
}
