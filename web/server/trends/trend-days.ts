/**
 * Entities' papers per day, read with TREND_DAYS from the derived monthly counts: a hub costs a few dozen rows like
 * any other entity, so nothing is cached.
 */
import type { GraphDatabase } from '../database.ts';
import { TREND_DAYS, type TrendDaysRow } from '../queries/trends.ts';
import type { EntityIdRef } from './schemas.ts';

export class TrendDays {
  constructor(private readonly db: GraphDatabase) {}

  async rows(refs: EntityIdRef[]): Promise<TrendDaysRow[]> {
    if (refs.length === 0) return [];
    return (await this.db.readStatement(TREND_DAYS, { refs })).records.map((record) => record.toObject() as TrendDaysRow);
  }
}
