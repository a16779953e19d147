/**
 * Issue 12's search target: searching any acronym an entity is known by (an alias in acronym form) finds that entity
 * first among entities. Acronyms the corpus found ambiguous (several meanings, kept apart) are not asked.
 */
import { nodeId } from '../../../graph-schema/keys.ts';
import { isAcronymSurface } from '../../../ingest/extract/corpus/index.ts';
import type { TableEntity } from './entity-table.ts';

export interface AcronymSearchMiss {
  acronym: string;
  expected: string;
  /** The first entity the search returned, or null when it returned none. */
  found: string | null;
}

/** `search` returns hit ids (`Label:key`) best first, papers included. */
export async function acronymSearchMisses(
  table: ReadonlyMap<string, TableEntity>,
  ambiguous: ReadonlySet<string>,
  search: (query: string) => Promise<string[]>,
): Promise<{ checked: number; misses: AcronymSearchMiss[] }> {
  const misses: AcronymSearchMiss[] = [];
  let checked = 0;
  for (const entity of [...table.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    if (entity.label === 'Hardware') continue;
    for (const alias of [...entity.aliases].sort()) {
      if (!isAcronymSurface(alias) || ambiguous.has(alias.replace(/s$/, ''))) continue;
      checked += 1;
      const expected = nodeId(entity.label, entity.key);
      const found = (await search(alias)).find((id) => !id.startsWith('Paper:')) ?? null;
      if (found !== expected) misses.push({ acronym: alias, expected, found });
    }
  }
  return { checked, misses };
}
