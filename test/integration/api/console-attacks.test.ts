/**
 * The console's attack corpus (test/fixtures/console-attacks/attacks.json): every query is refused or cut off with
 * the status it names, none answers 500, and the counts per label and relationship type never change. The time
 * each took is printed, not asserted.
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CypherResponse } from '../../../web/shared/api.ts';
import { testConnection } from '../../helpers/neo4j.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';

interface Attack {
  category: string;
  name: string;
  query?: string;
  params?: Record<string, unknown>;
  /** Sends `$deep` as a list nested this many levels. */
  paramsNested?: number;
  /** Sent as the request body as it is (after expansion). */
  rawBody?: string;
  expect: { status: number[]; error?: string[]; truncated?: boolean };
}

const CORPUS_FILE = new URL('../../fixtures/console-attacks/attacks.json', import.meta.url);
const attacks = (JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as { attacks: Attack[] }).attacks;

/** `{{repeat:TEXT:N}}` stands for TEXT repeated N times, so oversized inputs stay short in the fixture. */
function expand(text: string): string {
  return text.replace(/\{\{repeat:(.*?):(\d+)\}\}/g, (_whole, unit: string, times: string) => unit.repeat(Number(times)));
}

function expandValues(value: unknown): unknown {
  if (typeof value === 'string') return expand(value);
  if (Array.isArray(value)) return value.map(expandValues);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, expandValues(item)]));
  return value;
}

function requestBody(attack: Attack): string {
  if (attack.rawBody !== undefined) return expand(attack.rawBody);
  const body = JSON.stringify({ query: expand(attack.query ?? ''), params: expandValues(attack.params ?? {}) });
  if (!attack.paramsNested) return body;
  // Written as text: JSON.stringify itself overflows the stack on a value nested thousands deep.
  const deep = `${'['.repeat(attack.paramsNested)}1${']'.repeat(attack.paramsNested)}`;
  return body.replace(/"params":\{\}\}$/, `"params":{"deep":${deep}}}`);
}

/** Nodes per label and relationships per type. */
async function countsByLabelAndType(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n) UNWIND labels(n) AS label RETURN 'label ' + label AS name, count(*) AS count
            UNION ALL MATCH ()-[r]->() RETURN 'type ' + type(r) AS name, count(*) AS count }
     RETURN name, count ORDER BY name`,
    {},
    { database: testConnection().database },
  );
  return Object.fromEntries(records.map((record) => [record.get('name') as string, record.get('count') as number]));
}

// The console's production time limit, so "within its limit" means what users get.
const api = useApiSuite({ server: { cypherTimeoutMs: 10_000 } });
let baseline: Record<string, number>;
const timings: Array<{ name: string; status: number; ms: number }> = [];

beforeAll(async () => {
  baseline = await countsByLabelAndType(api.driver);
});

afterAll(async () => {
  const width = Math.max(...timings.map((timing) => timing.name.length));
  process.stdout.write(
    `\nconsole attacks: ${timings.length} run\n${timings.map((t) => `  ${t.name.padEnd(width)}  ${t.status}  ${t.ms.toFixed(0).padStart(6)} ms`).join('\n')}\n`,
  );
});

describe('the console attack corpus', () => {
  it('holds at least 60 attacks across every category', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(60);
    expect(new Set(attacks.map((attack) => attack.category))).toEqual(
      new Set(['write', 'trick', 'multiple statements', 'admin', 'schema', 'procedure', 'resource', 'body']),
    );
  });

  it.each(attacks.map((attack) => [`${attack.category}: ${attack.name}`, attack] as const))('%s', async (name, attack) => {
    const started = performance.now();
    const response = await fetch(`${api.server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: requestBody(attack),
    });
    const text = await response.text();
    timings.push({ name, status: response.status, ms: performance.now() - started });
    expect(response.status).not.toBe(500);
    expect(attack.expect.status, text.slice(0, 300)).toContain(response.status);
    const body = JSON.parse(text) as ApiErrorBody & Partial<CypherResponse>;
    if (attack.expect.error) expect(attack.expect.error, body.message).toContain(body.error);
    if (attack.expect.truncated !== undefined) expect(body.truncated).toBe(attack.expect.truncated);
    if (response.status >= 400) expect(body.message.length).toBeGreaterThan(10);
    expect(await countsByLabelAndType(api.driver)).toEqual(baseline);
  });
});
