/**
 * The managed Neo4j cannot reach the network from Cypher: LOAD CSV from an http: URL is refused before any
 * connection is made. The target is a server this test runs on loopback, so if a Neo4j upgrade dropped the
 * blocklist setting, the request would arrive there and the test would fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../../helpers/neo4j.ts';

let server: Server;
let port: number;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.setHeader('content-type', 'text/csv');
    response.end('name\nexfiltrated\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('LOAD CSV egress from the managed Neo4j', () => {
  it('the local server answers a direct request (the probe works)', async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/probe.csv`);
    expect(await answer.text()).toContain('exfiltrated');
    expect(received.splice(0)).toEqual(['GET /probe.csv']);
  });

  for (const url of ['http://127.0.0.1:PORT/x.csv', 'http://localhost:PORT/x.csv', 'http://[::1]:PORT/x.csv']) {
    it(`refuses LOAD CSV FROM '${url}' as a direct driver query, and nothing reaches the server`, async () => {
      const connection = testConnection();
      const driver = testDriver();
      try {
        const query = `LOAD CSV FROM '${url.replace('PORT', String(port))}' AS row RETURN row`;
        await expect(driver.executeQuery(query, {}, { database: connection.database })).rejects.toThrow(/blocked|not allowed|IP/i);
      } finally {
        await driver.close();
      }
      expect(received).toEqual([]);
    });
  }
});
