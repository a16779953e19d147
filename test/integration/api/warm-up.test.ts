/**
 * The explorer warm-up (web/server/warm-up.ts): once the server listens, each explorer request runs once on the
 * best-attested entities, against the real corpus; with Neo4j unreachable it only logs, and the server serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';
import { ensureCorpusLoaded } from '../../helpers/corpus.ts';
import { logCollector } from '../../helpers/log-collector.ts';
import { testConnection, testDriver } from '../../helpers/neo4j.ts';
import { fetchJson, startTestServer } from '../../helpers/server.ts';

let driver: Driver;

beforeAll(async () => {
  await ensureCorpusLoaded();
  driver = testDriver();
}, 600_000);

afterAll(async () => {
  await driver?.close();
});

const endpoint = (path: string) => path.split('?')[0].split('/').slice(0, 3).join('/');

describe('explorer warm-up after listening', () => {
  it('runs each explorer request once on the entity most papers name, every one answered', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) RETURN labels(e) AS labels, e.key AS key ORDER BY e.paperCount DESC LIMIT 1',
      {},
      { database: testConnection().database },
    );
    const hubKey = records[0].get('key') as string;
    const log = logCollector();
    const server = await startTestServer({ warmUp: true, logStream: log.stream });
    try {
      const report = await server.warmUp;
      expect(report.error).toBeNull();
      expect(report.steps.map((step) => endpoint(step.path))).toEqual([
        '/api/neighbourhood',
        '/api/node',
        '/api/search',
        '/api/edge-papers',
        '/api/paths',
      ]);
      expect(report.steps[0].path.endsWith(`/${encodeURIComponent(hubKey)}`)).toBe(true);
      // On a loaded machine a cold hub may meet the explorer's time limit (504): that is the case warming is for,
      // and the answer is logged, not thrown. Every request reached the app and was answered.
      for (const step of report.steps) expect([200, 504], step.path).toContain(step.status);
      const warnings = log.lines.filter((line) => Number(line.level) === 40).map((line) => String(line.msg));
      const failed = report.steps.filter((step) => step.status !== 200);
      expect(warnings).toEqual(failed.map((step) => `explorer warm-up: GET ${step.path} answered ${step.status}`));
    } finally {
      await server.close();
    }
  });

  it('with Neo4j unreachable, logs the failure and leaves the server serving', async () => {
    const log = logCollector();
    const port = await freePort();
    const server = await startTestServer({
      connection: { ...testConnection(), uri: `bolt://127.0.0.1:${port}` },
      warmUp: true,
      logStream: log.stream,
    });
    try {
      const report = await server.warmUp;
      expect(report.steps).toEqual([]);
      expect(report.error).toBeTruthy();
      expect(log.lines.some((line) => Number(line.level) === 40 && /explorer warm-up failed/.test(String(line.msg)))).toBe(true);
      const health = await fetchJson(`${server.url}/api/health`);
      expect([200, 503]).toContain(health.status);
    } finally {
      await server.close();
    }
  });
});
