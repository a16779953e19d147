/**
 * The time and hardware part of an entity's panel: follow/unfollow, papers per month as a sparkline, and the
 * hardware of its papers with counts (for a hardware: what runs on it).
 */
import type { HardwareResponse, HardwareUsageDTO, RunsOnHardwareDTO, TrendsResponse } from '../../../shared/trends-api.ts';
import { timeApi } from '../api/trends-client.ts';
import { useAsync } from '../state/use-async.ts';
import { useFollows } from '../state/follows.ts';
import { openExplorerState } from '../views/time-navigation.ts';
import { Sparkline } from './Sparkline.tsx';
import { ErrorMessage, Loading } from './States.tsx';
import '../time-views.css';

/** Beyond this many months the panel's sparkline shows the latest ones. */
const SPARKLINE_MONTHS = 48;

export function hardwareUsageText(usage: HardwareUsageDTO): string {
  const papers = `${usage.papers} ${usage.papers === 1 ? 'paper' : 'papers'}`;
  return usage.maxUnits !== null ? `${papers}, up to ${usage.maxUnits.toLocaleString()} units` : papers;
}

function recentMonths(trends: TrendsResponse): { counts: number[]; buckets: string[] } {
  const series = trends.series[0];
  if (!series) return { counts: [], buckets: [] };
  return { counts: series.counts.slice(-SPARKLINE_MONTHS), buckets: trends.buckets.slice(-SPARKLINE_MONTHS) };
}

function EntitySparkline({ id }: { id: string }) {
  const [state, retry] = useAsync((signal) => timeApi.trends([id], 'month', {}, signal), [id]);
  if (state.status === 'loading') return <Loading label="Loading papers over time…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} compact />;
  if (state.status !== 'ready') return null;
  const series = state.data.series[0];
  const { counts, buckets } = recentMonths(state.data);
  return (
    <div className="entity-trend" data-testid="entity-trend">
      {buckets.length > 0 ? <Sparkline counts={counts} buckets={buckets} /> : <p className="muted">No dated papers.</p>}
      <p className="muted small">
        {series ? `${series.dated} dated` : '0 dated'}
        {buckets.length > 0 ? ` · ${buckets[0]} – ${buckets[buckets.length - 1]}` : ''}
        {series && series.undated > 0 ? ` · ${series.undated} undated (not drawn)` : ''}
      </p>
    </div>
  );
}

function RunsList({ title, rows, onOpen }: { title: string; rows: RunsOnHardwareDTO[]; onOpen(id: string): void }) {
  if (rows.length === 0) return null;
  return (
    <div className="runs-group">
      <span className="group-label">{title}</span>
      {rows.slice(0, 6).map((row) => (
        <button type="button" key={row.entity.id} className="mention-chip" onClick={() => onOpen(row.entity.id)}>
          {row.entity.name} · {row.papers}
        </button>
      ))}
    </div>
  );
}

function HardwareSection({ data, onOpen }: { data: HardwareResponse; onOpen(id: string): void }) {
  if (data.runs) {
    const { methods, datasets, tasks } = data.runs;
    return (
      <div data-testid="entity-hardware">
        {data.hardware[0] && <p className="muted">{hardwareUsageText(data.hardware[0])}</p>}
        <RunsList title="Methods" rows={methods} onOpen={onOpen} />
        <RunsList title="Datasets" rows={datasets} onOpen={onOpen} />
        <RunsList title="Tasks" rows={tasks} onOpen={onOpen} />
      </div>
    );
  }
  if (data.hardware.length === 0)
    return (
      <p className="muted" data-testid="entity-hardware">
        No paper states its hardware.
      </p>
    );
  return (
    <ul className="plain-list hardware-list" data-testid="entity-hardware">
      {data.hardware.slice(0, 8).map((usage) => (
        <li key={usage.hardware.id}>
          <button type="button" className="link-button" onClick={() => onOpen(usage.hardware.id)}>
            {usage.hardware.name}
          </button>
          <span className="muted">: {hardwareUsageText(usage)}</span>
        </li>
      ))}
    </ul>
  );
}

function EntityHardware({ id, onOpen }: { id: string; onOpen(id: string): void }) {
  const [state, retry] = useAsync((signal) => timeApi.hardware(id, signal), [id]);
  if (state.status === 'loading') return <Loading label="Loading hardware…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} compact />;
  return state.status === 'ready' ? <HardwareSection data={state.data} onOpen={onOpen} /> : null;
}

export function EntityTimePanel({ id, isHardware, onOpen }: { id: string; isHardware: boolean; onOpen(id: string): void }) {
  const { isFollowed, toggle } = useFollows();
  const followed = isFollowed(id);
  return (
    <section className="entity-time" aria-label="Over time and hardware">
      <div className="details-actions">
        <button type="button" className="text-button" aria-pressed={followed} data-testid="follow-button" onClick={() => toggle(id)}>
          {followed ? '★ Following' : '☆ Follow'}
        </button>
        <button type="button" className="text-button" onClick={() => openExplorerState({ view: 'trends', time: { trendIds: [id] } })}>
          Compare over time
        </button>
        <button type="button" className="text-button" onClick={() => openExplorerState({ view: 'hardware', time: { hardwareOf: id } })}>
          Hardware table
        </button>
      </div>
      <h3>Papers per month</h3>
      <EntitySparkline id={id} />
      <h3>{isHardware ? 'Runs on it' : 'Hardware'}</h3>
      <EntityHardware id={id} onOpen={onOpen} />
    </section>
  );
}
