/** The explorer shell: header with search and views, filters on the left, the view, details on the right. */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { HealthResponse, SearchHit } from '../../shared/api.ts';
import { COUNTED_LABELS, LABEL_NAMES } from '../../../graph-schema/label-names.ts';
import type { NodeLabel } from '../../../graph-schema/model.ts';
import { api, ApiError } from './api/client.ts';
import { useExplorerState } from './state/use-explorer-state.ts';
import type { ViewName } from './state/url-state.ts';
import type { ExplorerGraph } from './graph/build.ts';
import { SearchBox } from './components/SearchBox.tsx';
import { FiltersPanel } from './components/FiltersPanel.tsx';
import { DetailsPanel, type DetailsActions } from './components/DetailsPanel.tsx';
import { Icon } from './components/Icon.tsx';
import { OverviewView } from './views/OverviewView.tsx';
import { NeighbourhoodView } from './views/NeighbourhoodView.tsx';
import { ConnectionsView } from './views/ConnectionsView.tsx';
import { TIME_VIEW_TABS, TimeViews } from './views/TimeViews.tsx';
import { LeaderboardView } from './views/LeaderboardView.tsx';
import { CompareView } from './views/CompareView.tsx';
import { resultsNavigation } from './state/results-navigation.ts';
import type { ViewProps } from './views/view-props.ts';
import { Loading } from './components/States.tsx';
import { ThemeToggle } from './components/ThemeToggle.tsx';
import { usePanel } from './state/use-remembered.ts';
import { useThemeChoice } from './state/theme.ts';

// The Cypher editor (CodeMirror + the Cypher grammar) is most of the bundle: load it only when asked.
const CypherView = lazy(() => import('./views/CypherView.tsx').then((module) => ({ default: module.CypherView })));

const VIEW_TABS: Array<{ view: ViewName; title: string }> = [
  { view: 'overview', title: 'Overview' },
  { view: 'neighbourhood', title: 'Neighbourhood' },
  { view: 'connections', title: 'Connections' },
  { view: 'cypher', title: 'Cypher' },
  ...TIME_VIEW_TABS,
];

type HealthState = { kind: 'checking' } | { kind: 'ok'; health: HealthResponse } | { kind: 'down'; message: string };

function useHealth(): HealthState {
  const [health, setHealth] = useState<HealthState>({ kind: 'checking' });
  useEffect(() => {
    let timer: number | undefined;
    let cancelled = false;
    const check = () => {
      api.health().then(
        (response) => {
          if (cancelled) return;
          const down = !response.neo4j.reachable;
          setHealth(
            down
              ? { kind: 'down', message: `The graph database is unreachable${response.neo4j.error ? `: ${response.neo4j.error}` : '.'}` }
              : { kind: 'ok', health: response },
          );
          if (down) timer = window.setTimeout(check, 10_000);
        },
        (error: unknown) => {
          if (cancelled) return;
          const message =
            error instanceof ApiError && error.kind === 'unavailable'
              ? 'The graph database is unavailable. Views will load once it is back.'
              : 'The papergraph server cannot be reached. Start it with `npm start`; this page retries by itself.';
          setHealth({ kind: 'down', message });
          timer = window.setTimeout(check, 10_000);
        },
      );
    };
    check();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, []);
  return health;
}

export function App() {
  const [state, navigate] = useExplorerState();
  const health = useHealth();
  const [focusRequest, setFocusRequest] = useState<{ node: string; nonce: number; view: ViewName } | null>(() =>
    // A deep link into the overview flies to its node; other views frame their whole drawing.
    state.node && state.view === 'overview' ? { node: state.node, nonce: 0, view: 'overview' } : null,
  );
  const [filtersOpen, setFiltersOpen] = usePanel('filters', true);
  const [detailsOpen, setDetailsOpen] = usePanel('details');
  const themeChoice = useThemeChoice();
  const [counts, setCounts] = useState<Partial<Record<NodeLabel, number>>>({});
  const currentGraph = useRef<ExplorerGraph | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (event.key === '/' && !typing) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const selectNode = useCallback((id: string | null) => navigate({ node: id }), [navigate]);
  const focus = useCallback(
    (id: string, view: ViewName) => setFocusRequest((current) => ({ node: id, nonce: (current?.nonce ?? 0) + 1, view })),
    [],
  );

  // A hit drawn in the current view is flown to; any other opens its neighbourhood, framed whole.
  const chooseSearchHit = (hit: SearchHit) => {
    const inView = currentGraph.current?.hasNode(hit.id) ?? false;
    if (inView && state.view !== 'cypher') {
      navigate({ node: hit.id });
      focus(hit.id, state.view);
    } else navigate({ node: hit.id, centre: hit.id, view: 'neighbourhood' });
    setDetailsOpen(true);
  };

  const detailsActions: DetailsActions = {
    onOpen: (id) => {
      navigate({ node: id });
      if (currentGraph.current?.hasNode(id)) focus(id, state.view);
    },
    onNeighbourhood: (id) => navigate({ view: 'neighbourhood', centre: id, node: id }),
    onConnectFrom: (id) => {
      if (!state.pathFrom || state.pathFrom === id || state.view !== 'connections')
        navigate({ view: 'connections', pathFrom: id, pathTo: state.pathFrom === id ? state.pathTo : null });
      else navigate({ view: 'connections', pathTo: id });
    },
    onClose: () => navigate({ node: null }),
    results: resultsNavigation(navigate),
  };

  const onCounts = useCallback((next: Partial<Record<NodeLabel, number>>) => setCounts(next), []);
  const viewProps: ViewProps = {
    state,
    navigate,
    selectNode,
    focusRequest: focusRequest?.view === state.view ? focusRequest : null,
    onCounts,
    currentGraph,
  };
  const panelClasses = [
    state.node ? (detailsOpen ? ' with-details' : ' details-collapsed') : '',
    filtersOpen ? '' : ' filters-collapsed',
  ].join('');

  return (
    <div className={`app${panelClasses}`}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="icon-button panel-toggle"
          aria-label={filtersOpen ? 'Hide filters' : 'Show filters'}
          title={filtersOpen ? 'Hide filters' : 'Show filters'}
          aria-expanded={filtersOpen}
          aria-controls="filters-panel"
          data-testid="filters-toggle"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          <Icon name="filter" />
        </button>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="graph" size={18} />
          </span>
          <span className="brand-name">papergraph</span>
        </div>
        <SearchBox
          label="Search the graph"
          placeholder="Search methods, datasets, papers…  ( / )"
          onChoose={chooseSearchHit}
          inputRef={searchRef}
          testId="main-search"
        />
        <nav className="view-tabs" aria-label="Views">
          {VIEW_TABS.map((tab) => (
            <button
              key={tab.view}
              type="button"
              aria-current={state.view === tab.view ? 'page' : undefined}
              onClick={() => navigate({ view: tab.view })}
            >
              {tab.title}
            </button>
          ))}
        </nav>
        <ThemeToggle choice={themeChoice.choice} onChoose={themeChoice.choose} />
      </header>
      {health.kind === 'down' && (
        <div className="health-banner" role="alert" data-testid="health-banner">
          <Icon name="alert" /> {health.message}
        </div>
      )}
      <div className="workspace">
        <aside className="sidebar" id="filters-panel" aria-label="Filters and legend" hidden={!filtersOpen}>
          <FiltersPanel
            filters={state.filters}
            onChange={(filters) => navigate({ filters })}
            counts={counts}
            colouring={state.view === 'overview' ? state.colour : 'type'}
            undatedPapers={health.kind === 'ok' ? health.health.undatedPapers : undefined}
            totalPapers={health.kind === 'ok' ? health.health.counts.Paper : undefined}
          />
          {health.kind === 'ok' && (
            <section className="panel corpus">
              <h2>Corpus</h2>
              <dl className="corpus-counts">
                {COUNTED_LABELS.filter((label) => health.health.counts[label] !== undefined).map((label) => (
                  <div key={label}>
                    <dt>{LABEL_NAMES[label].plural}</dt>
                    <dd>{health.health.counts[label]?.toLocaleString()}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </aside>
        <main id="main" className="main" tabIndex={-1}>
          {state.view === 'overview' && <OverviewView {...viewProps} />}
          {state.view === 'neighbourhood' && <NeighbourhoodView {...viewProps} />}
          {state.view === 'connections' && <ConnectionsView {...viewProps} />}
          <TimeViews {...viewProps} />
          {state.view === 'leaderboard' && <LeaderboardView {...viewProps} />}
          {state.view === 'compare' && <CompareView {...viewProps} />}
          {state.view === 'cypher' && (
            <Suspense fallback={<Loading label="Loading the Cypher console…" />}>
              <CypherView {...viewProps} />
            </Suspense>
          )}
        </main>
        {state.node && detailsOpen && (
          <DetailsPanel key={state.node} nodeId={state.node} actions={detailsActions} onCollapse={() => setDetailsOpen(false)} />
        )}
        {state.node && !detailsOpen && (
          <button
            type="button"
            className="details-rail"
            data-testid="details-expand"
            aria-label="Show details"
            title="Show details"
            onClick={() => setDetailsOpen(true)}
          >
            <span aria-hidden="true">‹</span> Details
          </button>
        )}
      </div>
    </div>
  );
}
