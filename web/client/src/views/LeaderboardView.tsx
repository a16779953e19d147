/**
 * Leaderboard: every result on a (dataset, metric) pair, best first by the metric's direction, each with its
 * subject, value, kind, baseline, paper and highlighted sentence. With only a dataset, metric or method chosen,
 * it lists the pairs that have results to pick from.
 */
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import { resultsApi } from '../api/results-client.ts';
import { useAsync } from '../state/use-async.ts';
import { ResultPickers } from '../components/ResultPickers.tsx';
import { ResultsTable } from '../components/ResultsTable.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import type { ViewProps } from './view-props.ts';
import './results.css';

const labelOf = (id: string | null): string | null => (id ? (parseNodeId(id)?.label ?? null) : null);

export function LeaderboardView({ state, navigate, selectNode }: ViewProps) {
  const dataset = labelOf(state.resultA) === 'Dataset' ? state.resultA : null;
  const metric = labelOf(state.resultB) === 'Metric' ? state.resultB : null;
  // What the pair list is of: the dataset, else the metric, else whatever single entity the link named.
  const pairsOf = dataset ?? metric ?? state.resultA ?? state.resultB;
  const [board, retryBoard] = useAsync(dataset && metric ? (signal) => resultsApi.leaderboard(dataset, metric, { signal }) : null, [
    dataset,
    metric,
  ]);
  const [pairs, retryPairs] = useAsync(pairsOf ? (signal) => resultsApi.pairs(pairsOf, { signal }) : null, [pairsOf]);
  const data = board.status === 'ready' ? board.data : null;
  const direction = data
    ? data.higherIsBetter === false
      ? 'lower is better'
      : data.higherIsBetter
        ? 'higher is better'
        : 'direction unknown: higher first'
    : '';

  return (
    <section className="view" aria-labelledby="leaderboard-heading">
      <header className="view-header">
        <div>
          <h1 id="leaderboard-heading">
            Leaderboard{' '}
            {data && (
              <span className="heading-subject" data-testid="leaderboard-subject">
                {data.dataset.name} × {data.metric.name}
              </span>
            )}
          </h1>
          <p className="muted">Results extracted from claims, best first{direction ? ` (${direction})` : ''}</p>
        </div>
        <ResultPickers
          navigate={navigate}
          pickers={[
            { label: 'Dataset', placeholder: 'Dataset…', chosen: dataset, name: data?.dataset.name, testId: 'leaderboard-dataset' },
            { label: 'Metric', placeholder: 'Metric…', chosen: metric, name: data?.metric.name, testId: 'leaderboard-metric' },
          ]}
        />
      </header>
      <div className="results-scroll">
        {pairs.status === 'ready' && pairs.data.pairs.length > 0 && (
          <>
            <h2 className="results-section-title">Pairs with results for {pairs.data.of.name}</h2>
            <ul className="pair-list" data-testid="result-pairs">
              {pairs.data.pairs.map((pair) => {
                const chosen = pair.dataset.id === dataset && pair.metric.id === metric;
                return (
                  <li key={`${pair.dataset.id}|${pair.metric.id}`}>
                    <button
                      type="button"
                      className="mention-chip"
                      aria-pressed={chosen}
                      onClick={() => navigate({ resultA: pair.dataset.id, resultB: pair.metric.id })}
                    >
                      {pair.dataset.name} × {pair.metric.name} ({pair.results})
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {pairs.status === 'ready' && pairs.data.pairs.length === 0 && !data && (
          <Empty title="No results yet">No extracted result of {pairs.data.of.name} names both a dataset and a metric.</Empty>
        )}
        {pairs.status === 'error' && <ErrorMessage error={pairs.error} onRetry={retryPairs} />}
        {!pairsOf && (
          <Empty title="Pick a dataset and a metric">
            Search for them above, or open a dataset's panel and choose “Results on this dataset”.
          </Empty>
        )}
        {board.status === 'loading' && <Loading label="Loading the leaderboard…" />}
        {board.status === 'error' && <ErrorMessage error={board.error} onRetry={retryBoard} />}
        {data && data.rows.length === 0 && (
          <Empty title="No results on this pair">
            No extracted result reports {data.metric.name} on {data.dataset.name}.
          </Empty>
        )}
        {data && data.rows.length > 0 && (
          <>
            <p className="muted" data-testid="leaderboard-total">
              {data.total} {data.total === 1 ? 'result' : 'results'}
              {data.rows.length < data.total ? `, best ${data.rows.length} shown` : ''}
            </p>
            <ResultsTable rows={data.rows} onOpen={selectNode} testId="leaderboard-table" />
          </>
        )}
      </div>
    </section>
  );
}
