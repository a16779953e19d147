/** The extractor the pipeline runs (in-process and in every worker thread). */
export { extractPaper } from '../extract/index.ts';
