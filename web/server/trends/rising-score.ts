/**
 * The one definition of "rising" (README, "Rising and new entities"): an entity's papers in a window against its
 * own pace in the baseline period just before it.
 *
 *   expected = past × days / baselineDays          (the window's share of the baseline at the past pace)
 *   score    = (recent + SMOOTHING) / (expected + SMOOTHING)
 *
 * SMOOTHING (additive, in papers) keeps 1 paper after 0 from scoring as infinite growth, and a large entity
 * growing at its usual pace scores about 1 however big it is. An entity is rising when recent >= minCount and its
 * score is at least RISING_MIN_SCORE (half again its past pace); "new" when it has no dated paper before the window.
 */

export const SMOOTHING = 2;
/** The baseline is this many window lengths, just before the window. */
export const BASELINE_FACTOR = 3;
export const DEFAULT_MIN_COUNT = 3;
export const RISING_MIN_SCORE = 1.5;

export interface GrowthCounts {
  recent: number;
  past: number;
}

export interface RisingScore {
  expected: number;
  score: number;
}

export function risingScore(counts: GrowthCounts, days: number, baselineDays: number): RisingScore {
  const expected = baselineDays > 0 ? (counts.past * days) / baselineDays : 0;
  return { expected, score: (counts.recent + SMOOTHING) / (expected + SMOOTHING) };
}

export function isRising(counts: GrowthCounts, score: RisingScore, minCount: number): boolean {
  return counts.recent >= minCount && score.score >= RISING_MIN_SCORE;
}

/** Highest score first; ties by more recent papers, then by id so the order is stable. */
export function byRisingScore<T extends { score: number; recent: number; entity: { id: string } }>(a: T, b: T): number {
  return b.score - a.score || b.recent - a.recent || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0);
}
