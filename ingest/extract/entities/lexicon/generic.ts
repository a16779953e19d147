/**
 * The `generic` flag stored on entities: names of fields and generic technique words ("deep learning",
 * "neural network") that many papers mention in passing. Read-time specificity (graph-schema/informativeness.ts)
 * is 0 for them, so views ranking by what is informative put them last.
 */
import { canonicalKey } from '../../../../graph-schema/keys.ts';
import { FILLER_PHRASES, GENERIC_CONCEPTS } from './stoplists.ts';

const GENERIC_KEYS = new Set([...FILLER_PHRASES, ...GENERIC_CONCEPTS].map(canonicalKey));

export function isGenericEntityName(name: string): boolean {
  return GENERIC_KEYS.has(canonicalKey(name));
}
