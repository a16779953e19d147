/** Each step of a path backed by the sentence that names both its ends, highlighted (the "why?" answer's first). */
import { api } from '../api/client.ts';
import { useAsync } from '../state/use-async.ts';
import { MarkedSentence } from './MarkedSentence.tsx';

interface Props {
  nodes: string[];
  names: ReadonlyMap<string, { name: string }>;
  onWhy(a: string, b: string): void;
}

function StepSentence({ a, b, names, onWhy }: { a: string; b: string; names: Props['names']; onWhy: Props['onWhy'] }) {
  const [state] = useAsync((signal) => api.edgePapers(a, b, signal), [a, b]);
  const paper = state.status === 'ready' ? state.data.papers[0] : undefined;
  const sentence = paper?.sentences[0];
  return (
    <li className="path-evidence-step" data-testid="path-step-evidence">
      <p className="kind-heading">
        {names.get(a)?.name ?? a} → {names.get(b)?.name ?? b}
        <button type="button" className="why-button" onClick={() => onWhy(a, b)}>
          why?{state.status === 'ready' && state.data.total > 1 ? ` · ${state.data.total}` : ''}
        </button>
      </p>
      {state.status === 'loading' && <p className="muted">Finding the sentence…</p>}
      {state.status === 'ready' && sentence && <MarkedSentence sentence={sentence} />}
      {state.status === 'ready' && !sentence && <p className="muted">No sentence names both.</p>}
      {state.status === 'error' && <p className="error-text">Could not load the evidence.</p>}
    </li>
  );
}

export function PathStepEvidence({ nodes, names, onWhy }: Props) {
  return (
    <ol className="path-evidence" aria-label="Evidence for each step">
      {nodes.slice(1).map((id, step) => (
        <StepSentence key={`${nodes[step]}|${id}`} a={nodes[step]} b={id} names={names} onWhy={onWhy} />
      ))}
    </ol>
  );
}
