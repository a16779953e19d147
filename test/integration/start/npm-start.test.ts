import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';

/** Runs the real `npm start` entry (against the test Neo4j through NEO4J_URI) and waits for its URL. */
function startPapergraph(port: number): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['scripts/setup/start.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /papergraph is running: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1].replace(/\/\?token=.*$/, ''));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before serving:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe('npm start', () => {
  let running: ChildProcess | null = null;
  afterAll(() => {
    running?.kill('SIGKILL');
  });

  it('applies the schema, loads the bundled corpus when needed, serves the explorer, and stops on SIGINT', async () => {
    const port = await freePort();
    const app = startPapergraph(port);
    running = app.child;
    const url = await app.url;
    expect(url).toBe(`http://127.0.0.1:${port}`);

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { counts: Record<string, number> };
    expect(body.counts.Paper).toBeGreaterThan(300);
    expect(body.counts.Dataset).toBeGreaterThan(10);

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');

    const exited = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)));
    app.child.kill('SIGINT');
    expect(await exited).toBe(0);
    running = null;
    expect(app.output()).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+ \(database neo4j\); schema applied/);
  }, 600_000);
});
