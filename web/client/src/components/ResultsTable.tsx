/** Results as a table: rank, subject, value, kind, baseline, paper and the highlighted sentence. */
import type { ResultRowDTO, ResultSlotDTO } from '../../../shared/results-api.ts';
import { ResultSentence } from './ResultSentence.tsx';

interface Props {
  rows: ReadonlyArray<ResultRowDTO & { side?: 'a' | 'b' }>;
  onOpen(id: string): void;
  /** Extra first column (compare: whose result it is). */
  sideNames?: { a: string; b: string };
  testId?: string;
}

function Slot({ slot, onOpen }: { slot: ResultSlotDTO | null; onOpen(id: string): void }) {
  if (!slot) return <span className="muted">—</span>;
  const id = slot.id;
  return id ? (
    <button type="button" className="link-button" onClick={() => onOpen(id)}>
      {slot.name}
    </button>
  ) : (
    <span>{slot.name}</span>
  );
}

export function ResultsTable({ rows, onOpen, sideNames, testId }: Props) {
  return (
    <table className="results-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">#</th>
          {sideNames && <th scope="col">of</th>}
          <th scope="col">subject</th>
          <th scope="col">value</th>
          <th scope="col">kind</th>
          <th scope="col">baseline</th>
          <th scope="col">paper and sentence</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.side ?? ''}${row.key}`} data-kind={row.kind}>
            <td className="rank">{index + 1}</td>
            {sideNames && <td>{row.side === 'b' ? sideNames.b : sideNames.a}</td>}
            <td>
              <Slot slot={row.subject} onOpen={onOpen} />
            </td>
            <td className="value" data-testid="result-value">
              {row.raw}
            </td>
            <td>
              <span className={`kind-chip kind-${row.kind}`}>{row.kind}</span>
            </td>
            <td>
              <Slot slot={row.baseline} onOpen={onOpen} />
            </td>
            <td className="sentence-cell">
              <button type="button" className="link-button paper-link" onClick={() => onOpen(`Paper:${row.paper.key}`)}>
                {row.paper.title}
              </button>
              {row.paper.date && <span className="muted"> · {row.paper.date}</span>}
              <div>
                <ResultSentence sentence={row.sentence} spans={row.spans} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
