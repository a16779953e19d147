/** What runs on what: an entity's hardware with paper and unit counts, or what a hardware is used for. */
import type { SearchHit } from '../../../shared/api.ts';
import type { RunsOnHardwareDTO } from '../../../shared/trends-api.ts';
import { isEntityLabel } from '../../../../graph-schema/model.ts';
import { timeApi } from '../api/trends-client.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import { useAsync } from '../state/use-async.ts';
import { EntityLink } from './time-view-parts.tsx';
import type { ViewProps } from './view-props.ts';

function RunsTable({ title, rows, onOpen }: { title: string; rows: RunsOnHardwareDTO[]; onOpen(id: string): void }) {
  return (
    <section>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="time-table" data-testid={`runs-${title.toLowerCase()}`}>
          <thead>
            <tr>
              <th scope="col">{title.replace(/s$/, '')}</th>
              <th scope="col" className="number">
                Papers
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.entity.id}>
                <td>
                  <EntityLink entity={row.entity} onOpen={onOpen} />
                </td>
                <td className="number">{row.papers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function HardwareView({ state, navigate, selectNode }: ViewProps) {
  const of = state.time.hardwareOf;
  const [answer, retry] = useAsync(of ? (signal) => timeApi.hardware(of, signal) : null, [of]);
  const choose = (hit: SearchHit) => {
    if (isEntityLabel(hit.label)) navigate({ time: { ...state.time, hardwareOf: hit.id } });
  };
  return (
    <div className="time-view" data-testid="hardware-view">
      <div className="toolbar">
        <h2>What runs on what</h2>
        <SearchBox
          label="Entity or hardware"
          placeholder="A method, dataset or hardware…"
          onChoose={choose}
          testId="hardware-search"
          initialText={answer.status === 'ready' ? answer.data.of.name : ''}
        />
      </div>
      {!of && (
        <Empty title="Pick an entity">
          The hardware its papers run on, with counts; for a hardware, what is trained or evaluated on it.
        </Empty>
      )}
      {answer.status === 'loading' && <Loading label="Counting hardware…" />}
      {answer.status === 'error' && <ErrorMessage error={answer.error} onRetry={retry} />}
      {answer.status === 'ready' && (
        <>
          <section>
            <h3>
              Hardware of <EntityLink entity={answer.data.of} onOpen={selectNode} /> ({answer.data.of.paperCount} papers)
            </h3>
            {answer.data.hardware.length === 0 ? (
              <p className="muted">No paper states its hardware.</p>
            ) : (
              <table className="time-table" data-testid="hardware-table">
                <thead>
                  <tr>
                    <th scope="col">Hardware</th>
                    <th scope="col" className="number">
                      Papers
                    </th>
                    <th scope="col" className="number">
                      Up to (units)
                    </th>
                    <th scope="col" className="number">
                      Papers stating units
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {answer.data.hardware.map((usage) => (
                    <tr key={usage.hardware.id}>
                      <td>
                        <EntityLink entity={usage.hardware} onOpen={selectNode} />
                      </td>
                      <td className="number">{usage.papers}</td>
                      <td className="number">{usage.maxUnits?.toLocaleString() ?? '–'}</td>
                      <td className="number">{usage.papersWithUnits}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {answer.data.runs && (
            <>
              {answer.data.runsCountedFrom === 'co-occurrence' && (
                <p className="muted small">Counted from the stored co-occurrence links (this hardware has many papers).</p>
              )}
              <RunsTable title="Methods" rows={answer.data.runs.methods} onOpen={selectNode} />
              <RunsTable title="Datasets" rows={answer.data.runs.datasets} onOpen={selectNode} />
              <RunsTable title="Tasks" rows={answer.data.runs.tasks} onOpen={selectNode} />
            </>
          )}
        </>
      )}
    </div>
  );
}
