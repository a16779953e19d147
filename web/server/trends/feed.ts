/**
 * What's new as a JSON Feed 1.1, so a feed reader can subscribe to a listing, a window or (with `follow=`) the
 * entities someone follows: one item per paper that introduces something or touches a followed entity, and one
 * item for the window's rising entities.
 */
import type { JsonFeed, JsonFeedItem, WhatsNewPaperDTO, WhatsNewResponse } from '../../shared/trends-api.ts';

export interface FeedUrls {
  /** The explorer page showing this what's new. */
  homePage: string;
  /** This feed's own URL. */
  feed: string;
}

function names(refs: WhatsNewPaperDTO['introduces']): string {
  return refs.map((ref) => `${ref.name} (${ref.label})`).join(', ');
}

function paperItem(paper: WhatsNewPaperDTO): JsonFeedItem {
  const lines = [
    paper.introduces.length > 0 ? `Introduces ${names(paper.introduces)}.` : null,
    paper.follows.length > 0 ? `Mentions ${names(paper.follows)}, which you follow.` : null,
  ].filter((line): line is string => line !== null);
  return {
    id: `paper:${paper.key}`,
    ...(paper.url ? { url: paper.url } : {}),
    title: paper.title,
    content_text: lines.join(' '),
    ...(paper.date ? { date_published: `${paper.date}T00:00:00Z` } : {}),
    tags: [...paper.introduces, ...paper.follows].map((ref) => ref.name),
  };
}

function scopeTitle(news: WhatsNewResponse): string {
  if (news.scope.kind === 'listing') return `listing ${news.scope.name}`;
  return news.window ? `${news.window.from} – ${news.window.to}` : 'no dated papers';
}

export function whatsNewFeed(news: WhatsNewResponse, urls: FeedUrls): JsonFeed {
  const items = new Map<string, JsonFeedItem>();
  for (const paper of [...news.followed, ...news.introducing]) {
    if (!items.has(`paper:${paper.key}`)) items.set(`paper:${paper.key}`, paperItem(paper));
  }
  if (news.window && news.rising.length > 0) {
    const id = `rising:${news.window.from}:${news.window.to}`;
    items.set(id, {
      id,
      url: urls.homePage,
      title: `Rising ${news.window.from} – ${news.window.to}`,
      content_text: news.rising
        .map((one) => `${one.entity.name}: ${one.recent} papers (expected ${one.expected.toFixed(1)}, score ${one.score.toFixed(2)})`)
        .join('\n'),
      date_published: `${news.window.to}T00:00:00Z`,
      tags: news.rising.map((one) => one.entity.name),
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `papergraph: what's new, ${scopeTitle(news)}`,
    home_page_url: urls.homePage,
    feed_url: urls.feed,
    description: `Methods and datasets introduced, rising entities and papers on followed entities (${news.papers} papers in scope).`,
    items: [...items.values()],
  };
}
