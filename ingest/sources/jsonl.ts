/**
 * Reader for JSON Lines (the arXiv metadata snapshot works as it is), one object per line, read line
 * by line so memory stays flat on multi-GB files. Also tolerates a JSON array written one object
 * per line ("[", "{...},", "]").
 */
import type { PaperRecord } from '../types.ts';
import type { FileWarnings } from './file-warnings.ts';
import { recordFromFields } from './record-fields.ts';
import { isUndecodable, type TextLine } from './text-lines.ts';

export interface JsonlListing {
  key: string;
  path: string;
}

const ARRAY_PUNCTUATION = /^[[\],]$/;

function parseObject(text: string): { value: Record<string, unknown> } | { problem: string } {
  let body = text.trim();
  if (body.startsWith('[{')) body = body.slice(1);
  if (body.endsWith(',') || body.endsWith('}]')) body = body.slice(0, -1);
  try {
    const value: unknown = JSON.parse(body);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'line is JSON but not an object; skipped' };
    return { value: value as Record<string, unknown> };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: `not valid JSON (${reason.slice(0, 80)}); skipped` };
  }
}

export async function* readJsonl(
  lines: AsyncIterable<TextLine>,
  listing: JsonlListing,
  warnings: FileWarnings,
): AsyncGenerator<PaperRecord> {
  for await (const line of lines) {
    if (line.problem === 'too-long') {
      warnings.warn(line.line, `line of ${line.bytes} bytes is too long to be a record; skipped`);
      continue;
    }
    if (isUndecodable(line.problem)) {
      warnings.undecodable(line.line, line.problem);
      continue;
    }
    const text = line.text.trim();
    if (!text || ARRAY_PUNCTUATION.test(text)) continue;
    const parsed = parseObject(text);
    if ('problem' in parsed) {
      const truncated = !line.terminated ? 'last line has no end of line, truncated record? ' : '';
      warnings.warn(line.line, `${truncated}${parsed.problem}`);
      continue;
    }
    const result = recordFromFields(parsed.value, { key: listing.key, path: listing.path, format: 'jsonl', date: null, line: line.line });
    if ('problem' in result) warnings.warn(line.line, result.problem);
    else yield result.record;
  }
}
