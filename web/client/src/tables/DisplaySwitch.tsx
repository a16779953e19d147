/** Graph | Table: how a graph view shows its graph (kept in the URL, so back/forward and links keep it). */
import type { GraphDisplay } from '../state/url-state.ts';

interface Props {
  display: GraphDisplay;
  onChange(display: GraphDisplay): void;
}

const CHOICES: Array<{ display: GraphDisplay; title: string }> = [
  { display: 'graph', title: 'Graph' },
  { display: 'table', title: 'Table' },
];

export function DisplaySwitch({ display, onChange }: Props) {
  return (
    <div className="segmented display-switch" role="radiogroup" aria-label="Show as" data-testid="display-switch">
      {CHOICES.map((choice) => (
        <button
          key={choice.display}
          type="button"
          role="radio"
          aria-checked={display === choice.display}
          data-testid={`display-${choice.display}`}
          onClick={() => onChange(choice.display)}
        >
          {choice.title}
        </button>
      ))}
    </div>
  );
}
