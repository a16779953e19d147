/** Claims with their numbers and the entities they name. */
import type { ClaimDTO } from '../../../shared/api.ts';
import { TypeDot } from './NodeBadge.tsx';

interface Props {
  claims: ClaimDTO[];
  onOpen(id: string): void;
  showPaper?: boolean;
}

export function Claims({ claims, onOpen, showPaper }: Props) {
  if (claims.length === 0) return <p className="muted">No claims with numbers.</p>;
  return (
    <ul className="claims">
      {claims.map((claim) => (
        <li key={claim.key} className="claim">
          <p className="claim-text">{claim.text}</p>
          <div className="claim-meta">
            {claim.numbers.map((number, i) => (
              <span key={i} className="number-chip" title={`value ${number.value}${number.unit ? ` ${number.unit}` : ''}`}>
                {number.raw}
              </span>
            ))}
            {claim.mentions.map((mention) => (
              <button type="button" key={mention.id} className="mention-chip" onClick={() => onOpen(mention.id)}>
                <TypeDot label={mention.label} />
                {mention.name}
              </button>
            ))}
          </div>
          {showPaper && (
            <button type="button" className="link-button claim-paper" onClick={() => onOpen(`Paper:${claim.paperKey}`)}>
              {claim.paperTitle}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
