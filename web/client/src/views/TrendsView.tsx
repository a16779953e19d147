/** Papers over time for several entities, picked from search and kept in the URL (`trend=`, `bucket=`). */
import type { SearchHit } from '../../../shared/api.ts';
import { isEntityLabel } from '../../../../graph-schema/model.ts';
import { timeApi } from '../api/trends-client.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { useAsync } from '../state/use-async.ts';
import { MAX_TREND_IDS } from '../state/time-url-state.ts';
import { EntityLink, windowOf } from './time-view-parts.tsx';
import type { ViewProps } from './view-props.ts';

export function TrendsView({ state, navigate, selectNode }: ViewProps) {
  const { trendIds, bucket } = state.time;
  const window = windowOf(state);
  const [trends, retry] = useAsync(trendIds.length > 0 ? (signal) => timeApi.trends(trendIds, bucket, window, signal) : null, [
    trendIds.join(','),
    bucket,
    window.from,
    window.to,
  ]);
  const setTime = (patch: Partial<typeof state.time>) => navigate({ time: { ...state.time, ...patch } });
  const add = (hit: SearchHit) => {
    if (!isEntityLabel(hit.label) || trendIds.includes(hit.id)) return;
    setTime({ trendIds: [...trendIds, hit.id].slice(-MAX_TREND_IDS) });
  };
  return (
    <div className="time-view" data-testid="trends-view">
      <div className="toolbar">
        <h2>Trends</h2>
        <SearchBox label="Add an entity to compare" placeholder="Add a method, dataset, task…" onChoose={add} testId="trend-search" />
        <label>
          Per{' '}
          <select
            value={bucket}
            onChange={(event) => setTime({ bucket: event.target.value === 'year' ? 'year' : 'month' })}
            data-testid="trend-bucket"
          >
            <option value="month">month</option>
            <option value="year">year</option>
          </select>
        </label>
      </div>
      {trendIds.length > 0 && (
        <div className="chip-row" data-testid="trend-chips">
          {trendIds.map((id) => (
            <span key={id} className="trend-chip">
              {id}
              <button type="button" aria-label={`Remove ${id}`} onClick={() => setTime({ trendIds: trendIds.filter((one) => one !== id) })}>
                ×
              </button>
            </span>
          ))}
        </div>
      )}
      {trendIds.length === 0 && (
        <Empty title="Pick entities to compare">
          Search above, or use “Compare over time” in an entity's panel. The date filters at left set the range.
        </Empty>
      )}
      {trends.status === 'loading' && <Loading label="Counting papers over time…" />}
      {trends.status === 'error' && <ErrorMessage error={trends.error} onRetry={retry} />}
      {trends.status === 'ready' && (
        <>
          <section>
            <TrendChart trends={trends.data} />
            {trends.data.undatedNote && (
              <p className="muted small" data-testid="undated-note">
                {trends.data.undatedNote}
              </p>
            )}
            {trends.data.missing.length > 0 && <p className="error-text">Not in the graph: {trends.data.missing.join(', ')}</p>}
          </section>
          <section>
            <table className="time-table" data-testid="trend-table">
              <thead>
                <tr>
                  <th scope="col">Entity</th>
                  <th scope="col" className="number">
                    Dated papers
                  </th>
                  <th scope="col" className="number">
                    Undated
                  </th>
                  <th scope="col" className="number">
                    Busiest {trends.data.bucket}
                  </th>
                </tr>
              </thead>
              <tbody>
                {trends.data.series.map((series) => {
                  const peak = Math.max(0, ...series.counts);
                  return (
                    <tr key={series.entity.id}>
                      <td>
                        <EntityLink entity={series.entity} onOpen={selectNode} />
                      </td>
                      <td className="number">{series.dated}</td>
                      <td className="number">{series.undated}</td>
                      <td className="number">{peak > 0 ? `${trends.data.buckets[series.counts.indexOf(peak)]} (${peak})` : '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
