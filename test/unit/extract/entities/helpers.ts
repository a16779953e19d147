import { buildContext } from '../../../../ingest/extract/context.ts';
import { extractEntities, type EntityExtractions } from '../../../../ingest/extract/entities/index.ts';
import type { EntityMention } from '../../../../ingest/types.ts';

export function extract(title: string, abstract: string): EntityExtractions {
  return extractEntities(buildContext({ title, abstract }));
}

/** The entity of a list that has `surface` among its name and aliases. */
export function find<T extends EntityMention>(list: readonly T[], surface: string): T | undefined {
  const s = surface.toLowerCase();
  return list.find((e) => e.name.toLowerCase() === s || e.aliases.some((a) => a.toLowerCase() === s));
}

export function allEntities(e: EntityExtractions): EntityMention[] {
  return [...e.methods, ...e.concepts, ...e.datasets, ...e.tasks, ...e.metrics];
}

export function names(list: readonly EntityMention[]): string[] {
  return list.map((e) => e.name);
}
