/**
 * Names withheld from every lexicon, for measuring the context rules alone (`npm run eval:extract`'s held-out-names
 * split and its external set): PAPERGRAPH_LEXICON_WITHHOLD names a file with one name per line. Unset in normal
 * use. Read once, when the lexicons compile.
 */
import { readFileSync } from 'node:fs';
import { canonicalKey } from '../../../../graph-schema/keys.ts';

export const WITHHOLD_ENV = 'PAPERGRAPH_LEXICON_WITHHOLD';

function readWithheld(): { keys: Set<string>; letters: Set<string> } {
  const path = process.env[WITHHOLD_ENV];
  const keys = new Set<string>();
  const letters = new Set<string>();
  if (!path) return { keys, letters };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const name = line.trim();
    if (!name) continue;
    keys.add(canonicalKey(name));
    letters.add(name.replace(/[^\p{L}\p{N}]+/gu, '').replace(/s$/, ''));
  }
  return { keys, letters };
}

const withheld = readWithheld();

/** Whether a lexicon variant names a withheld name (by canonical key, or by its letters for acronyms). */
export function isWithheld(variant: string): boolean {
  if (withheld.keys.size === 0) return false;
  return withheld.keys.has(canonicalKey(variant)) || withheld.letters.has(variant.replace(/[^\p{L}\p{N}]+/gu, '').replace(/s$/, ''));
}
