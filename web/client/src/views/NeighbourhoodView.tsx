/** The ego network of one node: depth, types and minimum weight, with what the cap left out counted. */
import { useEffect, useMemo, useState } from 'react';
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { api } from '../api/client.ts';
import { useAsync } from '../state/use-async.ts';
import { GraphCanvas } from '../components/graph/GraphCanvas.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TypeDot } from '../components/NodeBadge.tsx';
import { ExportButtons } from '../components/DataTable.tsx';
import { EdgePapersDialog } from '../components/EdgePapersDialog.tsx';
import { countByLabel, useDrawnGraph } from './use-drawn-graph.ts';
import type { ViewProps } from './view-props.ts';
import { NODE_LABELS } from '../../../../graph-schema/model.ts';

export function NeighbourhoodView({ state, navigate, selectNode, focusRequest, onCounts, currentGraph }: ViewProps) {
  const centre = state.centre ?? state.node;
  const filterKey = JSON.stringify(state.filters);
  const [result, retry] = useAsync(
    centre ? (signal) => api.neighbourhood(centre, { depth: state.depth, minWeight: state.minWeight, filters: state.filters }, signal) : null,
    [centre, state.depth, state.minWeight, filterKey],
  );
  const dto = result.status === 'ready' ? result.data : null;
  const drawn = useDrawnGraph(dto, state.filters, centre ? [centre] : [], state.colour === 'community');
  useEffect(() => {
    currentGraph.current = drawn?.graph ?? null;
  }, [drawn, currentGraph]);
  const [why, setWhy] = useState<{ a: string; b: string } | null>(null);
  const [minWeightText, setMinWeightText] = useState(String(state.minWeight));
  useEffect(() => setMinWeightText(String(state.minWeight)), [state.minWeight]);
  useEffect(() => {
    if (drawn) onCounts(countByLabel(drawn.graph));
  }, [drawn, onCounts]);

  const centreNode = dto?.nodes.find((node) => node.id === dto.center);
  const groups = useMemo(() => {
    if (!drawn || !dto) return [];
    const graph = drawn.graph;
    const byLabel = new Map<NodeLabel, Array<{ id: string; name: string; paperCount: number | null; weight: number | null }>>();
    graph.forEachNode((id, a) => {
      if (id === dto.center) return;
      const edge = graph.hasNode(dto.center) ? graph.edge(dto.center, id) : undefined;
      const weight = edge !== undefined ? graph.getEdgeAttribute(edge, 'weight') : null;
      byLabel.set(a.nodeLabel, [...(byLabel.get(a.nodeLabel) ?? []), { id, name: a.label, paperCount: a.paperCount, weight }]);
    });
    return NODE_LABELS.filter((label) => byLabel.has(label)).map((label) => ({
      label,
      items: (byLabel.get(label) ?? []).sort((x, y) => (y.weight ?? 0) - (x.weight ?? 0) || (y.paperCount ?? 0) - (x.paperCount ?? 0)),
    }));
  }, [drawn, dto]);

  if (!centre) {
    return (
      <section className="view" aria-labelledby="neighbourhood-heading">
        <header className="view-header">
          <h1 id="neighbourhood-heading">Neighbourhood</h1>
        </header>
        <div className="view-body centred">
          <Empty title="Pick a node to see its neighbourhood">
            <SearchBox label="Find a node" placeholder="Search a method, dataset, paper…" onChoose={(hit) => navigate({ node: hit.id, centre: hit.id })} testId="neighbourhood-search" />
          </Empty>
        </div>
      </section>
    );
  }

  const shown = drawn ? Math.max(drawn.graph.order - 1, 0) : 0;
  const notShown = dto ? Math.max(dto.total - (dto.nodes.length - 1), 0) : 0;
  const commitMinWeight = () => {
    const value = Number.parseInt(minWeightText, 10);
    navigate({ minWeight: Number.isFinite(value) && value > 1 ? value : 1 });
  };
  const openWhy = (edge: string) => {
    if (!drawn) return;
    const [a, b] = drawn.graph.extremities(edge);
    setWhy({ a, b });
  };
  const tableColumns = ['id', 'label', 'name', 'paperCount', 'weight'];
  const tableRows = groups.flatMap((group) => group.items.map((item) => [item.id, group.label, item.name, item.paperCount, item.weight]));

  return (
    <section className="view" aria-labelledby="neighbourhood-heading">
      <header className="view-header">
        <div>
          <h1 id="neighbourhood-heading">
            Neighbourhood{centreNode ? <span className="heading-subject"> of {centreNode.name}</span> : null}
          </h1>
          <p className="muted" data-testid="neighbourhood-stats">
            {dto ? `${shown} neighbours shown` : 'Loading…'}
            {drawn && drawn.hiddenNodes > 0 ? ` · ${drawn.hiddenNodes} hidden by filters` : ''}
          </p>
        </div>
        <div className="view-controls">
          <div className="segmented" role="radiogroup" aria-label="Depth">
            {([1, 2, 3] as const).map((depth) => (
              <button key={depth} type="button" role="radio" aria-checked={state.depth === depth} onClick={() => navigate({ depth })}>
                {depth} {depth === 1 ? 'hop' : 'hops'}
              </button>
            ))}
          </div>
          <label className="inline-field">
            <span>Min. weight</span>
            <input
              type="number"
              min={1}
              value={minWeightText}
              onChange={(e) => setMinWeightText(e.target.value)}
              onBlur={commitMinWeight}
              onKeyDown={(e) => e.key === 'Enter' && commitMinWeight()}
            />
          </label>
        </div>
      </header>
      {dto && (dto.truncated || notShown > 0) && (
        <div className="banner" role="status" data-testid="not-shown">
          <strong>{notShown.toLocaleString()} more not shown.</strong> Only the strongest links are drawn; raise the minimum weight, narrow the
          types or lower the depth to see others.
        </div>
      )}
      <div className="view-split">
        <div className="view-body">
          {result.status === 'loading' && <Loading label="Loading the neighbourhood…" />}
          {result.status === 'error' && <ErrorMessage error={result.error} onRetry={retry} />}
          {drawn && drawn.graph.order <= 1 && <Empty title="No neighbours match">Lower the minimum weight or widen the type filter.</Empty>}
          {drawn && drawn.graph.order > 1 && (
            <GraphCanvas
              key={drawn.id}
              name="neighbourhood"
              ariaLabel="Neighbourhood graph"
              graph={drawn.graph}
              selected={state.node}
              focusRequest={focusRequest}
              edgeEvents
              onSelectNode={selectNode}
              onClickEdge={openWhy}
            />
          )}
          <p className="canvas-hint">Click a link to see why the two are connected</p>
        </div>
        {groups.length > 0 && (
          <div className="side-list" data-testid="neighbour-list" aria-label="Neighbours">
            <div className="side-list-head">
              <h2>Neighbours</h2>
              <ExportButtons columns={tableColumns} rows={tableRows} exportName="neighbourhood" />
            </div>
            {groups.map((group) => (
              <section key={group.label} className="neighbour-group" data-label={group.label}>
                <h3>
                  <TypeDot label={group.label} /> {group.label === 'Paper' ? 'Papers' : group.label} <span className="muted">{group.items.length}</span>
                </h3>
                <ul>
                  {group.items.slice(0, 200).map((item) => (
                    <li key={item.id}>
                      <button type="button" className="link-button" onClick={() => selectNode(item.id)}>
                        {item.name}
                      </button>
                      {item.weight !== null && centre && (
                        <button type="button" className="why-button" title="Why are these connected?" onClick={() => setWhy({ a: centre, b: item.id })}>
                          why? {item.weight > 1 ? `· ${item.weight}` : ''}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </div>
      {why && <EdgePapersDialog a={why.a} b={why.b} onClose={() => setWhy(null)} onOpen={(id) => (setWhy(null), selectNode(id))} />}
    </section>
  );
}
