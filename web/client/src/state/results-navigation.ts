/** Where an entity panel's results buttons lead: the leaderboard on the entity's pairs, or compare with it first. */
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import type { ResultsNavigation } from '../components/EntityResultsActions.tsx';
import type { Navigate } from './use-explorer-state.ts';

export function resultsNavigation(navigate: Navigate): ResultsNavigation {
  return {
    // A metric goes in the leaderboard's metric slot; a dataset or a method in the first one.
    onResults: (id) =>
      navigate(
        parseNodeId(id)?.label === 'Metric'
          ? { view: 'leaderboard', resultA: null, resultB: id }
          : { view: 'leaderboard', resultA: id, resultB: null },
      ),
    onCompare: (id) => navigate({ view: 'compare', resultA: id, resultB: null }),
  };
}
