/**
 * The dated corpus of the trends tests (test/fixtures/trends/dated-arxiv.jsonl) in the test database, alone: loaded
 * into an emptied graph, and emptied again afterwards so later files load the bundled corpus afresh.
 */
import { fileURLToPath } from 'node:url';
import { ingestPaths, type IngestRunResult } from '../../ingest/pipeline/ingest-command.ts';
import { clearDatabase, openTestDriver } from '../integration/load/graph-helpers.ts';

export const DATED_FIXTURE = fileURLToPath(new URL('../fixtures/trends/dated-arxiv.jsonl', import.meta.url));

export async function loadDatedFixture(): Promise<IngestRunResult> {
  const { driver, database } = await openTestDriver();
  try {
    await clearDatabase(driver, database);
    return await ingestPaths(driver, database, { paths: [DATED_FIXTURE], strict: true, batchSize: 500, force: false });
  } finally {
    await driver.close();
  }
}

export async function removeDatedFixture(): Promise<void> {
  const { driver, database } = await openTestDriver();
  try {
    await clearDatabase(driver, database);
  } finally {
    await driver.close();
  }
}
