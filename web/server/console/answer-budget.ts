/**
 * Keeps console answers small enough to send: long strings are cut to a length (and say how much is missing), and
 * rows stop being added once the answer's rows reach a byte cap, so a query returning 100 values of 1 MB answers
 * with a few MB and `truncated: true` instead of holding hundreds of MB in the API server.
 */
import { isNode, isPath, isRelationship } from 'neo4j-driver';

export interface AnswerLimits {
  /** UTF-8 bytes of the rows' JSON. */
  maxAnswerBytes: number;
  /** Characters kept of any one string value. */
  maxValueChars: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

export class AnswerBudget {
  private usedBytes = 0;
  private shortened = 0;
  private full = false;

  constructor(private readonly limits: AnswerLimits) {}

  /** The value with every string longer than the limit cut; nodes, relationships and paths are kept as they are. */
  shortenValue(value: unknown): unknown {
    if (typeof value === 'string') return this.shortenString(value);
    if (isNode(value) || isRelationship(value) || isPath(value)) return value;
    if (Array.isArray(value)) return value.map((item) => this.shortenValue(item));
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, this.shortenValue(item)]));
    return value;
  }

  /** Counts a row's JSON against the cap; false (and nothing counted) when it would pass the cap. */
  admitRow(jsonRow: unknown[]): boolean {
    const bytes = Buffer.byteLength(JSON.stringify(jsonRow));
    if (this.usedBytes + bytes > this.limits.maxAnswerBytes) {
      this.full = true;
      return false;
    }
    this.usedBytes += bytes;
    return true;
  }

  /** Why the answer is not the query's whole result, as sentences for the user. */
  reasons(): string[] {
    const reasons: string[] = [];
    if (this.full) reasons.push(`Rows stop at ${megabytes(this.limits.maxAnswerBytes)} of answer; add a LIMIT or return fewer columns.`);
    if (this.shortened > 0) {
      reasons.push(
        `${this.shortened.toLocaleString('en')} value(s) longer than ${this.limits.maxValueChars.toLocaleString('en')} characters are shown cut.`,
      );
    }
    return reasons;
  }

  private shortenString(text: string): string {
    if (text.length <= this.limits.maxValueChars) return text;
    this.shortened++;
    return `${text.slice(0, this.limits.maxValueChars)}… [${(text.length - this.limits.maxValueChars).toLocaleString('en')} more characters not shown]`;
  }
}
