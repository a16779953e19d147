/**
 * The `npm run -s extract` line: PaperExtraction with its keys in the contract's order (ingest/types.ts and the
 * entity-kind registry, issue 3), whatever order the extractor built its objects in. Unknown extra keys follow the known ones.
 */
import { ENTITY_FIELDS, ENTITY_KIND_NAMES, ENTITY_KINDS, type EntityKind, type EntityKindSpec } from '../../graph-schema/entity-kinds.ts';
import { EXTRACTION_RECORD_FIELDS, EXTRACTION_TRAILING_FIELDS, type PaperExtraction } from '../types.ts';

type Shape = { keys: readonly string[]; children?: Record<string, Shape> };

const EVIDENCE: Shape = { keys: ['field', 'start', 'end'] };
const RECOGNITION = ['recognisedBy', 'confidence', 'typeVotes'];

/** A kind's mention keys from its registry entry: counted kinds state a count and surface, others roles if any. */
function mentionShape(kind: EntityKind): Shape {
  const entry: EntityKindSpec = ENTITY_KINDS[kind];
  if (entry.counted) return { keys: ['name', 'count', 'surface', 'evidence', ...RECOGNITION], children: { evidence: EVIDENCE } };
  const hasRoles = entry.mentions.some((mention) => mention.role !== null);
  const keys = hasRoles ? ['name', 'aliases', 'role', 'evidence'] : ['name', 'aliases', 'evidence'];
  return { keys: [...keys, ...RECOGNITION], children: { evidence: EVIDENCE } };
}

const EXTRACTION: Shape = {
  keys: [...EXTRACTION_RECORD_FIELDS, ...ENTITY_FIELDS, ...EXTRACTION_TRAILING_FIELDS],
  children: {
    sources: { keys: ['key', 'path', 'format', 'date', 'line'] },
    ...Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [ENTITY_KINDS[kind].field, mentionShape(kind)])),
    claims: {
      keys: ['text', 'start', 'end', 'numbers', 'mentions'],
      children: { numbers: { keys: ['raw', 'value', 'unit'] }, mentions: { keys: ['type', 'name'] } },
    },
    results: {
      keys: ['text', 'raw', 'value', 'unit', 'kind', 'metric', 'dataset', 'subject', 'baseline', 'higherIsBetter', 'start', 'end'],
    },
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
