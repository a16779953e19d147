/**
 * The warnings of one input file. Every bad record gets its own warning, up to a cap so that a
 * file that is wrong throughout cannot flood stderr; lines that are not UTF-8 are reported in one
 * warning per file because they usually come from one wrong encoding, not from many bad records.
 */
import type { ReaderWarning } from '../types.ts';

export type WarningHandler = (warning: ReaderWarning) => void;

export const MAX_WARNINGS_PER_FILE = 20;

export class FileWarnings {
  private emitted = 0;
  private suppressed = 0;
  private readonly invalidUtf8Lines: number[] = [];
  private invalidUtf8Count = 0;

  constructor(
    readonly file: string,
    private readonly handler: WarningHandler,
  ) {}

  /** Number of problems reported or pending for this file. */
  get count(): number {
    return this.emitted + this.suppressed + this.invalidUtf8Count;
  }

  warn(line: number | null, message: string): void {
    if (this.emitted >= MAX_WARNINGS_PER_FILE) {
      this.suppressed += 1;
      return;
    }
    this.emitted += 1;
    this.handler({ file: this.file, line, message });
  }

  invalidUtf8(line: number): void {
    this.invalidUtf8Count += 1;
    if (this.invalidUtf8Lines.length < 10) this.invalidUtf8Lines.push(line);
  }

  /** Emit the aggregated warnings; call once when the file is done. */
  close(): void {
    if (this.invalidUtf8Count > 0) {
      const more = this.invalidUtf8Count - this.invalidUtf8Lines.length;
      const lines = this.invalidUtf8Lines.join(', ') + (more > 0 ? ` and ${more} more` : '');
      this.handler({
        file: this.file,
        line: this.invalidUtf8Lines[0],
        message: `not valid UTF-8 text (binary or another encoding) on ${this.invalidUtf8Count} line(s): ${lines}; those records skipped`,
      });
    }
    if (this.suppressed > 0) {
      this.handler({ file: this.file, line: null, message: `${this.suppressed} more warning(s) for this file not shown` });
    }
  }
}
