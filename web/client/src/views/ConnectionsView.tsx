/** Shortest connections between two nodes, drawn and listed. */
import { useEffect, useMemo, useState } from 'react';
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import { api } from '../api/client.ts';
import { useAsync } from '../state/use-async.ts';
import { GraphCanvas } from '../components/graph/GraphCanvas.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TypeDot } from '../components/NodeBadge.tsx';
import { ExportButtons } from '../components/DataTable.tsx';
import { EdgePapersDialog } from '../components/EdgePapersDialog.tsx';
import { PathStepEvidence } from '../components/PathStepEvidence.tsx';
import { GraphTable } from '../tables/GraphTable.tsx';
import { DisplaySwitch } from '../tables/DisplaySwitch.tsx';
import { useDrawnGraph } from './use-drawn-graph.ts';
import type { ViewProps } from './view-props.ts';
import type { GraphNodeDTO } from '../../../shared/api.ts';

function fallbackName(id: string | null): string {
  return id ? (parseNodeId(id)?.key ?? id) : '';
}

export function ConnectionsView({ state, navigate, selectNode, focusRequest, currentGraph }: ViewProps) {
  const { pathFrom, pathTo } = state;
  const filterKey = JSON.stringify(state.filters);
  const [pathCount, setPathCount] = useState(5);
  const [avoidHubs, setAvoidHubs] = useState(false);
  const [result, retry] = useAsync(
    pathFrom && pathTo ? (signal) => api.paths(pathFrom, pathTo, state.filters, { max: 5, k: pathCount, avoidHubs, signal }) : null,
    [pathFrom, pathTo, filterKey, pathCount, avoidHubs],
  );
  const dto = result.status === 'ready' ? result.data : null;
  const pinned = [pathFrom, pathTo].filter((id): id is string => id !== null);
  const drawn = useDrawnGraph(dto, state.filters, pinned, false);
  useEffect(() => {
    currentGraph.current = drawn?.graph ?? null;
  }, [drawn, currentGraph]);
  const [chosenPath, setChosenPath] = useState<number | null>(null);
  const [why, setWhy] = useState<{ a: string; b: string } | null>(null);

  const names = useMemo(() => new Map<string, GraphNodeDTO>((dto?.nodes ?? []).map((n) => [n.id, n])), [dto]);
  const paths = useMemo(() => (dto ? dto.paths.map((p) => p.nodes) : []), [dto]);
  const highlighted = useMemo(() => (chosenPath !== null && paths[chosenPath] ? [paths[chosenPath]] : paths), [paths, chosenPath]);

  const pathColumns = ['path', 'length', 'nodes'];
  const pathRows = (dto?.paths ?? []).map((p, i) => [i + 1, p.length, p.nodes.map((id) => names.get(id)?.name ?? id).join(' → ')]);

  return (
    <section className="view" aria-labelledby="connections-heading">
      <header className="view-header">
        <div>
          <h1 id="connections-heading">Connections</h1>
          <p className="muted">
            The shortest distinct paths between two nodes, through papers and co-occurrence; each step with the sentence naming both ends
          </p>
        </div>
        <div className="view-controls path-pickers">
          <DisplaySwitch display={state.display} onChange={(display) => navigate({ display })} />
          <SearchBox
            label="From node"
            placeholder="From…"
            initialText={names.get(pathFrom ?? '')?.name ?? fallbackName(pathFrom)}
            onChoose={(hit) => navigate({ pathFrom: hit.id })}
            testId="path-from"
          />
          <button
            type="button"
            className="icon-button"
            title="Swap"
            aria-label="Swap from and to"
            onClick={() => navigate({ pathFrom: pathTo, pathTo: pathFrom })}
          >
            ⇄
          </button>
          <SearchBox
            label="To node"
            placeholder="To…"
            initialText={names.get(pathTo ?? '')?.name ?? fallbackName(pathTo)}
            onChoose={(hit) => navigate({ pathTo: hit.id })}
            testId="path-to"
          />
          <label className="inline-field">
            <span>Paths</span>
            <select value={pathCount} onChange={(event) => setPathCount(Number(event.target.value))} data-testid="path-count">
              {[1, 3, 5, 10].map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field" title="Generic hubs (entities in more than 5% of papers) say little about a connection">
            <input type="checkbox" checked={avoidHubs} onChange={(event) => setAvoidHubs(event.target.checked)} data-testid="avoid-hubs" />
            <span>Avoid generic hubs</span>
          </label>
        </div>
      </header>
      <div className="view-split">
        <div className="view-body">
          {(!pathFrom || !pathTo) && (
            <Empty title="Pick two nodes">Search for a start and an end above; the shortest connections between them are drawn here.</Empty>
          )}
          {result.status === 'loading' && <Loading label="Finding the shortest connections…" />}
          {result.status === 'error' && <ErrorMessage error={result.error} onRetry={retry} />}
          {dto && dto.paths.length === 0 && (
            <Empty title="No connection found">These two are not connected within the path length the server searches.</Empty>
          )}
          {drawn && dto && dto.paths.length > 0 && state.display === 'table' && (
            <GraphTable
              graph={drawn.graph}
              name="connections"
              tab={state.tableTab}
              onTab={(tableTab) => navigate({ tableTab })}
              selected={state.node}
              onSelect={selectNode}
            />
          )}
          {drawn && dto && dto.paths.length > 0 && state.display === 'graph' && (
            <GraphCanvas
              key={drawn.id}
              name="connections"
              ariaLabel="Shortest paths graph"
              graph={drawn.graph}
              selected={state.node}
              paths={highlighted}
              focusRequest={focusRequest}
              edgeEvents
              linkLegend
              onSelectNode={selectNode}
              onClickEdge={(edge) => {
                const [a, b] = drawn.graph.extremities(edge);
                setWhy({ a, b });
              }}
            />
          )}
        </div>
        {dto && dto.paths.length > 0 && (
          <div className="side-list" data-testid="path-list" aria-label="Paths">
            <div className="side-list-head">
              <h2>
                {dto.paths.length} {dto.paths.length === 1 ? 'path' : 'paths'}
                {dto.paths.length < pathCount ? <span className="muted"> (all there are within 5 hops)</span> : null}
              </h2>
              <ExportButtons columns={pathColumns} rows={pathRows} exportName="paths" />
            </div>
            <ol className="paths">
              {dto.paths.map((path, index) => (
                <li key={index} className={chosenPath === index ? 'chosen' : undefined}>
                  <button
                    type="button"
                    className="path-head"
                    aria-pressed={chosenPath === index}
                    onClick={() => setChosenPath(chosenPath === index ? null : index)}
                  >
                    Path {index + 1} · {path.length} {path.length === 1 ? 'hop' : 'hops'}
                  </button>
                  <div className="path-steps">
                    {path.nodes.map((id, step) => {
                      const node = names.get(id);
                      return (
                        <span key={`${id}-${step}`} className="path-step">
                          {step > 0 && (
                            <span className="path-arrow" aria-hidden="true">
                              →
                            </span>
                          )}
                          <button type="button" className="mention-chip" onClick={() => selectNode(id)}>
                            {node && <TypeDot label={node.label} />}
                            {node?.name ?? id}
                          </button>
                        </span>
                      );
                    })}
                  </div>
                  {(chosenPath ?? 0) === index && <PathStepEvidence nodes={path.nodes} names={names} onWhy={(a, b) => setWhy({ a, b })} />}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
      {why && <EdgePapersDialog a={why.a} b={why.b} onClose={() => setWhy(null)} onOpen={(id) => (setWhy(null), selectNode(id))} />}
    </section>
  );
}
