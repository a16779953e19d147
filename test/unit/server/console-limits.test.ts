/** The console's checks that need no database: query shape, plan refusal of plugin functions, memory sizing. */
import type { ResultSummary } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { transactionMemoryLimits, jvmSizeBytes } from '../../../platform/neo4j/memory-limits.ts';
import { ApiError } from '../../../web/server/errors.ts';
import { AnswerBudget } from '../../../web/server/console/answer-budget.ts';
import { foreignFunctions, refusalReason } from '../../../web/server/console/guard.ts';
import {
  bracketDepth,
  checkQueryShape,
  DEFAULT_QUERY_SHAPE_LIMITS,
  rangeSizes,
  valueDepth,
} from '../../../web/server/console/query-shape.ts';

function shapeError(query: string, params: Record<string, unknown> = {}): ApiError | null {
  try {
    checkQueryShape(query, params, DEFAULT_QUERY_SHAPE_LIMITS);
    return null;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
}

describe('query shape', () => {
  it('counts bracket nesting outside strings and comments', () => {
    expect(bracketDepth("RETURN '((((' + ((1)) // ((((\n")).toBe(2);
    expect(bracketDepth('MATCH (n) WHERE n.x IN [1, [2, {a: (3)}]] RETURN n /* ((( */')).toBe(4);
  });

  it('refuses the 813-character query of 400 nested parentheses before Neo4j parses it', () => {
    const query = `RETURN ${'('.repeat(400)}1${')'.repeat(400)}`;
    expect(query.length).toBeGreaterThan(800);
    expect(shapeError(query)).toMatchObject({ statusCode: 400, error: 'query_too_deep' });
  });

  it('refuses long texts, parameters nested 9,000 deep and huge literal ranges, and lets ordinary queries through', () => {
    expect(shapeError(`RETURN 1 ${' '.repeat(10_001)}`)).toMatchObject({ statusCode: 400, error: 'query_too_large' });
    const deep = shapeError('RETURN $p', { p: nested(9_000) });
    expect(deep).toMatchObject({ statusCode: 400, error: 'params_too_deep' });
    expect(deep?.message).toContain('$p');
    expect(shapeError('RETURN size([x IN range(1, 100000000) | x]) AS c')).toMatchObject({ error: 'query_too_large' });
    expect(shapeError('UNWIND range(1, $n) AS i RETURN i', { n: 5e8 })).toMatchObject({ error: 'query_too_large' });
    expect(shapeError('UNWIND range(1, 10000) AS i UNWIND range(1, 10000) AS j RETURN count(*)')).toMatchObject({
      error: 'query_too_large',
    });
    expect(
      shapeError("MATCH (n:Paper) WHERE n.title CONTAINS 'range(1, 100000000)' RETURN [i IN range(0, size(n.title) - 1) | i][0..3]"),
    ).toBeNull();
    expect(shapeError('RETURN $p', { p: nested(20) })).toBeNull();
  });

  it('reads range sizes from literals and parameters only', () => {
    expect(rangeSizes('RETURN range(1, 10), range(0, $n, 2), range(0, size(x)), range(0x10, 1_000)', { n: 10 })).toEqual([10, 6, 985]);
    expect(valueDepth(nested(50), 33)).toBe(34);
  });
});

function plan(operatorType: string, details: string, children: unknown[] = []): unknown {
  return { operatorType: `${operatorType}@neo4j`, arguments: { Details: details }, identifiers: [], children };
}

function summaryOf(root: unknown, queryType = 'r'): ResultSummary {
  return { plan: root, queryType } as unknown as ResultSummary;
}

describe('plan refusal', () => {
  it('refuses plugin functions wherever they appear in the plan, even when the query type says read', () => {
    const loader = plan('ProduceResults', 'value', [plan('Projection', 'apoc.load.json($autostring_0) AS value', [plan('Argument', '')])]);
    expect(refusalReason(summaryOf(loader))).toMatch(/function apoc\.load\.json is not allowed/);
    const deep = plan('ProduceResults', 'n', [
      plan('Filter', '`apoc`.`text`.`join`(n.aliases, $autostring_0) = $autostring_1', [plan('NodeByLabelScan', 'n:Paper')]),
    ]);
    expect(refusalReason(summaryOf(deep))).toMatch(/apoc\.text\.join/);
  });

  it('refuses procedures outside the allow-list, and plugin functions in an allowed procedure’s arguments', () => {
    const loader = plan('ProduceResults', 'value', [plan('ProcedureCall', 'apoc.load.jsonParams($url, null, null) :: (value :: MAP)')]);
    expect(refusalReason(summaryOf(loader))).toMatch(/procedure apoc\.load\.jsonParams is not allowed/);
    const smuggled = plan('ProduceResults', 'node', [
      plan('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, gds.util.asNode($x)) :: (node :: NODE, score :: FLOAT)'),
    ]);
    expect(refusalReason(summaryOf(smuggled))).toMatch(/gds\.util\.asNode/);
  });

  it("accepts Cypher's own namespaced functions and property access", () => {
    expect(
      foreignFunctions('n.date > toString(date.truncate($autostring_0, date())) AND point.distance(a, b) < 1 AND n.key IN $list'),
    ).toEqual([]);
    expect(foreignFunctions('vector.similarity.cosine(n.embedding, $v) AS score, duration.inDays(a, b) AS d')).toEqual([]);
    const allowed = plan('ProduceResults', 'label', [plan('ProcedureCall', 'db.labels() :: (label :: STRING)')]);
    expect(refusalReason(summaryOf(allowed))).toBeNull();
  });
});

describe('answer budget', () => {
  it('cuts long strings and stops admitting rows at the byte cap', () => {
    const budget = new AnswerBudget({ maxAnswerBytes: 10_000, maxValueChars: 100 });
    const shortened = budget.shortenValue({ text: 'x'.repeat(5_000), list: ['y'.repeat(50)] }) as { text: string; list: string[] };
    expect(shortened.text.startsWith('x'.repeat(100))).toBe(true);
    expect(shortened.text).toContain('4,900 more characters not shown');
    expect(shortened.list[0]).toBe('y'.repeat(50));
    let admitted = 0;
    while (budget.admitRow([shortened.text])) admitted++;
    expect(admitted).toBeGreaterThan(0);
    expect(admitted * JSON.stringify([shortened.text]).length).toBeLessThanOrEqual(10_000);
    expect(budget.reasons().join(' ')).toMatch(/Rows stop at .* MB of answer.*1 value\(s\) longer than 100 characters/);
  });
});

describe('transaction memory limits', () => {
  it('sizes a quarter of the heap per transaction and 70 % for all of them', () => {
    expect(jvmSizeBytes('2g')).toBe(2 * 1024 ** 3);
    expect(transactionMemoryLimits('2g')).toEqual({ perTransaction: '512m', total: '1433m' });
    expect(transactionMemoryLimits('768m')).toEqual({ perTransaction: '192m', total: '537m' });
    expect(() => transactionMemoryLimits('two gigs')).toThrow(/PAPERGRAPH_NEO4J_HEAP "two gigs"/);
  });
});
