/**
 * The two searches that choose what a results view shows, written to the URL's `a` and `b` (resultA, resultB):
 * the leaderboard's dataset and metric, or the two entities compared.
 */
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import type { Navigate } from '../state/use-explorer-state.ts';
import { SearchBox } from './SearchBox.tsx';

export interface ResultPicker {
  label: string;
  placeholder: string;
  /** The chosen node id, from the URL. */
  chosen: string | null;
  /** Its name once the server has answered; until then the key from the id is shown. */
  name: string | undefined;
  testId: string;
}

const keyOf = (id: string | null): string => (id ? (parseNodeId(id)?.key ?? id) : '');

export function ResultPickers({ pickers, navigate }: { pickers: readonly [ResultPicker, ResultPicker]; navigate: Navigate }) {
  const [a, b] = pickers;
  return (
    <div className="view-controls">
      <SearchBox
        label={a.label}
        placeholder={a.placeholder}
        initialText={a.name ?? keyOf(a.chosen)}
        onChoose={(hit) => navigate({ resultA: hit.id })}
        testId={a.testId}
      />
      <SearchBox
        label={b.label}
        placeholder={b.placeholder}
        initialText={b.name ?? keyOf(b.chosen)}
        onChoose={(hit) => navigate({ resultB: hit.id })}
        testId={b.testId}
      />
    </div>
  );
}
