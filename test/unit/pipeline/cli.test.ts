import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch } from '../sources/helpers.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run -s extract -- ARGS` without npm: the same runner the package script uses. */
function extract(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/setup/run.mjs', 'ingest/cli.ts', 'extract', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('extract command (child process)', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('data/daily-papers: stdout is only JSON lines, one per paper, in the contract shape', async () => {
    const { code, stdout, stderr } = await extract('data/daily-papers');
    expect(code).toBe(0);
    const papers = jsonLines(stdout);
    expect(papers).toHaveLength(373);
    expect(Object.keys(papers[0])).toEqual([
      'id',
      'title',
      'abstract',
      'sources',
      'authors',
      'date',
      'upvotes',
      'url',
      'categories',
      'methods',
      'concepts',
      'datasets',
      'tasks',
      'metrics',
      'hardware',
      'claims',
      'codeUrls',
      'results',
    ]);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(373);
    expect(papers.filter((paper) => (paper.sources as unknown[]).length > 1).length).toBeGreaterThan(0);
    expect(stderr).toMatch(/extract: 5 file\(s\), 443 records read, 373 papers, 70 duplicates merged, 0 warning\(s\)/);
    if (availableParallelism() > 1) expect(stderr).toMatch(/extract: \d+ worker thread\(s\) on \d+ core\(s\) for 373 papers/);
  }, 180_000);

  it('bad input: warnings with file:line on stderr, good papers on stdout; --strict exits 1', async () => {
    const good = JSON.stringify({ id: 'ok-1', title: 'Good Paper', abstract: 'A good abstract. It has two sentences.' });
    const path = dir.file('mixed.jsonl', `${good}\n{"title": oops}\n`);
    const lenient = await extract('--workers', '0', path);
    expect(lenient.code).toBe(0);
    expect(jsonLines(lenient.stdout).map((paper) => paper.id)).toEqual(['ok-1']);
    expect(lenient.stderr).toContain(`warning: ${path}:2: not valid JSON`);
    expect(lenient.stderr).toMatch(/1 records read, 1 papers, 0 duplicates merged, 1 warning\(s\)/);
    const strict = await extract('--strict', '--workers', '0', path);
    expect(strict.code).toBe(1);
    expect(jsonLines(strict.stdout)).toHaveLength(1);
  }, 60_000);

  it('--format overrides detection; no readable input exits 2', async () => {
    const path = dir.file('listing.data', 'Otter: A Title\n\nOtter is an abstract. It has two sentences and ends with a period.\n');
    const forced = await extract('--format', 'daily', '--workers', '0', path);
    expect(forced.code).toBe(0);
    expect(jsonLines(forced.stdout)).toEqual([
      expect.objectContaining({ title: 'Otter: A Title', sources: [expect.objectContaining({ format: 'daily', key: 'listing' })] }),
    ]);
    const missing = await extract(join(dir.dir, 'nothing-here.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('cannot read: no such file or directory');
    const badFormat = await extract('--format', 'xml', path);
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.stdout).toBe('');
  }, 60_000);

  it('a mistyped path among good ones exits 2 without --strict, naming it; the good papers are still written', async () => {
    const good = dir.file('good.jsonl', `${JSON.stringify({ id: 'ok-2', title: 'Kept Paper', abstract: 'It is kept. Two sentences.' })}\n`);
    const typo = join(dir.dir, 'god.jsonl');
    const run = await extract('--workers', '0', good, typo);
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout).map((paper) => paper.id)).toEqual(['ok-2']);
    expect(run.stderr).toContain(`warning: ${typo}: cannot read: no such file or directory`);
    expect(run.stderr).toContain(`extract: nothing read from ${typo} (no such file or directory): exit 2`);
  }, 60_000);
});
