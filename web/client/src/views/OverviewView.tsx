/** The most connected entities at a glance; double-click a node to pull in its neighbours. */
import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from '../api/client.ts';
import { useAsync } from '../state/use-async.ts';
import { graphTopics, mergeGraph } from '../graph/build.ts';
import { filterGraph } from '../graph/filters.ts';
import { assignCommunities } from '../graph/communities.ts';
import { GraphCanvas } from '../components/graph/GraphCanvas.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { GraphTable } from '../tables/GraphTable.tsx';
import { DisplaySwitch } from '../tables/DisplaySwitch.tsx';
import { countByLabel, useDrawnGraph } from './use-drawn-graph.ts';
import type { ViewProps } from './view-props.ts';

export function OverviewView({ state, navigate, selectNode, focusRequest, onCounts, currentGraph }: ViewProps) {
  const filterKey = JSON.stringify(state.filters);
  const [overview, retry] = useAsync((signal) => api.overview(state.filters, { signal }), [filterKey]);
  const dto = overview.status === 'ready' ? overview.data : null;
  const communities = state.colour === 'community';
  const drawn = useDrawnGraph(dto, state.filters, [], communities);
  useEffect(() => {
    currentGraph.current = drawn?.graph ?? null;
  }, [drawn, currentGraph]);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (drawn) onCounts(countByLabel(drawn.graph));
  }, [drawn, version, onCounts]);
  useEffect(() => setVersion(0), [drawn]);

  const expand = useCallback(
    async (id: string) => {
      if (!drawn) return;
      setNotice('Expanding…');
      try {
        const neighbourhood = await api.neighbourhood(id, { depth: 1, minWeight: 1, limit: 60, filters: state.filters });
        const { graph: filtered } = filterGraph(neighbourhood, state.filters, new Set([id]));
        const result = mergeGraph(drawn.graph, filtered, id);
        // The server's topics stay: newcomers join the topic of the node they were expanded from.
        if (graphTopics(drawn.graph)) {
          const topic = drawn.graph.getNodeAttribute(id, 'community');
          for (const added of result.addedNodes) drawn.graph.setNodeAttribute(added, 'community', topic);
        } else if (communities) assignCommunities(drawn.graph);
        const name = drawn.graph.getNodeAttribute(id, 'label');
        setNotice(
          result.addedNodes.length > 0
            ? `Added ${result.addedNodes.length} neighbours of ${name}`
            : `All neighbours of ${name} are already shown`,
        );
        if (result.addedNodes.length > 0 || result.addedEdges > 0) setVersion((v) => v + 1);
        onCounts(countByLabel(drawn.graph));
      } catch (error) {
        setNotice(`Could not expand: ${describeError(error)}`);
      }
    },
    [drawn, state.filters, communities, onCounts],
  );

  useEffect(() => {
    if (!notice || notice === 'Expanding…') return;
    const timer = window.setTimeout(() => setNotice(null), 4000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  return (
    <section className="view" aria-labelledby="overview-heading">
      <header className="view-header">
        <div>
          <h1 id="overview-heading">Overview</h1>
          <p className="muted" data-testid="overview-stats">
            {dto && drawn
              ? `${drawn.graph.order.toLocaleString()} entities · ${drawn.graph.size.toLocaleString()} links` +
                (dto.truncated ? ` · the most connected of ${dto.total.toLocaleString()}` : '') +
                (dto.topics ? ` · ${dto.topics.length} topics` : '') +
                (dto.leftOut ? ` · ${dto.leftOut.toLocaleString()} with no informative link left out` : '') +
                (drawn.hiddenNodes > 0 ? ` · ${drawn.hiddenNodes} hidden by filters` : '')
              : 'The most connected entities and their strongest co-occurrence links'}
          </p>
        </div>
        <div className="view-controls">
          <DisplaySwitch display={state.display} onChange={(display) => navigate({ display })} />
          <div className="segmented" role="radiogroup" aria-label="Colour nodes by">
            <button type="button" role="radio" aria-checked={!communities} onClick={() => navigate({ colour: 'type' })}>
              Colour by type
            </button>
            <button type="button" role="radio" aria-checked={communities} onClick={() => navigate({ colour: 'community' })}>
              By community
            </button>
          </div>
        </div>
      </header>
      <div className="view-body">
        {overview.status === 'loading' && <Loading label="Loading the overview…" />}
        {overview.status === 'error' && <ErrorMessage error={overview.error} onRetry={retry} />}
        {drawn && drawn.graph.order === 0 && (
          <Empty title="Nothing to show">
            {drawn.hiddenNodes > 0 || filterKey !== '{}'
              ? 'No entity matches the filters. Loosen them on the left.'
              : 'The graph is empty: ingest a corpus first (npm run ingest).'}
          </Empty>
        )}
        {drawn && drawn.graph.order > 0 && state.display === 'table' && (
          <GraphTable
            graph={drawn.graph}
            version={version}
            name="overview"
            communities={communities}
            tab={state.tableTab}
            onTab={(tableTab) => navigate({ tableTab })}
            selected={state.node}
            onSelect={selectNode}
          />
        )}
        {drawn && drawn.graph.order > 0 && state.display === 'graph' && (
          <GraphCanvas
            key={drawn.id}
            name="overview"
            ariaLabel="Overview graph of the most connected entities"
            graph={drawn.graph}
            selected={state.node}
            colourByCommunity={communities}
            focusRequest={focusRequest}
            version={version}
            cacheLayout
            onSelectNode={selectNode}
            onExpandNode={(id) => void expand(id)}
            onClickStage={() => selectNode(null)}
          />
        )}
        {state.display === 'graph' && <p className="canvas-hint">Hover to focus · click for details · double-click to expand</p>}
        {notice && (
          <div className="toast" role="status">
            {notice}
          </div>
        )}
      </div>
    </section>
  );
}
