/** GET /api/whats-new: a listing's or a window's introduced methods and datasets, rising entities, followed papers. */
import type { IntroducedEntityDTO, TrendWindowDTO, WhatsNewPaperDTO, WhatsNewResponse } from '../../shared/trends-api.ts';
import type { GraphDatabase } from '../database.ts';
import { int } from '../database.ts';
import { badRequest, notFound } from '../errors.ts';
import { entityRefFromRow } from '../queries/entity-ref.ts';
import {
  LISTING,
  followedPapers,
  introducedEntities,
  introducingPapers,
  scopePaperCount,
  type IntroducedRow,
  type ScopePaperRow,
  type WhatsNewScope,
} from '../queries/whats-new.ts';
import { addDays } from './calendar.ts';
import { growthInWindow } from './rising.ts';
import { DEFAULT_MIN_COUNT } from './rising-score.ts';
import { parseEntityIds, parseEntityTypes, type WhatsNewQuery } from './schemas.ts';
import { latestDay, trendWindow } from './window.ts';

export const WHATS_NEW_DAYS = 30;

interface Scope {
  kind: WhatsNewScope;
  response: WhatsNewResponse['scope'];
  window: TrendWindowDTO | null;
  params: Record<string, unknown>;
  note: string | null;
}

async function resolveScope(db: GraphDatabase, query: WhatsNewQuery): Promise<Scope> {
  if (query.listing !== undefined) {
    if (query.from || query.to) throw badRequest('Ask for a listing or for a date window (from/to), not both.');
    const found = await db.readStatement(LISTING, { listing: query.listing });
    if (found.records.length === 0) throw notFound(`No listing ${query.listing}.`);
    const listing = found.records[0].toObject() as { key: string; name: string; date: string | null };
    const dated = listing.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(listing.date);
    // A listing is one day: rising is judged over the month it closes.
    const window = dated && listing.date ? trendWindow(addDays(listing.date, -(WHATS_NEW_DAYS - 1)), listing.date, null) : null;
    return {
      kind: 'listing',
      response: { kind: 'listing', listing: listing.key, name: listing.name, date: listing.date },
      window,
      params: { listing: listing.key },
      note: window
        ? null
        : `The listing ${listing.name} has no dated day (${listing.date ?? 'none'}), so nothing can be called rising around it.`,
    };
  }
  const window = trendWindow(query.from, query.to, query.from && query.to ? null : await latestDay(db), WHATS_NEW_DAYS);
  return {
    kind: 'window',
    response: { kind: 'window' },
    window,
    params: window ? { windowFrom: window.from, windowTo: window.to } : { windowFrom: '9999-12-31', windowTo: '0000-01-01' },
    note: window ? null : 'No paper in the graph has a date, so there is no window to show.',
  };
}

function paperFromRow(row: ScopePaperRow): WhatsNewPaperDTO {
  return {
    key: row.key,
    title: row.title,
    date: row.day,
    url: row.url,
    introduces: row.introduces.map(entityRefFromRow),
    follows: row.follows.map(entityRefFromRow),
  };
}

export async function whatsNew(db: GraphDatabase, query: WhatsNewQuery): Promise<WhatsNewResponse> {
  const scope = await resolveScope(db, query);
  const follows = parseEntityIds(query.follow);
  const params = {
    ...scope.params,
    limit: int(query.limit),
    followIds: follows.map((ref) => `${ref.label}:${ref.key}`),
    followKeys: follows.map((ref) => ref.key),
  };
  const introduced = async (introLabel: 'Method' | 'Dataset'): Promise<IntroducedEntityDTO[]> => {
    const result = await db.readStatement(introducedEntities(scope.kind), { ...params, introLabel });
    return result.records.map((record) => {
      const row = record.toObject() as IntroducedRow;
      return { entity: entityRefFromRow(row.entity), papers: row.papers };
    });
  };
  const papers = async (statement: string): Promise<WhatsNewPaperDTO[]> =>
    (await db.readStatement(statement, params)).records.map((record) => paperFromRow(record.toObject() as ScopePaperRow));
  const [count, methods, datasets, introducing, followed, growth] = await Promise.all([
    db.readStatement<{ papers: number }>(scopePaperCount(scope.kind), params),
    introduced('Method'),
    introduced('Dataset'),
    papers(introducingPapers(scope.kind)),
    follows.length > 0 ? papers(followedPapers(scope.kind)) : Promise.resolve([]),
    scope.window ? growthInWindow(db, scope.window, { types: parseEntityTypes(undefined), minCount: DEFAULT_MIN_COUNT, limit: 15 }) : null,
  ]);
  return {
    scope: scope.response,
    window: scope.window,
    papers: count.records[0].get('papers'),
    methods,
    datasets,
    rising: growth?.rising ?? [],
    introducing,
    followed,
    note: scope.note,
  };
}
