/**
 * The entity nodes a set of extractions becomes in the graph (same keys as the loader: buildPaperRows), and the
 * two duplication checks of issue 12: entities of one label that share a name or alias, and names under two labels.
 */
import { canonicalKey } from '../../../graph-schema/keys.ts';
import type { EntityLabel } from '../../../graph-schema/model.ts';
import { buildPaperRows } from '../../../ingest/load/rows.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';

export interface TableEntity {
  label: EntityLabel;
  key: string;
  name: string;
  aliases: Set<string>;
  papers: number;
}

export function entityTable(papers: readonly PaperExtraction[]): Map<string, TableEntity> {
  const table = new Map<string, TableEntity>();
  for (const paper of papers) {
    for (const row of buildPaperRows(paper, 'check').entities) {
      const id = `${row.label}:${row.key}`;
      const entity = table.get(id);
      if (entity) {
        entity.papers += 1;
        for (const alias of row.aliases) entity.aliases.add(alias);
      } else table.set(id, { label: row.label, key: row.key, name: row.name, aliases: new Set(row.aliases), papers: 1 });
    }
  }
  return table;
}

export interface SharedAlias {
  label: EntityLabel;
  /** The canonical form two entities share. */
  alias: string;
  entities: string[];
}

/** Entities of one label that share a name or alias (compared by canonical key), except `exempt` acronyms. */
export function sharedAliases(table: ReadonlyMap<string, TableEntity>, exempt: ReadonlySet<string> = new Set()): SharedAlias[] {
  const byAlias = new Map<string, Set<string>>();
  for (const e of table.values()) {
    if (e.label === 'Hardware') continue;
    for (const alias of e.aliases) {
      const key = canonicalKey(alias);
      if (key.length < 2 || exempt.has(alias.replace(/s$/, ''))) continue;
      const id = `${e.label}|${key}`;
      const set = byAlias.get(id);
      if (set) set.add(e.name);
      else byAlias.set(id, new Set([e.name]));
    }
  }
  return [...byAlias]
    .filter(([, names]) => names.size > 1)
    .map(([id, names]) => ({ label: id.split('|')[0] as EntityLabel, alias: id.split('|')[1], entities: [...names].sort() }));
}

/** Canonical names that are entities under more than one label. */
export function namesUnderTwoLabels(table: ReadonlyMap<string, TableEntity>): Array<{ key: string; labels: EntityLabel[] }> {
  const labels = new Map<string, EntityLabel[]>();
  for (const e of table.values()) labels.set(e.key, [...(labels.get(e.key) ?? []), e.label]);
  return [...labels].filter(([, ls]) => ls.length > 1).map(([key, ls]) => ({ key, labels: ls.sort() }));
}
