/** The extractor the pipeline runs (in-process and in every worker thread). */
export { EXTRACTOR_VERSION, extractPaper } from '../extract/index.ts';
