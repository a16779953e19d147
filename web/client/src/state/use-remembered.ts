/** A piece of UI state remembered across visits in localStorage (panels collapsed, theme), falling back quietly. */
import { useCallback, useState } from 'react';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readRemembered<T extends string>(key: string, allowed: readonly T[]): T | null {
  const value = storage()?.getItem(`papergraph:${key}`) ?? null;
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function useRemembered<T extends string>(key: string, allowed: readonly T[], initial: () => T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => readRemembered(key, allowed) ?? initial());
  const remember = useCallback(
    (next: T) => {
      setValue(next);
      storage()?.setItem(`papergraph:${key}`, next);
    },
    [key],
  );
  return [value, remember];
}

const PANEL_STATES = ['open', 'collapsed'] as const;
export type PanelState = (typeof PANEL_STATES)[number];

/** A side panel's open/collapsed state; `narrowDefault` collapses it by default on narrow screens. */
export function usePanel(name: string, narrowDefault = false): [boolean, (open: boolean) => void] {
  const [state, setState] = useRemembered<PanelState>(`panel:${name}`, PANEL_STATES, () =>
    narrowDefault && window.innerWidth < 1280 ? 'collapsed' : 'open',
  );
  return [state === 'open', useCallback((open: boolean) => setState(open ? 'open' : 'collapsed'), [setState])];
}
