/** The right-hand panel: a paper or an entity in full, loaded from /api/node. */
import { useEffect, useState } from 'react';
import type { AnyNodeDetail, ClaimDetail, EntityDetail, ListingDetail, PaperDetail, PaperSummaryDTO } from '../../../shared/api.ts';
import { api, describeError } from '../api/client.ts';
import { useAsync } from '../state/use-async.ts';
import { marksFromExtractions } from '../details/highlight-spans.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { Claims } from './Claims.tsx';
import { ErrorMessage, Loading } from './States.tsx';
import { NodeBadge, TypeDot } from './NodeBadge.tsx';
import { Icon } from './Icon.tsx';
import { safeHttpUrl } from './safe-url.ts';
import { EntityTimePanel } from './EntityTimePanel.tsx';
import { authorLine, paperLinks, readableDate, readableListing } from '../details/paper-links.ts';
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { EntityResultsActions, type ResultsNavigation } from './EntityResultsActions.tsx';

export interface DetailsActions {
  onOpen(id: string): void;
  onNeighbourhood(id: string): void;
  onConnectFrom(id: string): void;
  onClose(): void;
  /** The results views (leaderboard, compare), when the app offers them. */
  results?: ResultsNavigation;
}

export function DetailsPanel({ nodeId, actions, onCollapse }: { nodeId: string; actions: DetailsActions; onCollapse?(): void }) {
  const [state, retry] = useAsync((signal) => api.node(nodeId, { signal, limit: 25 }), [nodeId]);
  return (
    <aside className="details" aria-label="Details" data-testid="details-panel">
      <div className="details-top">
        {onCollapse && (
          <button
            type="button"
            className="icon-button"
            aria-label="Collapse details"
            title="Collapse details (keeps the selection)"
            data-testid="details-collapse"
            onClick={onCollapse}
          >
            <span aria-hidden="true">›</span>
          </button>
        )}
        <button type="button" className="icon-button" aria-label="Close details" title="Close details" onClick={actions.onClose}>
          <Icon name="close" />
        </button>
      </div>
      {state.status === 'loading' && <Loading label="Loading details…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <NodeDetails detail={state.data} actions={actions} />}
    </aside>
  );
}

function NodeDetails({ detail, actions }: { detail: AnyNodeDetail; actions: DetailsActions }) {
  return (
    <div className="details-body">
      <div className="details-actions">
        <button type="button" className="text-button primary" onClick={() => actions.onNeighbourhood(detail.id)}>
          <Icon name="graph" /> Neighbourhood
        </button>
        <button type="button" className="text-button" onClick={() => actions.onConnectFrom(detail.id)}>
          <Icon name="link" /> Connect…
        </button>
      </div>
      {detail.kind === 'paper' && <PaperDetails paper={detail} onOpen={actions.onOpen} />}
      {detail.kind === 'entity' && actions.results && (
        <EntityResultsActions id={detail.id} label={detail.label} actions={actions.results} />
      )}
      {detail.kind === 'entity' && <EntityDetails entity={detail} onOpen={actions.onOpen} />}
      {detail.kind === 'claim' && <ClaimDetails claim={detail} onOpen={actions.onOpen} />}
      {detail.kind === 'listing' && <ListingDetails listing={detail} onOpen={actions.onOpen} />}
    </div>
  );
}

function formatDate(date: string | null): string {
  return date ? readableDate(date) : 'date unknown';
}

function PaperDetails({ paper, onOpen }: { paper: PaperDetail; onOpen(id: string): void }) {
  const titleMarks = marksFromExtractions(paper.extractions, 'title');
  const abstractMarks = marksFromExtractions(paper.extractions, 'abstract');
  const link = safeHttpUrl(paper.url);
  const outLinks = paperLinks(paper).filter((out) => out.href !== link);
  const byLabel = new Map<NodeLabel, PaperDetail['extractions']>();
  for (const extraction of paper.extractions) byLabel.set(extraction.label, [...(byLabel.get(extraction.label) ?? []), extraction]);
  return (
    <article className="paper-details">
      <NodeBadge label="Paper" />
      <h2 className="details-title" data-testid="details-title">
        <HighlightedText text={paper.title} marks={titleMarks} onOpen={onOpen} />
      </h2>
      <dl className="meta">
        <div>
          <dt>Date</dt>
          <dd>{formatDate(paper.date)}</dd>
        </div>
        {paper.authorsCount !== null && (
          <div>
            <dt>Authors</dt>
            <dd>{paper.authorsCount}</dd>
          </div>
        )}
        {paper.upvotes !== null && (
          <div>
            <dt>Upvotes</dt>
            <dd>{paper.upvotes}</dd>
          </div>
        )}
      </dl>
      {paper.authors && paper.authors.length > 0 && (
        <p className="authors" data-testid="paper-authors">
          {authorLine(paper.authors)}
        </p>
      )}
      {(link || paper.codeUrls.length > 0 || outLinks.length > 0) && (
        <ul className="links" data-testid="paper-links">
          {link && (
            <li>
              <a href={link} target="_blank" rel="noopener noreferrer">
                Paper page
              </a>
            </li>
          )}
          {outLinks.map((out) => (
            <li key={out.href}>
              <a href={out.href} target="_blank" rel="noopener noreferrer">
                {out.label}
              </a>
            </li>
          ))}
          {paper.codeUrls.map((url) => {
            const safe = safeHttpUrl(url);
            return (
              <li key={url}>
                {safe ? (
                  <a href={safe} target="_blank" rel="noopener noreferrer">
                    {url.replace(/^https?:\/\//, '')}
                  </a>
                ) : (
                  <span>{url}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3>Abstract</h3>
      <p className="abstract" data-testid="abstract">
        <HighlightedText text={paper.abstract} marks={abstractMarks} onOpen={onOpen} />
      </p>
      {paper.extractions.length > 0 && (
        <>
          <h3>Extracted ({paper.extractions.length})</h3>
          <div className="extraction-groups">
            {[...byLabel.entries()].map(([label, items]) => (
              <div key={label} className="extraction-group">
                <span className="group-label">
                  <TypeDot label={label} /> {label}
                </span>
                {items.map((item) => (
                  <button
                    type="button"
                    key={`${item.key}-${item.relationship}`}
                    className="mention-chip"
                    onClick={() => onOpen(`${item.label}:${item.key}`)}
                    title={item.relationship}
                  >
                    {item.name}
                    {item.count ? ` ×${item.count}` : ''}
                  </button>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
      {paper.listings.length > 0 && (
        <>
          <h3>Listings</h3>
          <ul className="plain-list">
            {paper.listings.map((listing) => (
              <li key={listing.key} title={listing.name}>
                {readableListing(listing)}
              </li>
            ))}
          </ul>
        </>
      )}
      {paper.claims.length > 0 && (
        <>
          <h3>Claims</h3>
          <Claims claims={paper.claims} onOpen={onOpen} />
        </>
      )}
    </article>
  );
}

function EntityDetails({ entity, onOpen }: { entity: EntityDetail; onOpen(id: string): void }) {
  const [papers, setPapers] = useState<PaperSummaryDTO[]>(entity.papers.items);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  useEffect(() => setPapers(entity.papers.items), [entity]);
  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await api.node(entity.id, { offset: papers.length, limit: 25 });
      if (next.kind === 'entity') setPapers((current) => [...current, ...next.papers.items]);
    } catch (error) {
      setMoreError(describeError(error));
    } finally {
      setLoadingMore(false);
    }
  };
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  return (
    <article className="entity-details">
      <NodeBadge label={entity.label} />
      <h2 className="details-title" data-testid="details-title">
        {entity.name}
      </h2>
      <p className="muted">
        {entity.paperCount} {entity.paperCount === 1 ? 'paper' : 'papers'}
      </p>
      <EntityTimePanel id={entity.id} isHardware={entity.label === 'Hardware'} onOpen={onOpen} />
      {aliases.length > 0 && (
        <>
          <h3>Also written as</h3>
          <div className="alias-list">
            {aliases.map((alias) => (
              <span key={alias} className="alias">
                {alias}
              </span>
            ))}
          </div>
        </>
      )}
      <h3>
        Papers <span className="muted">({entity.papers.total})</span>
      </h3>
      <ul className="paper-list" data-testid="entity-papers">
        {papers.map((paper) => (
          <li key={paper.key}>
            <button type="button" className="link-button" onClick={() => onOpen(`Paper:${paper.key}`)}>
              {paper.title}
            </button>
            <span className="muted">
              {paper.date ?? ''}
              {paper.relationship ? ` · ${paper.relationship.toLowerCase().replace(/_/g, ' ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {papers.length < entity.papers.total && (
        <button type="button" className="text-button" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? 'Loading…' : `Show more (${entity.papers.total - papers.length} left)`}
        </button>
      )}
      {moreError && <p className="error-text">{moreError}</p>}
      <h3>Claims naming it</h3>
      <Claims claims={entity.claims} onOpen={onOpen} showPaper />
    </article>
  );
}

function ClaimDetails({ claim, onOpen }: { claim: ClaimDetail; onOpen(id: string): void }) {
  return (
    <article>
      <NodeBadge label="Claim" />
      <h2 className="details-title" data-testid="details-title">
        Claim
      </h2>
      <Claims claims={[claim.claim]} onOpen={onOpen} showPaper />
    </article>
  );
}

function ListingDetails({ listing, onOpen }: { listing: ListingDetail; onOpen(id: string): void }) {
  return (
    <article>
      <NodeBadge label="Listing" />
      <h2 className="details-title" data-testid="details-title">
        {listing.name}
      </h2>
      <p className="muted">
        {listing.date ?? 'date unknown'}
        {listing.format ? ` · ${listing.format}` : ''}
      </p>
      <h3>
        Papers <span className="muted">({listing.papers.total})</span>
      </h3>
      <ul className="paper-list">
        {listing.papers.items.map((paper) => (
          <li key={paper.key}>
            <button type="button" className="link-button" onClick={() => onOpen(`Paper:${paper.key}`)}>
              {paper.title}
            </button>
            <span className="muted">{paper.date ?? ''}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
