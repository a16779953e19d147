import { createHash } from 'node:crypto';
import { normaliseTitle } from '../../graph-schema/keys.ts';

/** Stable id of a paper that has no id of its own: a hash of its normalised title. */
export function paperIdFromTitle(title: string): string {
  return 'p' + createHash('sha256').update(normaliseTitle(title)).digest('hex').slice(0, 15);
}
