/** "Why are these connected?": the papers behind a link and the sentences that name both ends. */
import { useEffect, useRef } from 'react';
import { api } from '../api/client.ts';
import { useAsync } from '../state/use-async.ts';
import { ErrorMessage, Loading, Empty } from './States.tsx';
import { Icon } from './Icon.tsx';
import { MarkedSentence } from './MarkedSentence.tsx';

interface Props {
  a: string;
  b: string;
  onClose(): void;
  onOpen(id: string): void;
}

export function EdgePapersDialog({ a, b, onClose, onOpen }: Props) {
  const [state, retry] = useAsync((signal) => api.edgePapers(a, b, signal), [a, b]);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const title = state.status === 'ready' ? `${state.data.a.name} ↔ ${state.data.b.name}` : 'Why are these connected?';
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="edge-dialog-title" data-testid="edge-papers">
        <div className="dialog-head">
          <div>
            <p className="eyebrow">Why are these connected?</p>
            <h2 id="edge-dialog-title">
              {state.status === 'ready' ? (
                <>
                  <mark className="end-mark end-a">{state.data.a.name}</mark> ↔ <mark className="end-mark end-b">{state.data.b.name}</mark>
                </>
              ) : (
                title
              )}
            </h2>
          </div>
          <button ref={closeRef} type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
        <div className="dialog-body">
          {state.status === 'loading' && <Loading label="Finding the papers behind this link…" />}
          {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
          {state.status === 'ready' && state.data.papers.length === 0 && <Empty title="No paper mentions both." />}
          {state.status === 'ready' && state.data.papers.length > 0 && (
            <>
              <p className="muted">
                {state.data.total} {state.data.total === 1 ? 'paper mentions' : 'papers mention'} both
                {state.data.total > state.data.papers.length ? ` (showing ${state.data.papers.length})` : ''}.
              </p>
              <ul className="edge-papers">
                {state.data.papers.map((paper) => (
                  <li key={paper.key}>
                    <button type="button" className="link-button paper-title" onClick={() => onOpen(`Paper:${paper.key}`)}>
                      {paper.title}
                    </button>
                    {paper.date && <span className="muted"> · {paper.date}</span>}
                    {paper.sentences.map((sentence, i) => (
                      <MarkedSentence key={i} sentence={sentence} />
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
