/**
 * Reader for daily-papers text dumps. Every variant seen in the wild: title, blank line, abstract;
 * title and abstract on adjacent lines; page chrome (also glued to the first title); a lone date
 * before the first paper (the listing date); optional "• N authors", "·", date [upvotes] after an
 * abstract. Titles and abstracts are told apart by their shape (looksLikeAbstract) and, when a
 * line is unclear, by what follows it.
 */
import { paperIdFromTitle } from './paper-id.ts';
import type { ListingRef, PaperRecord } from '../types.ts';
import { classifyDailyLine, looksLikeAbstract, type DailyLine } from './daily-lines.ts';
import type { FileWarnings } from './file-warnings.ts';
import { MAX_TITLE_CHARS, oversizeProblem } from './record-fields.ts';
import { isUndecodable, LineReadError, type LineProblem, type TextLine } from './text-lines.ts';

interface TextItem {
  text: string;
  line: number;
  problem: LineProblem | null;
}

interface PendingPaper {
  title: TextItem;
  abstract: TextItem | null;
  /** A title-like line right after the title: a short abstract, or the next title. */
  candidate: TextItem | null;
  listingDate: string | null;
  authors: number | null;
  date: string | null;
  upvotes: number | null;
  /** A "•"/"·" line followed the abstract: a bare date now is this paper's, not a new day's. */
  metadataSeen: boolean;
}

export interface DailyListing {
  key: string;
  path: string;
}

const preview = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

function abstractLike(item: TextItem): boolean {
  return item.problem === 'too-long' || looksLikeAbstract(item.text);
}

/** Line-by-line state machine; `push` returns the papers completed by that line. */
export class DailyParser {
  private pending: PendingPaper | null = null;
  /** An abstract-like line with no title before it, until the next line tells what it is. */
  private held: TextItem | null = null;
  private listingDate: string | null = null;
  private readonly done: PaperRecord[] = [];

  constructor(
    private readonly listing: DailyListing,
    private readonly warnings: FileWarnings,
  ) {}

  push(line: TextLine): PaperRecord[] {
    const kind = line.problem === 'too-long' ? null : classifyDailyLine(line.text);
    if (kind === null) this.onText({ text: '', line: line.line, problem: line.problem });
    else if (kind.kind === 'text') this.onText({ text: kind.text, line: line.line, problem: line.problem });
    else if (kind.kind === 'metadata') this.onMetadata(kind);
    else if (kind.kind === 'boilerplate') this.closePending();
    return this.done.splice(0);
  }

  end(): PaperRecord[] {
    this.closePending(' at end of file (truncated record?)');
    return this.done.splice(0);
  }

  private start(title: TextItem): void {
    this.pending = {
      title,
      abstract: null,
      candidate: null,
      listingDate: this.listingDate,
      authors: null,
      date: null,
      upvotes: null,
      metadataSeen: false,
    };
  }

  private onText(item: TextItem): void {
    if (this.held && this.resolveHeld(item)) return;
    const pending = this.pending;
    if (!pending || pending.abstract !== null) {
      if (abstractLike(item)) this.held = item;
      else {
        this.closePending();
        this.start(item);
      }
      return;
    }
    if (pending.candidate === null) {
      if (abstractLike(item)) pending.abstract = item;
      else pending.candidate = item;
      return;
    }
    const candidate = pending.candidate;
    if (abstractLike(item)) {
      // The candidate is a title with this abstract: the pending title had none.
      this.dropWithoutAbstract(pending, '');
      this.start(candidate);
      this.pending!.abstract = item;
    } else {
      pending.abstract = candidate;
      pending.candidate = null;
      this.closePending();
      this.start(item);
    }
  }

  /**
   * An abstract-like line where a title should be: if another abstract follows, it was a title that
   * reads like a sentence ("... with depth."); otherwise it is a paragraph without a title. Returns
   * whether `next` was consumed.
   */
  private resolveHeld(next: TextItem | null): boolean {
    const held = this.held!;
    this.held = null;
    if (next && abstractLike(next) && held.text.length <= MAX_TITLE_CHARS && held.problem === null) {
      this.closePending();
      this.start(held);
      this.pending!.abstract = next;
      return true;
    }
    const after = this.pending ? ` after "${preview(this.pending.title.text)}" (line ${this.pending.title.line})` : '';
    const what = held.problem === 'too-long' ? 'over-long line (not kept)' : `abstract-like paragraph ("${preview(held.text)}")`;
    this.warnings.warn(held.line, `${what}${after} without a title of its own; skipped`);
    return false;
  }

  /** A title-like line between a title and metadata/chrome/end is that title's (short) abstract. */
  private settleCandidate(): void {
    const pending = this.pending;
    if (pending && pending.abstract === null && pending.candidate) {
      pending.abstract = pending.candidate;
      pending.candidate = null;
    }
  }

  /**
   * Metadata lines. A bare date (no "•"/"·" before it) is a listing date: the page header, or a new
   * day in a dump of several days; after "• N authors" / "·" it is the paper's publication date.
   */
  private onMetadata(line: Extract<DailyLine, { kind: 'metadata' }>): void {
    if (this.held) this.resolveHeld(null);
    this.settleCandidate();
    const pending = this.pending;
    const date = line.date?.date ?? null;
    const bareDate = date !== null && !line.marked && !(pending?.metadataSeen && pending.date === null);
    if (!pending || bareDate) {
      if (pending) this.closePending();
      if (bareDate) this.listingDate = date;
      return;
    }
    if (pending.abstract === null) {
      this.dropWithoutAbstract(pending, '');
      this.pending = null;
      return;
    }
    pending.metadataSeen = true;
    if (line.authors !== null) pending.authors = line.authors;
    if (date !== null) pending.date = date;
    if (line.upvotes !== null) pending.upvotes = line.upvotes;
  }

  private dropWithoutAbstract(pending: PendingPaper, where: string): void {
    this.warnings.warn(pending.title.line, `title without abstract ("${preview(pending.title.text)}")${where}; skipped`);
  }

  private closePending(where = ''): void {
    if (this.held) this.resolveHeld(null);
    this.settleCandidate();
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (pending.abstract === null) {
      this.dropWithoutAbstract(pending, where);
      return;
    }
    const record = this.toRecord(pending, pending.abstract);
    if (record) this.done.push(record);
  }

  private toRecord(pending: PendingPaper, abstract: TextItem): PaperRecord | null {
    // Every undecodable line of the paper is named, not only the first.
    let undecodable = false;
    for (const item of [pending.title, abstract]) {
      if (!isUndecodable(item.problem)) continue;
      this.warnings.undecodable(item.line, item.problem);
      undecodable = true;
    }
    if (undecodable) return null;
    const broken = [pending.title, abstract].find((item) => item.problem !== null);
    if (broken?.problem === 'too-long') {
      this.warnings.warn(broken.line, `line too long to be a title or abstract; paper "${preview(pending.title.text)}" skipped`);
      return null;
    }
    const problem = oversizeProblem(pending.title.text, abstract.text);
    if (problem) {
      this.warnings.warn(pending.title.line, problem);
      return null;
    }
    const listing: ListingRef = {
      key: this.listing.key,
      path: this.listing.path,
      format: 'daily',
      date: pending.listingDate,
      line: pending.title.line,
    };
    return {
      id: paperIdFromTitle(pending.title.text),
      title: pending.title.text,
      abstract: abstract.text,
      authors: pending.authors,
      date: pending.date,
      upvotes: pending.upvotes,
      url: null,
      categories: [],
      sources: [listing],
    };
  }
}

export async function* readDaily(
  lines: AsyncIterable<TextLine>,
  listing: DailyListing,
  warnings: FileWarnings,
): AsyncGenerator<PaperRecord> {
  const parser = new DailyParser(listing, warnings);
  try {
    for await (const line of lines) yield* parser.push(line);
  } catch (error) {
    // Keep the papers completed before a read error (e.g. a cut .gz); the caller reports it.
    if (error instanceof LineReadError) yield* parser.end();
    throw error;
  }
  yield* parser.end();
}
