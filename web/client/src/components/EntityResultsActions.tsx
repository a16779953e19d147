/** An entity panel's way into the results views: its leaderboards and "compare with…". */
import type { NodeLabel } from '../../../../graph-schema/model.ts';

export interface ResultsNavigation {
  /** Opens the leaderboard view on this entity's result pairs. */
  onResults(id: string): void;
  /** Opens the compare view with this entity first. */
  onCompare(id: string): void;
}

const RESULTS_TITLES: Partial<Record<NodeLabel, string>> = {
  Dataset: 'Results on this dataset',
  Metric: 'Results of this metric',
  Method: 'Results of this method',
};

export function EntityResultsActions({ id, label, actions }: { id: string; label: NodeLabel; actions: ResultsNavigation }) {
  const resultsTitle = RESULTS_TITLES[label];
  return (
    <div className="result-actions">
      {resultsTitle && (
        <button type="button" className="text-button" data-testid="open-results" onClick={() => actions.onResults(id)}>
          {resultsTitle}
        </button>
      )}
      <button type="button" className="text-button" data-testid="open-compare" onClick={() => actions.onCompare(id)}>
        Compare with…
      </button>
    </div>
  );
}
