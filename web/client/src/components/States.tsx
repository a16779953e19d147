/** Loading, empty and error states, shared by every view so none is ever a blank page. */
import type { ReactNode } from 'react';
import { ApiError, describeError } from '../api/client.ts';
import { Icon } from './Icon.tsx';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      <strong>{title}</strong>
      {children && <div className="state-hint">{children}</div>}
    </div>
  );
}

function errorTitle(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong';
  switch (error.kind) {
    case 'network':
      return 'The papergraph server is unreachable';
    case 'unavailable':
      return 'The graph database is unavailable';
    case 'not-found':
      return 'Not found';
    case 'refused':
      return 'Refused';
    case 'timeout':
      return 'Timed out';
    case 'syntax':
      return 'Invalid request';
    default:
      return 'The server reported an error';
  }
}

export function ErrorMessage({ error, onRetry, compact }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  return (
    <div className={`state state-error${compact ? ' compact' : ''}`} role="alert" data-testid="error-message">
      <Icon name="alert" size={20} />
      <div>
        <strong>{errorTitle(error)}</strong>
        <p>{describeError(error)}</p>
        {onRetry && (
          <button type="button" className="text-button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
