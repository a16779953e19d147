import { describe, expect, it } from 'vitest';
import { cleanLatex, foldKey, isAcronymSurface, surfaceKey } from '../../../../ingest/extract/corpus/index.ts';
import { identitySurfaces, meaningSignature } from '../../../../ingest/extract/corpus/fold.ts';
import { oneEditApart } from '../../../../ingest/extract/corpus/misspellings.ts';

describe('corpus keys', () => {
  it('folds plurals, case, hyphens and English plural endings to one key', () => {
    expect(foldKey('Gaussian Processes')).toBe(foldKey('Gaussian process'));
    expect(foldKey('accuracies')).toBe(foldKey('Accuracy'));
    expect(foldKey('feed-forward network')).toBe(foldKey('Feed Forward Networks'));
  });

  it('undoes LaTeX artefacts', () => {
    expect(cleanLatex('D{\\epsilon}pS')).toBe('DεpS');
    expect(surfaceKey('D{\\epsilon}pS')).toBe(surfaceKey('DεpS'));
    expect(cleanLatex('4{times} faster')).toBe('4× faster');
  });

  it('keys acronyms by their letters and case, proper names like any name', () => {
    expect(isAcronymSurface('GNNs')).toBe(true);
    expect(isAcronymSurface('LLaMA')).toBe(true);
    expect(isAcronymSurface('ImageNet')).toBe(false);
    expect(surfaceKey('GNNs')).toBe(surfaceKey('GNN'));
    expect(surfaceKey('MoS')).not.toBe(surfaceKey('MOS'));
    expect(surfaceKey('ImageNet-1K')).not.toBe(surfaceKey('ImageNet-21K'));
  });

  it('keeps headed forms, bare heads and truncations out of what identifies a thing', () => {
    expect(identitySurfaces(['GNNs', 'GNN architecture'])).toEqual(['GNNs']);
    expect(identitySurfaces(['multi-class classification', 'classification'])).toEqual(['multi-class classification']);
    expect(identitySurfaces(['Neural Radiance Fields', 'Neural'])).toEqual(['Neural Radiance Fields']);
  });

  it('gives two spellings of one meaning one signature, and two meanings two', () => {
    expect(meaningSignature('General Matrix Multiplication')).toBe(meaningSignature('general matrix multiply'));
    expect(meaningSignature('language model')).not.toBe(meaningSignature('language modeling'));
    expect(meaningSignature('Gaussian process')).not.toBe(meaningSignature('genetic programming'));
  });

  it('counts one edit apart', () => {
    expect(oneEditApart('descent', 'decent')).toBe(true);
    expect(oneEditApart('descent', 'desectn')).toBe(false);
    expect(oneEditApart('graph', 'grpah')).toBe(true);
  });
});
