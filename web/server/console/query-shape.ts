/**
 * Limits on what a console query may look like, checked before Neo4j sees it: Neo4j's parser overflows its stack
 * on a few hundred nested brackets and then does not answer at all, and the driver cannot encode parameters nested
 * thousands deep. Text inside string literals and comments does not count.
 *
 * `range()` with literal (or parameter) bounds is capped too: a list built inside one expression
 * (`[x IN range(1, 100000000) | x]`) escapes Neo4j's transaction memory tracking and does not check for
 * termination, so it fills the heap and stalls the whole server in garbage collection for a minute.
 */
import { ApiError } from '../errors.ts';

export interface QueryShapeLimits {
  /** Characters of query text. */
  maxQueryLength: number;
  /** Brackets of any kind open at once: ( [ {. */
  maxNesting: number;
  /** Levels of lists and maps inside `params`. */
  maxParamsDepth: number;
  /** Numbers in one `range()`, and in all of a query's `range()`s multiplied (they may nest). */
  maxRangeSize: number;
  maxRangeProduct: number;
}

export const DEFAULT_QUERY_SHAPE_LIMITS: QueryShapeLimits = {
  maxQueryLength: 10_000,
  maxNesting: 64,
  maxParamsDepth: 32,
  maxRangeSize: 1_000_000,
  maxRangeProduct: 10_000_000,
};

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** Index just past a string literal, quoted name or comment starting at `start`, or `start` when none starts there. */
function skipLiteral(query: string, start: number): number {
  const char = query[start];
  if (char === '/' && query[start + 1] === '/') {
    const end = query.indexOf('\n', start);
    return end === -1 ? query.length : end + 1;
  }
  if (char === '/' && query[start + 1] === '*') {
    const end = query.indexOf('*/', start + 2);
    return end === -1 ? query.length : end + 2;
  }
  if (char !== '"' && char !== "'" && char !== '`') return start;
  for (let index = start + 1; index < query.length; index++) {
    if (query[index] === '\\' && char !== '`') index++;
    else if (query[index] === char) return index + 1;
  }
  return query.length;
}

/** The query with string literals, quoted names and comments blanked out, so only Cypher itself is looked at. */
export function codeOnly(query: string): string {
  let code = '';
  for (let index = 0; index < query.length;) {
    const next = skipLiteral(query, index);
    if (next !== index) {
      code += ' ';
      index = next;
    } else code += query[index++];
  }
  return code;
}

const INTEGER = String.raw`-?\s*(?:0x[0-9a-f_]+|0o[0-7_]+|[0-9_]+)|\$\w+`;
const RANGE_CALL = new RegExp(String.raw`\brange\s*\(\s*(${INTEGER})\s*,\s*(${INTEGER})\s*(?:,\s*(${INTEGER})\s*)?\)`, 'gi');

function integerValue(text: string, params: Record<string, unknown>): number | null {
  const compact = text.replace(/[\s_]/g, '').toLowerCase();
  if (compact.startsWith('$')) {
    const value = params[compact.slice(1)];
    return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
  }
  const negative = compact.startsWith('-');
  const digits = negative ? compact.slice(1) : compact;
  const value = digits.startsWith('0x')
    ? parseInt(digits.slice(2), 16)
    : digits.startsWith('0o')
      ? parseInt(digits.slice(2), 8)
      : Number(digits);
  return negative ? -value : value;
}

/** How many numbers each `range()` with known bounds yields (bounds that are expressions are not known). */
export function rangeSizes(query: string, params: Record<string, unknown>): number[] {
  const sizes: number[] = [];
  for (const match of codeOnly(query).matchAll(RANGE_CALL)) {
    const [start, end, step = 1] = [match[1], match[2], match[3]].map((part) =>
      part === undefined ? undefined : integerValue(part, params),
    );
    if (start === null || end === null || step === null || start === undefined || end === undefined || step === 0) continue;
    sizes.push(Math.max(0, Math.floor((end - start) / step) + 1));
  }
  return sizes;
}

/** The deepest bracket nesting in the query, outside literals and comments. */
export function bracketDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of codeOnly(query)) {
    if (OPENERS.has(char)) deepest = Math.max(deepest, ++depth);
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** How many levels of lists and maps a parameter value has; stops counting past `limit`. */
export function valueDepth(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, valueDepth(item, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

/** Throws a 400 naming the limit when the query text or its parameters are beyond it. */
export function checkQueryShape(query: string, params: Record<string, unknown>, limits: QueryShapeLimits): void {
  if (query.length > limits.maxQueryLength) {
    throw new ApiError(
      400,
      'query_too_large',
      `The query is ${query.length.toLocaleString('en')} characters long; the console accepts at most ${limits.maxQueryLength.toLocaleString('en')}.`,
    );
  }
  const depth = bracketDepth(query);
  if (depth > limits.maxNesting) {
    throw new ApiError(
      400,
      'query_too_deep',
      `The query nests brackets ${depth} deep; the console accepts at most ${limits.maxNesting} levels.`,
    );
  }
  const sizes = rangeSizes(query, params);
  const largest = Math.max(0, ...sizes);
  if (largest > limits.maxRangeSize) {
    throw new ApiError(
      400,
      'query_too_large',
      `A range() of ${largest.toLocaleString('en')} numbers is more than the console builds (at most ${limits.maxRangeSize.toLocaleString('en')}).`,
    );
  }
  const product = sizes.reduce((total, size) => total * Math.max(1, size), 1);
  if (sizes.length > 1 && product > limits.maxRangeProduct) {
    throw new ApiError(
      400,
      'query_too_large',
      `The query's range() calls together span ${product.toLocaleString('en')} combinations; the console allows at most ${limits.maxRangeProduct.toLocaleString('en')}.`,
    );
  }
  for (const [name, value] of Object.entries(params)) {
    const paramDepth = valueDepth(value, limits.maxParamsDepth + 1);
    if (paramDepth > limits.maxParamsDepth) {
      throw new ApiError(
        400,
        'params_too_deep',
        `The parameter $${name} nests lists or maps more than ${limits.maxParamsDepth} levels deep; the console accepts at most ${limits.maxParamsDepth}.`,
      );
    }
  }
}
