/**
 * A first load into an empty database without transactions: extracted papers -> graph rows (rows.ts, as the
 * transactional writer builds them) -> CSV files -> `neo4j-admin database import full` with Neo4j stopped ->
 * Neo4j started -> arrays the importer cannot express restored -> full derive -> listing hashes. The result
 * equals a transactional load of the same papers (tested).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { deriveStructure, type DeriveTimings } from '../load/derive.ts';
import { recordListingHashes } from '../load/listings.ts';
import { runCorpusPass } from '../load/corpus-pass.ts';
import { PaperWriter } from '../load/writer.ts';
import { buildPaperRows, type LoadablePaper } from '../load/rows.ts';
import { runAdminImport, type AdminImportResult } from './admin-import.ts';
import { BLANK_ARRAY_MARK } from './csv-table.ts';
import { ImportFiles, type ImportTable } from './import-files.ts';

export interface ImportedPapers {
  tables: ImportTable[];
  papers: number;
  duplicatePapers: number;
  listingPaths: Map<string, string>;
  filesMs: number;
  import: AdminImportResult;
}

export interface BulkImportOptions {
  dataDir: string;
  extractorVersion: string;
  /** Where the CSV files go (removed afterwards); default `<data dir>/import`. */
  importDir?: string;
  heap?: string;
  log?: (line: string) => void;
  onPaper?: (papers: number) => void;
}

/** Phase 1, with Neo4j stopped: the CSV files, then the offline import. */
export async function importPapers(papers: AsyncIterable<LoadablePaper>, options: BulkImportOptions): Promise<ImportedPapers> {
  const dir = options.importDir ?? join(options.dataDir, 'import');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const started = Date.now();
    const files = new ImportFiles(dir, new Date().toISOString());
    const listingPaths = new Map<string, string>();
    let count = 0;
    for await (const paper of papers) {
      for (const source of paper.sources ?? []) if (source.key && !listingPaths.has(source.key)) listingPaths.set(source.key, source.path);
      await files.addPaper(buildPaperRows(paper, options.extractorVersion));
      count += 1;
      options.onPaper?.(count);
    }
    const tables = await files.finish();
    const filesMs = Date.now() - started;
    options.log?.(`bulk: ${count} papers written as CSV in ${(filesMs / 1000).toFixed(1)} s; running neo4j-admin database import…`);
    const imported = await runAdminImport(options.dataDir, tables, { heap: options.heap, log: options.log });
    return {
      tables,
      papers: count - files.duplicatePapers,
      duplicatePapers: files.duplicatePapers,
      listingPaths,
      filesMs,
      import: imported,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const property = (name: string): string => `\`${name.replace(/`/g, '')}\``;

function restoreStatements(entry: ImportTable): string[] {
  const { empty, blank } = entry.table.arraysToRestore();
  const pattern = entry.kind === 'nodes' ? `(x:${entry.match})` : `()-[x:${entry.match}]->()`;
  return [
    ...empty.map(
      (name) =>
        `MATCH ${pattern} WHERE x.${property(name)} IS NULL CALL (x) { SET x.${property(name)} = [] } IN TRANSACTIONS OF 10000 ROWS`,
    ),
    ...blank.map(
      (name) =>
        `MATCH ${pattern} WHERE x.${property(name)} = [$mark] CALL (x) { SET x.${property(name)} = [''] } IN TRANSACTIONS OF 10000 ROWS`,
    ),
  ];
}

export interface CompletedBulkLoad {
  restoreMs: number;
  derive: DeriveTimings;
}

/** Phase 2, with Neo4j started on the imported store and the schema applied. */
export async function completeBulkLoad(
  driver: Driver,
  database: string,
  imported: ImportedPapers,
  extractorVersion: string,
  log: (line: string) => void = () => {},
): Promise<CompletedBulkLoad> {
  const started = Date.now();
  for (const entry of imported.tables) {
    for (const statement of restoreStatements(entry)) {
      const session = driver.session({ database });
      try {
        await session.run(statement, { mark: BLANK_ARRAY_MARK });
      } finally {
        await session.close();
      }
    }
  }
  const restoreMs = Date.now() - started;
  // As after a transactional load: the papers were imported with their own extraction, the pass resolves them.
  const writer = new PaperWriter(driver, database, { force: true, extractorVersion });
  await runCorpusPass(driver, database, writer, extractorVersion, log);
  const derive = await deriveStructure(driver, database, log, 'full');
  await recordListingHashes(driver, database, imported.listingPaths, extractorVersion);
  return { restoreMs, derive };
}
