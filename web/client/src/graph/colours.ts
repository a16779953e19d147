/** Node colours by label, and a qualitative palette for communities. Chosen to stay readable on white. */
import { byEntityLabel, ENTITY_KINDS } from '../../../../graph-schema/entity-kinds.ts';
import type { NodeLabel } from '../../../../graph-schema/model.ts';

export const LABEL_COLOURS: Record<NodeLabel, string> = {
  Paper: '#64748b',
  ...byEntityLabel((kind) => ENTITY_KINDS[kind].colour),
  Claim: '#a16207',
  Listing: '#94a3b8',
  Result: '#b45309',
};

/** None of the type colours, so a community colouring never reads as a type; largest communities first. */
const COMMUNITY_PALETTE = [
  '#dc2626',
  '#0284c7',
  '#16a34a',
  '#ea580c',
  '#9333ea',
  '#0d9488',
  '#c026d3',
  '#ca8a04',
  '#4f46e5',
  '#65a30d',
  '#be123c',
  '#1e3a8a',
  '#854d0e',
  '#f472b6',
  '#2dd4bf',
  '#78716c',
];

export const COMMUNITY_PALETTE_SIZE = COMMUNITY_PALETTE.length;

export const FADED_NODE_COLOUR = '#e2e8f0';
export const FADED_EDGE_COLOUR = '#f1f5f9';
export const DARK_FADED_NODE_COLOUR = '#334155';
export const DARK_FADED_EDGE_COLOUR = '#1e293b';
export const EDGE_COLOUR = '#d5dde8';
export const DARK_EDGE_COLOUR = '#334155';
export const PATH_COLOUR = '#f97316';

export function communityColour(community: number): string {
  return COMMUNITY_PALETTE[((community % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length];
}
