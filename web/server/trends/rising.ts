/** GET /api/rising: entities growing against their own past in a window, and entities new in it. */
import type { EntityLabel } from '../../../graph-schema/model.ts';
import type { RisingEntityDTO, RisingResponse, TrendWindowDTO } from '../../shared/trends-api.ts';
import type { GraphDatabase } from '../database.ts';
import { int } from '../database.ts';
import { entityRefFromRow } from '../queries/entity-ref.ts';
import { PAPERS_IN_WINDOW } from '../queries/paper-dates.ts';
import { GROWTH_COUNTS, type GrowthCountsRow } from '../queries/rising.ts';
import { byRisingScore, isRising, RISING_MIN_SCORE, risingScore, SMOOTHING } from './rising-score.ts';
import { latestDay, trendWindow } from './window.ts';
import { parseEntityTypes, type RisingQuery } from './schemas.ts';

const WINDOW_PAPERS = `${PAPERS_IN_WINDOW} RETURN count(DISTINCT p) AS papers`;

export interface GrowthOptions {
  types: EntityLabel[];
  minCount: number;
  limit: number;
}

/** Rising and new entities of a window; the building block of /api/rising and /api/whats-new. */
export async function growthInWindow(
  db: GraphDatabase,
  window: TrendWindowDTO,
  options: GrowthOptions,
): Promise<Pick<RisingResponse, 'rising' | 'new' | 'windowPapers'>> {
  const params = {
    windowFrom: window.baselineFrom,
    baselineTo: window.baselineTo,
    from: window.from,
    to: window.to,
    minCount: int(options.minCount),
    types: options.types,
  };
  const [growth, papers] = await Promise.all([
    db.readStatement(GROWTH_COUNTS, params),
    db.readStatement<{ papers: number }>(WINDOW_PAPERS, { windowFrom: window.from, windowTo: window.to }),
  ]);
  const scored: RisingEntityDTO[] = growth.records.map((record) => {
    const row = record.toObject() as GrowthCountsRow;
    const { expected, score } = risingScore(row, window.days, window.baselineDays);
    return { entity: entityRefFromRow(row.entity), recent: row.recent, past: row.past, expected, score, isNew: row.isNew };
  });
  const rising = scored.filter((one) => !one.isNew && isRising(one, one, options.minCount)).sort(byRisingScore);
  const fresh = scored.filter((one) => one.isNew).sort((a, b) => b.recent - a.recent || (a.entity.id < b.entity.id ? -1 : 1));
  return {
    rising: rising.slice(0, options.limit),
    new: fresh.slice(0, options.limit),
    windowPapers: papers.records[0].get('papers'),
  };
}

export async function risingEntities(db: GraphDatabase, query: RisingQuery): Promise<RisingResponse> {
  const types = parseEntityTypes(query.types);
  const window = trendWindow(query.from, query.to, query.from && query.to ? null : await latestDay(db));
  if (!window) {
    const today = new Date().toISOString().slice(0, 10);
    const empty = trendWindow(undefined, today, null);
    if (!empty) throw new Error('a window with an end always exists');
    return {
      window: empty,
      minCount: query.minCount,
      minScore: RISING_MIN_SCORE,
      smoothing: SMOOTHING,
      rising: [],
      new: [],
      windowPapers: 0,
    };
  }
  const growth = await growthInWindow(db, window, { types, minCount: query.minCount, limit: query.limit });
  return { window, minCount: query.minCount, minScore: RISING_MIN_SCORE, smoothing: SMOOTHING, ...growth };
}
