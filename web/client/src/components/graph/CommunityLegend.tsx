/**
 * The legend of "colour by community": the largest communities, each named by its topic's terms (the overview) or
 * after its best-known member.
 */
import { useMemo } from 'react';
import { graphTopics, type ExplorerGraph } from '../../graph/build.ts';
import { communityLegend } from '../../graph/communities.ts';

interface Props {
  graph: ExplorerGraph;
  /** Bumped when the graph's content (and so its communities) changes. */
  version: number;
}

export function CommunityLegend({ graph, version }: Props) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const legend = useMemo(() => communityLegend(graph), [graph, version]);
  const named = useMemo(() => graphTopics(graph) !== null, [graph]);
  if (legend.total === 0) return null;
  return (
    <section className="community-legend" aria-labelledby="community-legend-heading" data-testid="community-legend">
      <h2 id="community-legend-heading">
        {legend.total} {legend.total === 1 ? 'community' : 'communities'}{' '}
        <span className="muted">{named ? '(topics, by their most specific terms)' : '(Louvain)'}</span>
      </h2>
      <ul>
        {legend.entries.map((entry) => (
          <li key={entry.community} data-colour={entry.colour}>
            <span className="type-dot" style={{ background: entry.colour }} aria-hidden="true" />
            <span className="community-name">{entry.representative}</span>
            <span className="type-count">{entry.size}</span>
          </li>
        ))}
      </ul>
      {legend.others > 0 && (
        <p className="muted">
          + {legend.others} smaller{legend.coloursRepeat ? '; colours repeat' : ''}
        </p>
      )}
    </section>
  );
}
