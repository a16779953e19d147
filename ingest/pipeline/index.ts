/** The paper pipeline's public face: read + merge listings, extract in parallel, serialise. */
export {
  countPapers,
  readPapers,
  DEFAULT_BUFFER_LIMIT_BYTES,
  type PaperReader,
  type ReadPapersOptions,
  type ReadSummary,
} from './read-papers.ts';
export {
  extractPapers,
  extractRecords,
  WORKER_THRESHOLD,
  type ExtractionRun,
  type ExtractPapersOptions,
  type ExtractRecordsOptions,
} from './extract-papers.ts';
export { extractionLine, orderExtraction } from './serialise.ts';
export { exitCode, formatSummary, formatWarning, missingInputsLine } from './extract-command.ts';
