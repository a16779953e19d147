/** Relationship-type lists of the model, as Cypher type alternations (built from constants, never from input). */
import { MENTION_RELATIONSHIPS } from '../../../graph-schema/model.ts';

export const MENTION_TYPES = Object.keys(MENTION_RELATIONSHIPS);

/** `PROPOSES|USES|…`: paper → entity links that carry evidence. */
export const MENTION_ALTERNATION = MENTION_TYPES.join('|');

/** Links the explorer walks: mentions, co-occurrence, and the claim/listing links for those node types. */
export const EXPLORER_ALTERNATION = [...MENTION_TYPES, 'CO_OCCURS', 'CLAIMS', 'ABOUT', 'LISTED_IN'].join('|');
