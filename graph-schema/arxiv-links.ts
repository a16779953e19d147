/** The pages arXiv serves for a paper, derived from its identifier (version-less: the latest version). */
export function arxivLinks(arxivId: string): { abs: string; pdf: string } {
  return { abs: `https://arxiv.org/abs/${arxivId}`, pdf: `https://arxiv.org/pdf/${arxivId}` };
}
