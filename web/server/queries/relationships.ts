/** Relationship-type lists of the model, as Cypher type alternations (built from constants, never from input). */
import { MENTION_TYPES as REGISTRY_MENTION_TYPES } from '../../../graph-schema/entity-kinds.ts';

/** The registry's mention relationships, strongest role first within each kind. */
export const MENTION_TYPES: readonly string[] = REGISTRY_MENTION_TYPES;

/** `PROPOSES|USES|…`: paper → entity links that carry evidence. */
export const MENTION_ALTERNATION = MENTION_TYPES.join('|');

/** Links the explorer walks: mentions, co-occurrence, and the claim/listing links for those node types. */
export const EXPLORER_ALTERNATION = [...MENTION_TYPES, 'CO_OCCURS', 'CLAIMS', 'ABOUT', 'LISTED_IN'].join('|');
