/** A node's type as a small coloured tag. */
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { LABEL_COLOURS } from '../graph/colours.ts';

export function NodeBadge({ label }: { label: NodeLabel }) {
  return (
    <span className="node-badge" style={{ '--badge-colour': LABEL_COLOURS[label] } as React.CSSProperties}>
      {label}
    </span>
  );
}

export function TypeDot({ label }: { label: NodeLabel }) {
  return <span className="type-dot" style={{ background: LABEL_COLOURS[label] }} aria-hidden="true" />;
}
