/** The explorer state lives in the URL: navigate() pushes history entries, back/forward restore them. */
import { useCallback, useEffect, useState } from 'react';
import { decodeUrlState, encodeUrlState, type ExplorerState } from './url-state.ts';

export type Navigate = (patch: Partial<ExplorerState>, options?: { replace?: boolean }) => void;

export function useExplorerState(): [ExplorerState, Navigate] {
  const [state, setState] = useState<ExplorerState>(() => decodeUrlState(window.location.search));

  useEffect(() => {
    const onPopState = () => setState(decodeUrlState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback<Navigate>((patch, options = {}) => {
    setState((current) => {
      const next = { ...current, ...patch };
      const search = encodeUrlState(next);
      if (search !== window.location.search) {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return next;
    });
  }, []);

  return [state, navigate];
}
