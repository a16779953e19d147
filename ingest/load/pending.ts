/**
 * The property the writer sets on an entity whose derived values a write may have made stale (a paper that
 * mentions it, or mentioned it before a rewrite, was written); the derive clears it (derived-properties.ts).
 */
export const PENDING_PROPERTY = 'derivePending';
