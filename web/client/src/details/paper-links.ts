/**
 * A paper's ways out and readable labels: arXiv abstract and PDF when its id (or `arxivId`) is an arXiv id, a DOI
 * link, and listings named by what they are ("Daily papers, 12 Mar 2024") rather than by their hashed file name.
 */
import type { ListingDTO, PaperDetail } from '../../../shared/api.ts';

/** New-style (2301.01234, 2301.01234v2) and old-style (cs.LG/0701001, hep-th/9901001) arXiv identifiers. */
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

export function arxivIdOf(paper: Pick<PaperDetail, 'key' | 'arxivId'>): string | null {
  const candidate = (paper.arxivId ?? paper.key).replace(/^arxiv:/i, '').trim();
  return ARXIV_ID.test(candidate) ? candidate : null;
}

export interface PaperLink {
  label: string;
  href: string;
}

export function paperLinks(paper: Pick<PaperDetail, 'key' | 'arxivId' | 'doi'>): PaperLink[] {
  const links: PaperLink[] = [];
  const arxiv = arxivIdOf(paper);
  if (arxiv) {
    links.push({ label: `arXiv ${arxiv}`, href: `https://arxiv.org/abs/${arxiv}` });
    links.push({ label: 'PDF', href: `https://arxiv.org/pdf/${arxiv}` });
  }
  if (paper.doi) links.push({ label: `DOI ${paper.doi}`, href: `https://doi.org/${encodeURI(paper.doi)}` });
  return links;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-12" -> "12 Mar 2024"; partial dates stay as they are. */
export function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}` : date;
}

/** A listing by what it is: its date when known, else its file name without the hash and extension. */
export function readableListing(listing: Pick<ListingDTO, 'name' | 'date'>): string {
  const base = listing.name
    .replace(/\.(txt|jsonl|json|csv)(\.gz)?$/i, '')
    .replace(/[_-]?[0-9a-f]{12,}$/i, '')
    .replace(/^\d{1,4}$/, '');
  const kind =
    base
      .replace(/^\d+[_-]?/, '')
      .replace(/[_-]+/g, ' ')
      .trim() || 'Daily papers';
  return listing.date
    ? `${kind[0].toUpperCase()}${kind.slice(1)}, ${readableDate(listing.date)}`
    : `${kind[0].toUpperCase()}${kind.slice(1)} (${listing.name})`;
}

/** "A, B, C and 12 others". */
export function authorLine(authors: readonly string[], shown = 6): string {
  if (authors.length <= shown) return authors.length > 1 ? `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}` : (authors[0] ?? '');
  return `${authors.slice(0, shown).join(', ')} and ${authors.length - shown} others`;
}
