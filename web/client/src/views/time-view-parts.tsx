/** Pieces shared by the time and hardware views: an entity link, and the date window the views read. */
import type { EntityRefDTO } from '../../../shared/trends-api.ts';
import type { ExplorerState } from '../state/url-state.ts';
import { TypeDot } from '../components/NodeBadge.tsx';

export function EntityLink({ entity, onOpen }: { entity: EntityRefDTO; onOpen(id: string): void }) {
  return (
    <button type="button" className="link-button" onClick={() => onOpen(entity.id)}>
      <TypeDot label={entity.label} /> {entity.name}
    </button>
  );
}

/** The window of rising and what's new: the explorer's date filters. */
export function windowOf(state: ExplorerState): { from?: string; to?: string } {
  return { from: state.filters.from, to: state.filters.to };
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}
