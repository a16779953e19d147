/** The time and hardware endpoints (issue 14 points 3-5): trends, rising, what's new and its feed, hardware. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiContext } from '../context.ts';
import { whatsNewFeed } from '../trends/feed.ts';
import { HardwareAnswers } from '../trends/hardware.ts';
import { listings } from '../trends/listings.ts';
import { risingEntities } from '../trends/rising.ts';
import { HardwareQuery, RisingQuery, TrendsQuery, WhatsNewQuery } from '../trends/schemas.ts';
import { TrendDays } from '../trends/trend-days.ts';
import { entityTrends } from '../trends/trends.ts';
import { whatsNew } from '../trends/whats-new.ts';

/** The explorer page and feed URLs as the caller reached this server. */
function feedUrls(request: FastifyRequest<{ Querystring: WhatsNewQuery }>): { homePage: string; feed: string } {
  const origin = `${request.protocol}://${request.host}`;
  const page = new URLSearchParams({ view: 'whats-new' });
  const { listing, from, to } = request.query;
  if (listing) page.set('listing', listing);
  if (from) page.set('from', from);
  if (to) page.set('to', to);
  return { homePage: `${origin}/?${page}`, feed: `${origin}${request.url}` };
}

export function registerTrends(app: FastifyInstance, context: ApiContext): void {
  const trendDays = new TrendDays(context.db);
  const hardwareAnswers = new HardwareAnswers(context.db);
  app.get<{ Querystring: TrendsQuery }>('/api/trends', { schema: { querystring: TrendsQuery } }, (request) =>
    entityTrends(trendDays, request.query),
  );
  app.get<{ Querystring: RisingQuery }>('/api/rising', { schema: { querystring: RisingQuery } }, (request) =>
    risingEntities(context.db, request.query),
  );
  app.get<{ Querystring: WhatsNewQuery }>('/api/whats-new', { schema: { querystring: WhatsNewQuery } }, (request) =>
    whatsNew(context.db, request.query),
  );
  app.get<{ Querystring: WhatsNewQuery }>(
    '/api/whats-new/feed.json',
    { schema: { querystring: WhatsNewQuery } },
    async (request, reply) => {
      const feed = whatsNewFeed(await whatsNew(context.db, request.query), feedUrls(request));
      return reply.type('application/feed+json; charset=utf-8').send(JSON.stringify(feed));
    },
  );
  app.get('/api/listings', () => listings(context.db));
  app.get<{ Querystring: HardwareQuery }>('/api/hardware', { schema: { querystring: HardwareQuery } }, (request) =>
    hardwareAnswers.answer(request.query),
  );
}
