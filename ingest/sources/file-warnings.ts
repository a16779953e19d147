/**
 * The warnings of one input file. Every bad record gets its own warning naming its line (a file in another
 * encoding too: each of its bad lines is named), up to a cap so that a file that is wrong throughout cannot flood
 * stderr; past the cap one closing warning says how many more there were.
 */
import type { ReaderWarning } from '../types.ts';
import type { UndecodableProblem } from './text-lines.ts';

export type WarningHandler = (warning: ReaderWarning) => void;

export const MAX_WARNINGS_PER_FILE = 20;

const UNDECODABLE_MESSAGES: Record<UndecodableProblem, string> = {
  'invalid-utf8': 'not valid UTF-8 text (Latin-1 or another encoding?); record skipped',
  'nul-byte': 'NUL byte in the line (binary data, not text); record skipped',
};

export class FileWarnings {
  private emitted = 0;
  private suppressed = 0;

  constructor(
    readonly file: string,
    private readonly handler: WarningHandler,
  ) {}

  /** Number of problems reported for this file. */
  get count(): number {
    return this.emitted + this.suppressed;
  }

  warn(line: number | null, message: string): void {
    if (this.emitted >= MAX_WARNINGS_PER_FILE) {
      this.suppressed += 1;
      return;
    }
    this.emitted += 1;
    this.handler({ file: this.file, line, message });
  }

  /** A line that is not text (wrong encoding, NUL bytes): its record is lost, the rest of the file is read. */
  undecodable(line: number, problem: UndecodableProblem): void {
    this.warn(line, UNDECODABLE_MESSAGES[problem]);
  }

  /** Emit the closing warning; call once when the file is done. */
  close(): void {
    if (this.suppressed > 0) {
      this.handler({ file: this.file, line: null, message: `${this.suppressed} more warning(s) for this file not shown` });
    }
  }
}
