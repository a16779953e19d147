/** Binding, access token and the client files served at `/`. */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, HealthResponse } from '../../../web/shared/api.ts';
import { fakeClientDir, type FakeClientDir } from '../../helpers/client-dir.ts';
import { fetchJson, startTestServer } from '../../helpers/server.ts';

let client: FakeClientDir;
let clientDir: string;

/** Raw HTTP, so the Host header and the exact path spelling are ours to choose. */
function rawGet(url: string, path: string, host?: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: host ? { host } : {} }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(() => {
  client = fakeClientDir();
  clientDir = client.path;
});

afterAll(() => client.remove());

describe('binding', () => {
  it('binds 127.0.0.1 by default and needs no token there', async () => {
    const server = await startTestServer({ host: undefined, clientDir });
    try {
      expect(new URL(server.url).hostname).toBe('127.0.0.1');
      expect(server.token).toBeNull();
      expect((await fetchJson(`${server.url}/api/health`)).status).toBe(200);
      expect(await rawGet(server.url, '/api/health', `localhost:${new URL(server.url).port}`)).toBe(200);
      // A page on another site reaching 127.0.0.1 through DNS rebinding sends its own host name.
      expect(await rawGet(server.url, '/api/health', 'evil.example:80')).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('binding elsewhere generates a token and demands it on every API call', async () => {
    const server = await startTestServer({ host: '0.0.0.0', clientDir });
    try {
      expect(server.token).toMatch(/^[\w-]{20,}$/);
      for (const path of ['/api/health', '/api/search?q=x', '/api/overview', '/api/no-such-endpoint']) {
        const { status, body } = await fetchJson<ApiErrorBody>(`${server.url}${path}`);
        expect(status, path).toBe(401);
        expect(body.error).toBe('unauthorized');
      }
      // The router decodes %61 to "a": an encoded path must not slip past the token check.
      expect(await rawGet(server.url, '/%61pi/health')).toBe(401);
      expect(await rawGet(server.url, '//api/health')).toBe(401);
      const refusedPost = await fetchJson(`${server.url}/api/cypher`, { body: { query: 'RETURN 1' } });
      expect(refusedPost.status).toBe(401);
      const wrong = await fetchJson(`${server.url}/api/health`, { headers: { authorization: 'Bearer wrong-token' } });
      expect(wrong.status).toBe(401);
      const bearer = await fetchJson<HealthResponse>(`${server.url}/api/health`, { headers: { authorization: `Bearer ${server.token}` } });
      expect(bearer.status).toBe(200);
      const query = await fetchJson(`${server.url}/api/search?q=image&token=${encodeURIComponent(server.token ?? '')}`);
      expect(query.status).toBe(200);
      const console = await fetchJson(`${server.url}/api/cypher`, {
        body: { query: 'RETURN 1 AS one' },
        headers: { authorization: `Bearer ${server.token}` },
      });
      expect(console.status).toBe(200);
      // The page itself loads without the token; it carries the token into its API calls.
      expect((await fetch(`${server.url}/`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('uses PAPERGRAPH_TOKEN when set', async () => {
    process.env.PAPERGRAPH_TOKEN = 'papergraph-test-token';
    try {
      const server = await startTestServer({ host: '0.0.0.0', clientDir });
      try {
        expect(server.token).toBe('papergraph-test-token');
        const ok = await fetchJson(`${server.url}/api/health?token=papergraph-test-token`);
        expect(ok.status).toBe(200);
      } finally {
        await server.close();
      }
    } finally {
      delete process.env.PAPERGRAPH_TOKEN;
    }
  });
});

describe('client files', () => {
  it('serves the built client at / with SPA fallback; unknown /api paths stay 404 JSON', async () => {
    const server = await startTestServer({ clientDir });
    try {
      for (const path of ['/', '/neighbourhood/Dataset/imagenet', '/some/deep/link?view=paths']) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(await response.text()).toContain('papergraph test client');
      }
      const asset = await fetch(`${server.url}/assets/app.js`);
      expect(asset.status).toBe(200);
      expect(await asset.text()).toContain('console.log');
      const api = await fetchJson<ApiErrorBody>(`${server.url}/api/nothing/here`);
      expect(api.status).toBe(404);
      expect(api.body.error).toBe('not_found');
    } finally {
      await server.close();
    }
  });

  it('says how to build the client when it is missing', async () => {
    const server = await startTestServer({ clientDir: join(clientDir, 'missing') });
    try {
      const { status, body } = await fetchJson<ApiErrorBody>(`${server.url}/`);
      expect(status).toBe(404);
      expect(body.message).toContain('npm run build');
    } finally {
      await server.close();
    }
  });
});
