/**
 * What every node label is called and offered as, for legends, filters, counts and search types: entity labels
 * from the entity-kind registry, the structural labels listed here. Pure data: the browser imports it.
 */
import { byEntityLabel, ENTITY_KIND_NAMES, ENTITY_KINDS } from './entity-kinds.ts';
import type { NodeLabel } from './model.ts';

export interface LabelNames {
  singular: string;
  plural: string;
}

export const LABEL_NAMES: Record<NodeLabel, LabelNames> = {
  Paper: { singular: 'Paper', plural: 'Papers' },
  ...byEntityLabel((kind) => ({ singular: ENTITY_KINDS[kind].singular, plural: ENTITY_KINDS[kind].plural })),
  Claim: { singular: 'Claim', plural: 'Claims' },
  Listing: { singular: 'Listing', plural: 'Listings' },
  Result: { singular: 'Result', plural: 'Results' },
};

/** Labels a graph view can be filtered to: papers and every filterable kind, in registry order. */
export const FILTERABLE_LABELS: readonly NodeLabel[] = [
  'Paper',
  ...ENTITY_KIND_NAMES.filter((kind) => ENTITY_KINDS[kind].filterable).map((kind) => ENTITY_KINDS[kind].label),
];

/** Labels counted in the corpus summary: every label but the listings (files, not knowledge). */
export const COUNTED_LABELS: readonly NodeLabel[] = ['Paper', ...ENTITY_KIND_NAMES.map((kind) => ENTITY_KINDS[kind].label), 'Claim'];
