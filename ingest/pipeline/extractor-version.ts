import { EXTRACTOR_VERSION } from '../extract/index.ts';

/**
 * The extractor version stamped on every paper. PAPERGRAPH_EXTRACTOR_VERSION overrides it so a test (or an
 * operator) can force a full re-extraction without changing code.
 */
export function effectiveExtractorVersion(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PAPERGRAPH_EXTRACTOR_VERSION?.trim();
  return override ? override : EXTRACTOR_VERSION;
}
