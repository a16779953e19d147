export { resolveCorpus, DOMINANT_SHARE, type CorpusReport, type CorpusResolution, type AmbiguousAcronym } from './resolve.ts';
export { CorpusMemory, type KnownEntity } from './memory.ts';
export { foldKey, surfaceKey, cleanLatex, isAcronymSurface } from './fold.ts';
