/**
 * Limits on what a console query may look like, checked before Neo4j sees it: Neo4j's parser overflows its stack
 * on a few hundred nested brackets and then does not answer at all, and the driver cannot encode parameters nested
 * thousands deep. Text inside string literals and comments does not count towards nesting.
 */
import { ApiError } from '../errors.ts';

export interface QueryShapeLimits {
  /** Characters of query text. */
  maxQueryLength: number;
  /** Brackets of any kind open at once: ( [ {. */
  maxNesting: number;
  /** Levels of lists and maps inside `params`. */
  maxParamsDepth: number;
}

export const DEFAULT_QUERY_SHAPE_LIMITS: QueryShapeLimits = { maxQueryLength: 10_000, maxNesting: 64, maxParamsDepth: 32 };

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

/** The deepest bracket nesting in the query, outside literals and comments. */
export function bracketDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < query.length; ) {
    const next = skipLiteral(query, index);
    if (next !== index) {
      index = next;
      continue;
    }
    if (OPENERS.has(query[index])) deepest = Math.max(deepest, ++depth);
    else if (CLOSERS.has(query[index])) depth = Math.max(0, depth - 1);
    index++;
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
    throw new ApiError(400, 'query_too_large', `The query is ${query.length.toLocaleString('en')} characters long; the console accepts at most ${limits.maxQueryLength.toLocaleString('en')}.`);
  }
  const depth = bracketDepth(query);
  if (depth > limits.maxNesting) {
    throw new ApiError(400, 'query_too_deep', `The query nests brackets ${depth} deep; the console accepts at most ${limits.maxNesting} levels.`);
  }
  for (const [name, value] of Object.entries(params)) {
    const paramDepth = valueDepth(value, limits.maxParamsDepth + 1);
    if (paramDepth > limits.maxParamsDepth) {
      throw new ApiError(400, 'params_too_deep', `The parameter $${name} nests lists or maps more than ${limits.maxParamsDepth} levels deep; the console accepts at most ${limits.maxParamsDepth}.`);
    }
  }
}
