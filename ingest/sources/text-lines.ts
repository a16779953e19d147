/**
 * Splitting a byte stream into numbered lines without ever holding more than one line (bounded by
 * maxLineBytes) in memory, and flagging lines that are not valid UTF-8 instead of guessing.
 */
import { isUtf8 } from 'node:buffer';

export type LineProblem = 'invalid-utf8' | 'nul-byte' | 'too-long';

/** A line that is not text: its record cannot be read, whatever the format. */
export type UndecodableProblem = Extract<LineProblem, 'invalid-utf8' | 'nul-byte'>;

export function isUndecodable(problem: LineProblem | null): problem is UndecodableProblem {
  return problem === 'invalid-utf8' || problem === 'nul-byte';
}

export interface TextLine {
  /** The line without its end of line; empty when the line was too long to keep. */
  text: string;
  /** 1-based line number. */
  line: number;
  problem: LineProblem | null;
  /** Byte length of the line as read. */
  bytes: number;
  /** False for a last line that has no end of line (possibly a truncated record). */
  terminated: boolean;
}

/** An error of the underlying stream (e.g. corrupt gzip), with the line reached. */
export class LineReadError extends Error {
  constructor(
    readonly line: number,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

class LineAssembler {
  private parts: Buffer[] = [];
  private size = 0;
  private overflow = false;
  lineNumber = 0;

  constructor(private readonly maxLineBytes: number) {}

  get pending(): boolean {
    return this.size > 0 || this.overflow;
  }

  add(piece: Buffer): void {
    if (this.overflow) {
      this.size += piece.length;
      return;
    }
    this.size += piece.length;
    if (this.size > this.maxLineBytes) {
      this.overflow = true;
      this.parts = [];
      return;
    }
    // Copy: the chunk the piece points into is otherwise retained until the line ends.
    if (piece.length > 0) this.parts.push(Buffer.from(piece));
  }

  finish(terminated: boolean): TextLine {
    this.lineNumber += 1;
    const bytes = this.size;
    const overflow = this.overflow;
    let buffer = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    this.overflow = false;
    if (overflow) return { text: '', line: this.lineNumber, problem: 'too-long', bytes, terminated };
    if (buffer.length > 0 && buffer[buffer.length - 1] === CARRIAGE_RETURN) buffer = buffer.subarray(0, -1);
    // NUL bytes mean binary data even where the bytes happen to be valid UTF-8.
    const problem = buffer.includes(0) ? 'nul-byte' : isUtf8(buffer) ? null : 'invalid-utf8';
    if (problem) return { text: buffer.toString('utf8'), line: this.lineNumber, problem, bytes, terminated };
    let text = buffer.toString('utf8');
    if (this.lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, line: this.lineNumber, problem: null, bytes, terminated };
  }
}

/**
 * Numbered lines of a byte stream. A stream error ends the iteration with a LineReadError; the
 * partial line in progress at that moment is dropped (it is a truncated record).
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<TextLine> {
  const assembler = new LineAssembler(maxLineBytes);
  try {
    for await (const chunk of chunks) {
      let start = 0;
      for (;;) {
        const end = chunk.indexOf(NEWLINE, start);
        if (end === -1) {
          assembler.add(chunk.subarray(start));
          break;
        }
        assembler.add(chunk.subarray(start, end));
        yield assembler.finish(true);
        start = end + 1;
      }
    }
  } catch (error) {
    throw new LineReadError(assembler.lineNumber + 1, error);
  }
  if (assembler.pending) yield assembler.finish(false);
}
