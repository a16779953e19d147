/**
 * A deliberately small reader of the daily-papers dumps, used only when the real readers in
 * ingest/sources/ are not importable: a long line is an abstract, the nearest non-empty line before it its title.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TitledAbstract {
  title: string;
  abstract: string;
}

const MIN_ABSTRACT_CHARS = 200;
const BOILERPLATE = /^(Subscribe|Get trending papers.*|Daily Papers|byAK and the research community|new)\s*/;

export function readDailyDumpsFallback(dir: string): TitledAbstract[] {
  const papers: TitledAbstract[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split(/\r?\n/).map((l) => l.trim());
    let previous = '';
    for (const line of lines) {
      if (line.length === 0) continue;
      if (line.length >= MIN_ABSTRACT_CHARS && previous) {
        papers.push({ title: previous.replace(BOILERPLATE, ''), abstract: line });
      }
      previous = line;
    }
  }
  return papers;
}
