/**
 * The read-only Cypher console: a Cypher-aware editor with completion from the database's own schema,
 * parameters, examples, history, and results as a graph and as a table. Refusals (403), syntax errors
 * (400, with position), Neo4j's runtime errors (400, with its code) and stops at the time or memory limit (422) are
 * shown as what they are.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CypherEditor, type EditorSupportSchema } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { CypherResponse } from '../../../shared/api.ts';
import { ApiError, api } from '../api/client.ts';
import { addToHistory, clearHistory, parseParams, readHistory, type HistoryEntry } from '../state/cypher-history.ts';
import { GraphCanvas } from '../components/graph/GraphCanvas.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { Empty, Loading } from '../components/States.tsx';
import { Icon } from '../components/Icon.tsx';
import { GraphTable } from '../tables/GraphTable.tsx';
import { countByLabel, useDrawnGraph } from './use-drawn-graph.ts';
import { CYPHER_EXAMPLES } from './cypher-examples.ts';
import type { ViewProps } from './view-props.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const SCHEMA_QUERIES = {
  labels: 'CALL db.labels() YIELD label RETURN label ORDER BY label',
  relationshipTypes: 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType',
  propertyKeys: 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey',
};

/**
 * The server runs one console query per client at a time (429 past that): this page's own queries (the editor's
 * schema look-ups and the user's runs) wait for each other instead of colliding.
 */
let consoleTurn: Promise<unknown> = Promise.resolve();
function inTurn<T>(run: () => Promise<T>): Promise<T> {
  const next = consoleTurn.then(run, run);
  consoleTurn = next.catch(() => undefined);
  return next;
}

async function firstColumn(query: string): Promise<string[]> {
  const response = await inTurn(() => api.cypher({ query }));
  return response.rows.map((row) => String(row[0]));
}

/** Completion data asked of the database through the console itself (the procedures are allow-listed). */
function useEditorSchema(paramNames: string[]): EditorSupportSchema {
  const [base, setBase] = useState<EditorSupportSchema>({});
  useEffect(() => {
    let cancelled = false;
    // One after another: the server limits concurrent console queries per client.
    const load = async () => {
      const labels = await firstColumn(SCHEMA_QUERIES.labels);
      const relationshipTypes = await firstColumn(SCHEMA_QUERIES.relationshipTypes);
      const propertyKeys = await firstColumn(SCHEMA_QUERIES.propertyKeys);
      if (!cancelled)
        setBase({ labels: labels.map((l) => `:${l}`), relationshipTypes: relationshipTypes.map((t) => `:${t}`), propertyKeys });
    };
    load().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  const paramKey = paramNames.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ ...base, parameters: paramNames }), [base, paramKey]);
}

/** The server caps concurrent console queries per client (429): wait briefly and try again before reporting it. */
async function runWithRetry<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'busy' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
    }
  }
}

type RunState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; response: CypherResponse } | { status: 'failed'; error: unknown };

function ConsoleError({ error, query }: { error: unknown; query: string }) {
  if (!(error instanceof ApiError))
    return (
      <div className="console-error" role="alert">
        {String(error)}
      </div>
    );
  const titles: Record<string, string> = {
    refused: 'Refused: the console is read-only',
    syntax: 'Syntax error',
    query: 'The query failed',
    timeout: 'Timed out',
    limit: 'Stopped at the console’s memory limit',
    busy: 'The console is busy',
    unavailable: 'The graph database is unavailable',
    network: 'The server is unreachable',
  };
  const position = error.body?.position;
  const line = position ? query.split('\n')[position.line - 1] : undefined;
  return (
    <div className={`console-error kind-${error.kind}`} role="alert" data-testid="cypher-error" data-status={error.status ?? ''}>
      <strong>
        {titles[error.kind] ?? 'Error'}
        {error.status ? ` (${error.status})` : ''}
      </strong>
      <p>{error.message}</p>
      {error.body?.neo4jCode && <p className="muted">Neo4j: {error.body.neo4jCode}</p>}
      {position && line !== undefined && (
        <pre className="error-position" aria-label={`Line ${position.line}, column ${position.column}`}>
          {`line ${position.line}, column ${position.column}\n${line}\n${' '.repeat(Math.max(position.column - 1, 0))}^`}
        </pre>
      )}
    </div>
  );
}

export function CypherView({ state, navigate, selectNode, focusRequest, onCounts, currentGraph }: ViewProps) {
  const [query, setQuery] = useState(() => readHistory(storage())[0]?.query ?? CYPHER_EXAMPLES[0].query);
  const [paramsText, setParamsText] = useState(() => readHistory(storage())[0]?.params ?? '');
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [ranQuery, setRanQuery] = useState('');
  const [tab, setTab] = useState<'graph' | 'table'>('table');
  const [sideTab, setSideTab] = useState<'examples' | 'history'>('examples');
  const [history, setHistory] = useState<HistoryEntry[]>(() => readHistory(storage()));
  const controllerRef = useRef<AbortController | null>(null);
  const queryRef = useRef(query);
  const paramsRef = useRef(paramsText);
  queryRef.current = query;
  paramsRef.current = paramsText;

  const parsedParams = parseParams(paramsText);
  const schema = useEditorSchema(parsedParams.ok ? Object.keys(parsedParams.params) : []);
  const response = run.status === 'done' ? run.response : null;
  const drawn = useDrawnGraph(response?.graph ?? null, state.filters, [], state.colour === 'community');
  useEffect(() => {
    currentGraph.current = drawn?.graph ?? null;
  }, [drawn, currentGraph]);
  const resultGraph = drawn && drawn.graph.order > 0 ? drawn : null;
  useEffect(() => {
    if (drawn) onCounts(countByLabel(drawn.graph));
  }, [drawn, onCounts]);

  const execute = useCallback(async () => {
    const text = queryRef.current;
    const params = parseParams(paramsRef.current);
    if (text.trim() === '') return;
    if (!params.ok) {
      setRun({ status: 'failed', error: new ApiError(params.message, 'syntax', null, null) });
      return;
    }
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setRun({ status: 'running' });
    setRanQuery(text);
    try {
      const result = await runWithRetry(() => inTurn(() => api.cypher({ query: text, params: params.params }, controller.signal)));
      if (controller.signal.aborted) return;
      setRun({ status: 'done', response: result });
      setTab(result.graph.nodes.length > 0 ? 'graph' : 'table');
      setHistory(addToHistory(storage(), { query: text, params: paramsRef.current, at: new Date().toISOString(), outcome: 'ok' }));
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      setRun({ status: 'failed', error });
      setHistory(addToHistory(storage(), { query: text, params: paramsRef.current, at: new Date().toISOString(), outcome: 'error' }));
    }
  }, []);

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      void execute();
    }
  };
  const load = (entry: { query: string; params?: string }) => {
    setQuery(entry.query);
    setParamsText(entry.params ?? '');
  };

  return (
    <section className="view cypher-view" aria-labelledby="cypher-heading">
      <header className="view-header">
        <div>
          <h1 id="cypher-heading">Cypher console</h1>
          <p className="muted">Read-only. Ctrl/⌘ + Enter runs the query.</p>
        </div>
      </header>
      <div className="console-top">
        <div className="console-editor" onKeyDownCapture={onKeyDownCapture}>
          <label className="visually-hidden" id="cypher-editor-label">
            Cypher query
          </label>
          <div className="editor-frame" data-testid="cypher-editor" aria-labelledby="cypher-editor-label">
            <CypherEditor
              value={query}
              onValueChanged={(value) => setQuery(value)}
              schema={schema}
              autofocus={false}
              lineWrapping
              lint
              // Tab must leave the editor (no keyboard trap); Enter accepts a completion.
              tabKey={false}
              theme="light"
              placeholder="MATCH (n) RETURN n LIMIT 10"
              className="cypher-editor"
            />
          </div>
          <div className="console-row">
            <label className="params-field">
              <span>Parameters (JSON)</span>
              <input
                type="text"
                spellCheck={false}
                value={paramsText}
                placeholder='{"dataset": "imagenet"}'
                onChange={(e) => setParamsText(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && void execute()}
                aria-invalid={!parsedParams.ok}
              />
            </label>
            <button
              type="button"
              className="text-button primary run-button"
              onClick={() => void execute()}
              disabled={run.status === 'running'}
              data-testid="cypher-run"
            >
              <Icon name="run" /> {run.status === 'running' ? 'Running…' : 'Run'}
            </button>
          </div>
          {!parsedParams.ok && <p className="error-text">{parsedParams.message}</p>}
        </div>
        <div className="console-side">
          <div className="segmented small" role="tablist" aria-label="Examples or history">
            <button type="button" role="tab" aria-selected={sideTab === 'examples'} onClick={() => setSideTab('examples')}>
              Examples
            </button>
            <button type="button" role="tab" aria-selected={sideTab === 'history'} onClick={() => setSideTab('history')}>
              History {history.length > 0 ? `(${history.length})` : ''}
            </button>
          </div>
          <ul className="query-list" role="tabpanel">
            {sideTab === 'examples' &&
              CYPHER_EXAMPLES.map((example) => (
                <li key={example.title}>
                  <button type="button" className="query-item" onClick={() => load(example)}>
                    <strong>{example.title}</strong>
                    <code>{example.query.split('\n')[0]}</code>
                  </button>
                </li>
              ))}
            {sideTab === 'history' && history.length === 0 && <li className="muted">Queries you run appear here.</li>}
            {sideTab === 'history' &&
              history.map((entry) => (
                <li key={`${entry.at}-${entry.query}`}>
                  <button type="button" className={`query-item outcome-${entry.outcome}`} onClick={() => load(entry)}>
                    <code>{entry.query}</code>
                    <span className="muted">{new Date(entry.at).toLocaleString()}</span>
                  </button>
                </li>
              ))}
            {sideTab === 'history' && history.length > 0 && (
              <li>
                <button type="button" className="link-button" onClick={() => (clearHistory(storage()), setHistory([]))}>
                  Clear history
                </button>
              </li>
            )}
          </ul>
        </div>
      </div>
      <div className="console-results" data-testid="cypher-results">
        {run.status === 'idle' && <Empty title="Run a query to see its results">Pick an example on the right to start.</Empty>}
        {run.status === 'running' && <Loading label="Running…" />}
        {run.status === 'failed' && <ConsoleError error={run.error} query={ranQuery} />}
        {response && (
          <>
            <div className="results-head">
              <div className="segmented small" role="tablist" aria-label="Result view">
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'graph' && state.display === 'graph'}
                  onClick={() => (setTab('graph'), navigate({ display: 'graph' }))}
                  data-testid="tab-graph"
                >
                  Graph ({response.graph.nodes.length})
                </button>
                {/* The result graph as tables of its nodes and links: the URL's Graph | Table choice, as in other views. */}
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'graph' && state.display === 'table'}
                  onClick={() => (setTab('graph'), navigate({ display: 'table' }))}
                  data-testid="tab-graph-table"
                >
                  Nodes &amp; links
                </button>
                <button type="button" role="tab" aria-selected={tab === 'table'} onClick={() => setTab('table')} data-testid="tab-table">
                  Table ({response.rows.length})
                </button>
              </div>
              <span className="muted" data-testid="cypher-summary">
                {response.summary.rowCount} {response.summary.rowCount === 1 ? 'row' : 'rows'} in {response.summary.elapsedMs} ms
                {response.truncated ? ` · truncated: ${response.truncatedReasons?.join(' ') ?? 'at the server’s cap'}` : ''}
                {drawn && drawn.hiddenNodes > 0 ? ` · ${drawn.hiddenNodes} nodes hidden by filters` : ''}
              </span>
            </div>
            {response.summary.notifications.length > 0 && (
              <ul className="notifications">
                {response.summary.notifications.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            )}
            <div className="results-body">
              {tab === 'graph' && resultGraph && state.display === 'table' && (
                <GraphTable
                  key={resultGraph.id}
                  graph={resultGraph.graph}
                  name="cypher"
                  tab={state.tableTab}
                  onTab={(tableTab) => navigate({ tableTab })}
                  selected={state.node}
                  onSelect={selectNode}
                />
              )}
              {tab === 'graph' && resultGraph && state.display === 'graph' && (
                <GraphCanvas
                  key={resultGraph.id}
                  name="cypher"
                  ariaLabel="Query result graph"
                  graph={resultGraph.graph}
                  selected={state.node}
                  focusRequest={focusRequest}
                  onSelectNode={selectNode}
                />
              )}
              {tab === 'graph' && !resultGraph && (
                <Empty title="No nodes in this result">Return nodes or relationships (e.g. RETURN n) to draw them.</Empty>
              )}
              {tab === 'table' &&
                (response.rows.length > 0 ? (
                  <DataTable columns={response.columns} rows={response.rows} exportName="query" onOpen={selectNode} />
                ) : (
                  <Empty title="No rows" />
                ))}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
