/** The legend of link colours: the kinds of link drawn in this graph, each with its colour and how many. */
import { useMemo } from 'react';
import type { ExplorerGraph } from '../../graph/build.ts';
import { linkKind } from '../../graph/link-kinds.ts';

export function LinkLegend({ graph }: { graph: ExplorerGraph }) {
  const kinds = useMemo(() => {
    const counts = new Map<string, number>();
    graph.forEachEdge((_, attributes) => counts.set(attributes.relType, (counts.get(attributes.relType) ?? 0) + 1));
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [graph]);
  if (kinds.length === 0) return null;
  // Open where there is room; on a phone it would cover the graph, so it starts folded.
  return (
    <details className="link-legend" aria-label="Link kinds" data-testid="link-legend" open={window.innerWidth > 700}>
      <summary>Links</summary>
      <ul>
        {kinds.map(([relType, count]) => (
          <li key={relType} data-rel={relType}>
            <span className="link-swatch" style={{ background: linkKind(relType).colour }} aria-hidden="true" />
            <span>{linkKind(relType).forward}</span>
            <span className="type-count">{count}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
