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
import { GraphTable } from '../tables/GraphTable.tsx';
import { DisplaySwitch } from '../tables/DisplaySwitch.tsx';
import { countByLabel, useDrawnGraph } from './use-drawn-graph.ts';
import { groupNeighbours, pluralType } from './neighbour-groups.ts';
import { usePanel } from '../state/use-remembered.ts';
import type { ViewProps } from './view-props.ts';

export function NeighbourhoodView({ state, navigate, selectNode, focusRequest, onCounts, currentGraph }: ViewProps) {
  const centre = state.centre ?? state.node;
  const filterKey = JSON.stringify(state.filters);
  // Types the user asked to see more of; a new centre starts from the shared budget again.
  const [more, setMore] = useState<{ centre: string | null; types: NodeLabel[] }>({ centre, types: [] });
  const moreTypes = more.centre === centre ? more.types : [];
  const [listOpen, setListOpen] = usePanel('neighbours');
  const [result, retry] = useAsync(
    centre
      ? (signal) =>
          api.neighbourhood(centre, { depth: state.depth, minWeight: state.minWeight, filters: state.filters, more: moreTypes }, signal)
      : null,
    [centre, state.depth, state.minWeight, filterKey, moreTypes.join(',')],
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

  const centreNode = dto?.nodes.find((node) => node.id === dto.centre);
  const groups = useMemo(() => (drawn && dto ? groupNeighbours(dto, drawn.graph) : []), [drawn, dto]);
  const showMore = (label: NodeLabel) => setMore({ centre, types: [...new Set([...moreTypes, label])] });

  if (!centre) {
    return (
      <section className="view" aria-labelledby="neighbourhood-heading">
        <header className="view-header">
          <h1 id="neighbourhood-heading">Neighbourhood</h1>
        </header>
        <div className="view-body centred">
          <Empty title="Pick a node to see its neighbourhood">
            <SearchBox
              label="Find a node"
              placeholder="Search a method, dataset, paper…"
              onChoose={(hit) => navigate({ node: hit.id, centre: hit.id })}
              testId="neighbourhood-search"
            />
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
  const tableRows = groups.flatMap((group) =>
    group.kinds.flatMap((kind) => kind.items.map((item) => [item.id, group.label, item.name, item.paperCount, item.weight])),
  );
  const hiddenByType = groups.filter((group) => group.total !== null && group.total > group.shown);

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
          <DisplaySwitch display={state.display} onChange={(display) => navigate({ display })} />
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
          <strong>{notShown.toLocaleString()} more not shown.</strong>{' '}
          {hiddenByType.length > 0
            ? 'Every type gets a share of the drawing; show more of one:'
            : 'Only the strongest links are drawn; raise the minimum weight, narrow the types or lower the depth to see others.'}
          {hiddenByType.length > 0 && (
            <span className="type-quota">
              {hiddenByType.map((group) => (
                <button
                  key={group.label}
                  type="button"
                  className="text-button small"
                  data-testid={`more-${group.label}`}
                  onClick={() => showMore(group.label)}
                >
                  <TypeDot label={group.label} /> {((group.total ?? 0) - group.shown).toLocaleString()} more {pluralType(group.label)}
                </button>
              ))}
            </span>
          )}
        </div>
      )}
      <div className="view-split">
        <div className="view-body">
          {result.status === 'loading' && <Loading label="Loading the neighbourhood…" />}
          {result.status === 'error' && <ErrorMessage error={result.error} onRetry={retry} />}
          {drawn && drawn.graph.order <= 1 && <Empty title="No neighbours match">Lower the minimum weight or widen the type filter.</Empty>}
          {drawn && drawn.graph.order > 1 && state.display === 'table' && (
            <GraphTable
              graph={drawn.graph}
              name="neighbourhood"
              centre={centre}
              tab={state.tableTab}
              onTab={(tableTab) => navigate({ tableTab })}
              selected={state.node}
              onSelect={selectNode}
            />
          )}
          {drawn && drawn.graph.order > 1 && state.display === 'graph' && (
            <GraphCanvas
              key={drawn.id}
              name="neighbourhood"
              ariaLabel="Neighbourhood graph"
              graph={drawn.graph}
              centre={centre}
              selected={state.node}
              focusRequest={focusRequest}
              edgeEvents
              linkLegend
              onSelectNode={selectNode}
              onClickEdge={openWhy}
            />
          )}
          {state.display === 'graph' && <p className="canvas-hint">Click a link to see why the two are connected</p>}
        </div>
        {/* The table groups neighbours by link kind itself: the list would only repeat it. */}
        {groups.length > 0 && state.display === 'graph' && (
          <div className={`side-list${listOpen ? '' : ' collapsed'}`} data-testid="neighbour-list" aria-label="Neighbours">
            <div className="side-list-head">
              {listOpen && <h2>Neighbours</h2>}
              {listOpen && <ExportButtons columns={tableColumns} rows={tableRows} exportName="neighbourhood" />}
              <button
                type="button"
                className="side-list-toggle"
                aria-expanded={listOpen}
                data-testid="neighbour-list-toggle"
                onClick={() => setListOpen(!listOpen)}
              >
                {listOpen ? 'Hide list' : 'Neighbours'}
              </button>
            </div>
            {listOpen &&
              groups.map((group) => (
                <section key={group.label} className="neighbour-group" data-label={group.label}>
                  <h3>
                    <TypeDot label={group.label} /> {group.label === 'Paper' ? 'Papers' : group.label}{' '}
                    <span className="muted">
                      {group.total !== null && group.total > group.shown ? `${group.shown} of ${group.total}` : group.shown}
                    </span>
                  </h3>
                  {group.kinds.map((kind) => (
                    <div key={kind.kind} className="kind-group" data-kind={kind.kind}>
                      <p className="kind-heading">{kind.kind}</p>
                      <ul>
                        {kind.items.slice(0, 200).map((item) => (
                          <li key={item.id}>
                            <button type="button" className="link-button" onClick={() => selectNode(item.id)}>
                              {item.name}
                            </button>
                            {item.count !== null && item.count > 1 && (
                              <span className="number-chip" title="Count on this link (e.g. GPUs)">
                                ×{item.count}
                              </span>
                            )}
                            {item.kinds.length > 0 && centre && (
                              <button
                                type="button"
                                className="why-button"
                                title="Why are these connected?"
                                onClick={() => setWhy({ a: centre, b: item.id })}
                              >
                                why? {item.weight !== null && item.weight > 1 ? `· ${item.weight}` : ''}
                              </button>
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                  {group.total !== null && group.total > group.shown && (
                    <button
                      type="button"
                      className="link-button more-of-type"
                      data-testid={`list-more-${group.label}`}
                      onClick={() => showMore(group.label)}
                    >
                      {(group.total - group.shown).toLocaleString()} more {pluralType(group.label)}…
                    </button>
                  )}
                </section>
              ))}
          </div>
        )}
      </div>
      {why && <EdgePapersDialog a={why.a} b={why.b} onClose={() => setWhy(null)} onOpen={(id) => (setWhy(null), selectNode(id))} />}
    </section>
  );
}
