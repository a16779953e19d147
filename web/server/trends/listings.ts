/** Every listing, newest day first, for picking what's new in one (GET /api/listings). */
import type { ListingsResponse } from '../../shared/trends-api.ts';
import type { GraphDatabase } from '../database.ts';
import { LISTINGS } from '../queries/whats-new.ts';

export async function listings(db: GraphDatabase): Promise<ListingsResponse> {
  const result = await db.readStatement<ListingsResponse['listings'][number]>(LISTINGS, {});
  return { listings: result.records.map((record) => record.toObject()) };
}
