/**
 * A small seeded pseudo-random generator (a linear congruential one): the same seed gives the same sequence, so
 * layouts and synthetic graphs come out the same every run. Not for anything that needs real randomness.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}
