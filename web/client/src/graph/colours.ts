/** Node colours by label, and a qualitative palette for communities. Chosen to stay readable on white. */
import type { NodeLabel } from '../../../../graph-schema/model.ts';

export const LABEL_COLOURS: Record<NodeLabel, string> = {
  Paper: '#64748b',
  Method: '#2563eb',
  Concept: '#7c3aed',
  Dataset: '#059669',
  Task: '#d97706',
  Metric: '#db2777',
  Hardware: '#0891b2',
  Claim: '#a16207',
  Listing: '#94a3b8',
};

const COMMUNITY_PALETTE = [
  '#2563eb', '#059669', '#d97706', '#db2777', '#7c3aed', '#0891b2', '#dc2626', '#65a30d',
  '#c026d3', '#0d9488', '#ea580c', '#4f46e5', '#ca8a04', '#be123c', '#16a34a', '#9333ea',
];

export const FADED_NODE_COLOUR = '#e2e8f0';
export const FADED_EDGE_COLOUR = '#f1f5f9';
export const EDGE_COLOUR = '#d5dde8';
export const PATH_COLOUR = '#f97316';

export function communityColour(community: number): string {
  return COMMUNITY_PALETTE[((community % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length];
}
