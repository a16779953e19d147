import { describe, expect, it } from 'vitest';
import { extractCodeUrls, trimUrl } from '../../../ingest/extract/code-urls.ts';

const urls = (abstract: string) => extractCodeUrls({ abstract });

describe('extractCodeUrls', () => {
  it('trims the sentence full stop', () => {
    expect(urls('Source code is available: https://github.com/dbsxodud-11/ls_gfn.')).toEqual(['https://github.com/dbsxodud-11/ls_gfn']);
  });

  it('adds the scheme to a bare repository host', () => {
    expect(urls('The source code and compressed models are available at github.com/IST-DASLab/qmoe.')).toEqual([
      'https://github.com/IST-DASLab/qmoe',
    ]);
  });

  it('trims unbalanced closing brackets, LaTeX leftovers and keeps balanced ones', () => {
    expect(urls('(code: https://github.com/NVlabs/gbrl).')).toEqual(['https://github.com/NVlabs/gbrl']);
    expect(urls('Code at \\url{https://github.com/HCPLab-SYSU/SKT}.')).toEqual(['https://github.com/HCPLab-SYSU/SKT']);
    expect(urls('Code: https://anonymous.4open.science/r/TangleNAS-527C{here}')).toEqual([
      'https://anonymous.4open.science/r/TangleNAS-527C',
    ]);
    expect(trimUrl('https://en.wikipedia.org/wiki/Foo_(bar))')).toBe('https://en.wikipedia.org/wiki/Foo_(bar)');
  });

  it('accepts other code hosts and deduplicates', () => {
    const abstract =
      'Code: https://gitlab.com/a/b and https://huggingface.co/org/model and https://gitee.com/mindspore/models/tree/master/research/cv/vanillanet. Again: https://gitlab.com/a/b/.';
    expect(urls(abstract)).toEqual([
      'https://gitlab.com/a/b',
      'https://huggingface.co/org/model',
      'https://gitee.com/mindspore/models/tree/master/research/cv/vanillanet',
    ]);
  });

  it('takes other sites only when the sentence says they hold code', () => {
    expect(urls('See the project page at https://seaweed.video/')).toEqual([]);
    expect(urls('Project page can be found at https://medm2023.github.io')).toEqual([]);
    expect(urls('Our implementation is available at https://example.org/ours.')).toEqual(['https://example.org/ours']);
  });
});
