/**
 * Entities' papers per day, read with TREND_DAYS. A hub's papers are tens of thousands of rows to walk, so its
 * counts are kept until the graph changes (GraphCache, as for hub neighbourhoods); others are always read fresh.
 */
import type { GraphDatabase } from '../database.ts';
import { GraphCache } from '../graph-cache.ts';
import { TREND_DAYS, type TrendDaysRow } from '../queries/trends.ts';
import type { EntityIdRef } from './schemas.ts';

/** Entities with more papers than this have their counts cached. */
export const TREND_HUB_PAPERS = 500;

export class TrendDays {
  private readonly hubs: GraphCache<TrendDaysRow>;

  constructor(private readonly db: GraphDatabase) {
    this.hubs = new GraphCache<TrendDaysRow>(db, 10 * 60_000, 512);
  }

  async rows(refs: EntityIdRef[]): Promise<TrendDaysRow[]> {
    const cached = await Promise.all(refs.map((ref) => this.hubs.lookup(`${ref.label}:${ref.key}`)));
    const missing = refs.filter((_, index) => cached[index] === null);
    const fresh =
      missing.length > 0
        ? (await this.db.readStatement(TREND_DAYS, { refs: missing })).records.map((record) => record.toObject() as TrendDaysRow)
        : [];
    const hubs = fresh.filter((row) => row.entity[3] > TREND_HUB_PAPERS);
    if (hubs.length > 0) {
      const signature = await this.hubs.signature();
      for (const row of hubs) this.hubs.put(row.id, signature, row);
    }
    return [...cached.filter((row): row is TrendDaysRow => row !== null), ...fresh];
  }
}
