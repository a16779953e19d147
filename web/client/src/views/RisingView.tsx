/** Rising and new entities over the window of the date filters, with the score's figures shown. */
import type { RisingEntityDTO } from '../../../shared/trends-api.ts';
import { isEntityLabel } from '../../../../graph-schema/model.ts';
import { timeApi } from '../api/trends-client.ts';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { useAsync } from '../state/use-async.ts';
import { EntityLink, formatScore, windowOf } from './time-view-parts.tsx';
import type { ViewProps } from './view-props.ts';

export function GrowthTable({
  rows,
  onOpen,
  testId,
  showScore = true,
}: {
  rows: RisingEntityDTO[];
  onOpen(id: string): void;
  testId: string;
  showScore?: boolean;
}) {
  return (
    <table className="time-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Entity</th>
          <th scope="col" className="number">
            In window
          </th>
          {showScore && (
            <th scope="col" className="number">
              Before (baseline)
            </th>
          )}
          {showScore && (
            <th scope="col" className="number">
              Expected
            </th>
          )}
          {showScore && (
            <th scope="col" className="number">
              Score
            </th>
          )}
          <th scope="col" className="number">
            All papers
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.entity.id}>
            <td>
              <EntityLink entity={row.entity} onOpen={onOpen} />
            </td>
            <td className="number">{row.recent}</td>
            {showScore && <td className="number">{row.past}</td>}
            {showScore && <td className="number">{row.expected.toFixed(1)}</td>}
            {showScore && <td className="number">{formatScore(row.score)}</td>}
            <td className="number">{row.entity.paperCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RisingView({ state, selectNode }: ViewProps) {
  const window = windowOf(state);
  const types = (state.filters.types ?? []).filter(isEntityLabel);
  const [rising, retry] = useAsync((signal) => timeApi.rising(window, { types, signal }), [window.from, window.to, types.join(',')]);
  if (rising.status === 'loading' || rising.status === 'idle') return <Loading label="Scoring entities against their past…" />;
  if (rising.status === 'error') return <ErrorMessage error={rising.error} onRetry={retry} />;
  const data = rising.data;
  const { window: w } = data;
  return (
    <div className="time-view" data-testid="rising-view">
      <div className="toolbar">
        <h2>Rising and new</h2>
        <span className="muted" data-testid="rising-window">
          {w.from} – {w.to} ({w.days} days, {data.windowPapers} papers) against {w.baselineFrom} – {w.baselineTo}
        </span>
      </div>
      <p className="score-note">
        Score = (papers in the window + {data.smoothing}) / (expected + {data.smoothing}), where expected is the entity's papers in the{' '}
        {w.baselineDays} days before the window scaled to its {w.days} days. Rising: at least {data.minCount} papers in the window and a
        score of at least {data.minScore}; a large entity at its usual pace scores about 1. New: no dated paper before the window. The date
        filters at left set the window.
      </p>
      <section>
        <h3>Rising</h3>
        {data.rising.length > 0 ? (
          <GrowthTable rows={data.rising} onOpen={selectNode} testId="rising-table" />
        ) : (
          <Empty title="Nothing rising in this window" />
        )}
      </section>
      <section>
        <h3>New</h3>
        {data.new.length > 0 ? (
          <GrowthTable rows={data.new} onOpen={selectNode} testId="new-table" showScore={false} />
        ) : (
          <Empty title="Nothing new in this window" />
        )}
      </section>
    </div>
  );
}
