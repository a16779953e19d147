/**
 * One e2e file's world: the built client served by a real API server over the bundled corpus in the test
 * Neo4j, one headless Chromium page at 1280×800, and a driver for asking the database what to expect.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { ensureCorpusLoaded } from '../helpers/corpus.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { launchBrowser, type BrowserSession } from '../helpers/browser.ts';
import { ensureClientBuilt } from '../../scripts/client-build.ts';

export interface ExplorerSession {
  server: TestServer;
  browser: BrowserSession;
  /** Read query against the test database, rows as plain objects. */
  read<T>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

export async function startExplorerSession(): Promise<ExplorerSession> {
  ensureClientBuilt();
  await ensureCorpusLoaded();
  const driver: Driver = testDriver();
  const server = await startTestServer();
  const browser = await launchBrowser({ width: 1280, height: 800 });
  browser.page.setDefaultTimeout(60_000);
  return {
    server,
    browser,
    async read<T>(query: string, params: Record<string, unknown> = {}) {
      const { records } = await driver.executeQuery(query, params, { database: testConnection().database, routing: 'READ' });
      return records.map((record) => record.toObject() as T);
    },
    async close() {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/**
 * Registers a file's hooks: one session for all its cases (handed to `adopt`), closed at the end, and no page or
 * console error in any case (the session collects them).
 */
export function useExplorerSession(adopt: (session: ExplorerSession) => void): void {
  let session: ExplorerSession | undefined;
  beforeAll(async () => {
    session = await startExplorerSession();
    adopt(session);
  }, 600_000);
  afterEach(() => {
    expect(session?.browser.errors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
  });
}
