/**
 * Extraction of one paper: one compromise parse (buildContext) shared by every extractor, then entities,
 * hardware, claims and code URLs. Pure: the same record always gives the same extraction.
 */
import type { PaperExtraction, PaperRecord } from '../types.ts';
import { extractClaims } from './claims.ts';
import { extractCodeUrls } from './code-urls.ts';
import { buildContext } from './context.ts';
import { extractEntities } from './entities/index.ts';
import { extractHardware } from './hardware.ts';
import { extractResults } from './results.ts';

/**
 * Bump when a rule or lexicon changes what is extracted, so stored extractions can be told apart.
 * MAJOR: output shape, MINOR: new kinds of facts, PATCH: rule and lexicon tuning.
 */
const EXTRACTOR_SEMVER = '1.5.0';
export const EXTRACTOR_VERSION = `papergraph-extract/${EXTRACTOR_SEMVER}`;

export function extractPaper(record: PaperRecord): PaperExtraction {
  const ctx = buildContext(record);
  const entities = extractEntities(ctx);
  const hardware = extractHardware(ctx);
  const claims = extractClaims(ctx, entities, hardware);
  const codeUrls = extractCodeUrls(ctx);
  const results = extractResults(claims, entities, hardware);
  // The JSON line's key order is serialise.ts's job (from the registry); here the record's fields travel on.
  return {
    id: record.id,
    title: record.title,
    abstract: record.abstract,
    sources: record.sources,
    authors: record.authors,
    date: record.date,
    upvotes: record.upvotes,
    url: record.url,
    categories: record.categories,
    ...(record.metadata ? { metadata: record.metadata } : {}),
    ...entities,
    hardware,
    claims,
    codeUrls,
    results,
  };
}

export { buildContext } from './context.ts';
export type { ExtractionContext } from './context.ts';
