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

/** Which URL slot each picker writes. */
const SLOTS = ['resultA', 'resultB'] as const;

export function ResultPickers({ pickers, navigate }: { pickers: readonly [ResultPicker, ResultPicker]; navigate: Navigate }) {
  return (
    <div className="view-controls">
      {pickers.map((picker, i) => (
        <SearchBox
          key={picker.testId}
          label={picker.label}
          placeholder={picker.placeholder}
          initialText={picker.name ?? keyOf(picker.chosen)}
          onChoose={(hit) => navigate({ [SLOTS[i]]: hit.id })}
          testId={picker.testId}
        />
      ))}
    </div>
  );
}
