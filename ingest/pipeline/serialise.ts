/**
 * The `npm run -s extract` line: PaperExtraction with its keys in the contract's order (ingest/types.ts,
 * issue 3), whatever order the extractor built its objects in. Unknown extra keys follow the known ones.
 */
import type { PaperExtraction } from '../types.ts';

type Shape = { keys: string[]; children?: Record<string, Shape> };

const EVIDENCE: Shape = { keys: ['field', 'start', 'end'] };
const ENTITY: Shape = { keys: ['name', 'aliases', 'evidence'], children: { evidence: EVIDENCE } };
const WITH_ROLE: Shape = { keys: ['name', 'aliases', 'role', 'evidence'], children: { evidence: EVIDENCE } };

const EXTRACTION: Shape = {
  keys: ['id', 'title', 'abstract', 'sources', 'authors', 'date', 'upvotes', 'methods', 'concepts', 'datasets', 'tasks', 'metrics', 'hardware', 'claims', 'codeUrls', 'results'],
  children: {
    sources: { keys: ['key', 'path', 'format', 'date', 'line'] },
    methods: WITH_ROLE,
    concepts: ENTITY,
    datasets: WITH_ROLE,
    tasks: ENTITY,
    metrics: ENTITY,
    hardware: { keys: ['name', 'count', 'surface', 'evidence'], children: { evidence: EVIDENCE } },
    claims: {
      keys: ['text', 'start', 'end', 'numbers', 'mentions'],
      children: { numbers: { keys: ['raw', 'value', 'unit'] }, mentions: { keys: ['type', 'name'] } },
    },
    results: { keys: ['text', 'raw', 'value', 'unit', 'kind', 'metric', 'dataset', 'subject', 'baseline', 'higherIsBetter', 'start', 'end'] },
  },
};

function order(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.map((item) => order(item, shape));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of shape.keys) {
    if (!(key in source)) continue;
    const child = shape.children?.[key];
    ordered[key] = child ? order(source[key], child) : source[key];
  }
  for (const key of Object.keys(source)) if (!(key in ordered)) ordered[key] = source[key];
  return ordered;
}

export function orderExtraction(extraction: PaperExtraction): PaperExtraction {
  return order(extraction, EXTRACTION) as PaperExtraction;
}

export function extractionLine(extraction: PaperExtraction): string {
  return `${JSON.stringify(orderExtraction(extraction))}\n`;
}
