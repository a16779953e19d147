/**
 * What's new in a listing or in the window of the date filters: methods and datasets introduced there, rising
 * entities, papers touching followed entities, and the JSON Feed of it to subscribe to.
 */
import type { IntroducedEntityDTO, WhatsNewPaperDTO } from '../../../shared/trends-api.ts';
import { timeApi, whatsNewFeedUrl } from '../api/trends-client.ts';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { useAsync } from '../state/use-async.ts';
import { useFollows } from '../state/follows.ts';
import { GrowthTable } from './RisingView.tsx';
import { EntityLink, windowOf } from './time-view-parts.tsx';
import type { ViewProps } from './view-props.ts';

function IntroducedList({ rows, onOpen, testId }: { rows: IntroducedEntityDTO[]; onOpen(id: string): void; testId: string }) {
  if (rows.length === 0) return <p className="muted">None.</p>;
  return (
    <ul className="plain-list" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.entity.id}>
          <EntityLink entity={row.entity} onOpen={onOpen} />{' '}
          <span className="muted">
            · {row.papers} {row.papers === 1 ? 'paper' : 'papers'} here, {row.entity.paperCount} in all
          </span>
        </li>
      ))}
    </ul>
  );
}

function PaperList({ papers, onOpen, testId }: { papers: WhatsNewPaperDTO[]; onOpen(id: string): void; testId: string }) {
  return (
    <ul className="paper-list" data-testid={testId}>
      {papers.map((paper) => (
        <li key={paper.key}>
          <button type="button" className="link-button" onClick={() => onOpen(`Paper:${paper.key}`)}>
            {paper.title}
          </button>
          <span className="muted">
            {paper.date ?? 'undated'}
            {paper.follows.length > 0 ? ` · follows: ${paper.follows.map((one) => one.name).join(', ')}` : ''}
            {paper.introduces.length > 0 ? ` · introduces: ${paper.introduces.map((one) => one.name).join(', ')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function WhatsNewView({ state, navigate, selectNode }: ViewProps) {
  const { follows } = useFollows();
  const listing = state.time.listing;
  const query = { ...(listing ? {} : windowOf(state)), listing, follows };
  const [listings] = useAsync((signal) => timeApi.listings(signal), []);
  const [news, retry] = useAsync((signal) => timeApi.whatsNew(query, signal), [listing, query.from, query.to, follows.join(',')]);
  const feedUrl = whatsNewFeedUrl(query);
  return (
    <div className="time-view" data-testid="whats-new-view">
      <div className="toolbar">
        <h2>What's new</h2>
        <label>
          In{' '}
          <select
            value={listing ?? ''}
            onChange={(event) => navigate({ time: { ...state.time, listing: event.target.value || null } })}
            data-testid="whats-new-scope"
          >
            <option value="">the date window (filters at left)</option>
            {listings.status === 'ready' &&
              listings.data.listings.map((one) => (
                <option key={one.key} value={one.key}>
                  listing {one.name}
                  {one.date ? ` (${one.date})` : ''} · {one.papers} papers
                </option>
              ))}
          </select>
        </label>
        <a className="text-button small" href={feedUrl} target="_blank" rel="noopener noreferrer" data-testid="feed-link">
          JSON Feed
        </a>
      </div>
      <p className="muted small">
        Subscribe in a feed reader: <span className="feed-link">{feedUrl}</span>
      </p>
      {news.status === 'loading' && <Loading label="Gathering what's new…" />}
      {news.status === 'error' && <ErrorMessage error={news.error} onRetry={retry} />}
      {news.status === 'ready' && (
        <>
          <p className="muted" data-testid="whats-new-scope-text">
            {news.data.papers} papers
            {news.data.window ? ` · ${news.data.window.from} – ${news.data.window.to}` : ''}
            {news.data.note ? ` · ${news.data.note}` : ''}
          </p>
          <section>
            <h3>Papers on entities you follow ({follows.length} followed)</h3>
            {follows.length === 0 ? (
              <p className="muted">
                Follow methods, datasets or anything else from their panel (☆ Follow); papers here that touch them show up in this list and
                in the feed.
              </p>
            ) : news.data.followed.length > 0 ? (
              <PaperList papers={news.data.followed} onOpen={selectNode} testId="followed-papers" />
            ) : (
              <p className="muted">No paper here touches what you follow.</p>
            )}
          </section>
          <section>
            <h3>Methods introduced</h3>
            <IntroducedList rows={news.data.methods} onOpen={selectNode} testId="introduced-methods" />
            <h3>Datasets introduced</h3>
            <IntroducedList rows={news.data.datasets} onOpen={selectNode} testId="introduced-datasets" />
          </section>
          <section>
            <h3>Rising</h3>
            {news.data.rising.length > 0 ? (
              <GrowthTable rows={news.data.rising} onOpen={selectNode} testId="whats-new-rising" />
            ) : (
              <Empty title="Nothing rising here" />
            )}
          </section>
          <section>
            <h3>Papers introducing something</h3>
            {news.data.introducing.length > 0 ? (
              <PaperList papers={news.data.introducing} onOpen={selectNode} testId="introducing-papers" />
            ) : (
              <p className="muted">None.</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
