/** The Host check against DNS rebinding, the security headers on every answer, and no public source maps. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../web/server/security-headers.ts';
import { fakeClientDir, type FakeClientDir } from '../../helpers/client-dir.ts';
import { startTestServer, type TestServer } from '../../helpers/server.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the Host header is ours to choose. */
function rawRequest(url: string, path: string, options: { host?: string; method?: string; body?: string } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const headers: Record<string, string> = options.host === undefined ? {} : { host: options.host };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let client: FakeClientDir;
let server: TestServer;
let port: string;

beforeAll(async () => {
  client = fakeClientDir({ 'assets/app.js.map': '{"version":3,"sources":["secret.ts"]}' });
  process.env.PAPERGRAPH_ALLOWED_HOSTS = 'papers.example.lan, Graph.Local';
  try {
    server = await startTestServer({ clientDir: client.path });
  } finally {
    delete process.env.PAPERGRAPH_ALLOWED_HOSTS;
  }
  port = new URL(server.url).port;
});

afterAll(async () => {
  await server?.close();
  client.remove();
});

describe('Host check (DNS rebinding)', () => {
  it('accepts exactly localhost, 127.0.0.1 and [::1], with or without the port, and the configured names', async () => {
    const accepted = [
      `127.0.0.1:${port}`,
      '127.0.0.1',
      `localhost:${port}`,
      'LOCALHOST',
      `[::1]:${port}`,
      '[::1]',
      'papers.example.lan',
      `graph.local:${port}`,
    ];
    for (const host of accepted) {
      expect((await rawRequest(server.url, '/api/health', { host })).status, host).toBe(200);
    }
  });

  it('refuses every other name with 403, the console included', async () => {
    const refused = [
      '127.0.0.1.nip.io',
      `127.0.0.1.nip.io:${port}`,
      `127.1.2.3:${port}`,
      '127.0.0.1:80.evil.example',
      'localhost.evil.example',
      'evil.example',
      '::1',
      '[::1].evil',
      'papers.example.lan.evil',
    ];
    for (const host of refused) {
      const answer = await rawRequest(server.url, '/api/health', { host });
      expect(answer.status, host).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'forbidden_host' });
    }
    const console = await rawRequest(server.url, '/api/cypher', {
      host: `127.0.0.1.nip.io:${port}`,
      method: 'POST',
      body: '{"query":"RETURN 1"}',
    });
    expect(console.status).toBe(403);
    expect((await rawRequest(server.url, '/', { host: '127.0.0.1.nip.io' })).status).toBe(403);
  });
});

describe('security headers', () => {
  const cases: Array<[string, string, number]> = [
    ['API answer', '/api/health', 200],
    ['client page', '/', 200],
    ['client asset', '/assets/app.js', 200],
    ['SPA fallback', '/neighbourhood/Dataset/imagenet', 200],
    ['unknown API path', '/api/no-such-endpoint', 404],
    ['invalid input', '/api/search?limit=nope', 400],
  ];
  for (const [what, path, status] of cases) {
    it(`are on every answer: ${what}`, async () => {
      const answer = await rawRequest(server.url, path, { host: `127.0.0.1:${port}` });
      expect(answer.status).toBe(status);
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    });
  }

  it('are on a refusal by the Host check too', async () => {
    const answer = await rawRequest(server.url, '/api/health', { host: 'evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('source maps', () => {
  it('are not served even when the build directory has one', async () => {
    const answer = await rawRequest(server.url, '/assets/app.js.map', { host: `127.0.0.1:${port}` });
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('secret.ts');
  });

  it('are not produced by the client build', async () => {
    const { default: config } = await import('../../../vite.config.ts');
    const build = (config as { build?: { sourcemap?: unknown } }).build;
    expect(build?.sourcemap).toBe(false);
  });
});
