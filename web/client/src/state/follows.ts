/**
 * The entities a reader follows, kept in this browser (localStorage, no account): what's new lists papers touching
 * them. Every open tab and component sees a change at once (the storage event, and a local event for this tab).
 */
import { useCallback, useEffect, useState } from 'react';
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import { isEntityLabel } from '../../../../graph-schema/model.ts';

const FOLLOWS_KEY = 'papergraph:follows';
const CHANGED = 'papergraph:follows-changed';
export const MAX_FOLLOWS = 100;

export function readFollows(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(FOLLOWS_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((id): id is string => typeof id === 'string' && isEntityLabel(parseNodeId(id)?.label ?? '')).slice(0, MAX_FOLLOWS);
  } catch {
    return [];
  }
}

function writeFollows(ids: string[]): void {
  try {
    window.localStorage.setItem(FOLLOWS_KEY, JSON.stringify(ids.slice(0, MAX_FOLLOWS)));
  } catch {
    // Storage refused (private mode, quota): follows last as long as this page.
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function useFollows(): { follows: string[]; isFollowed(id: string): boolean; toggle(id: string): void } {
  const [follows, setFollows] = useState<string[]>(readFollows);
  useEffect(() => {
    const reread = () => setFollows(readFollows());
    window.addEventListener(CHANGED, reread);
    window.addEventListener('storage', reread);
    return () => {
      window.removeEventListener(CHANGED, reread);
      window.removeEventListener('storage', reread);
    };
  }, []);
  const toggle = useCallback((id: string) => {
    const current = readFollows();
    writeFollows(current.includes(id) ? current.filter((one) => one !== id) : [...current, id]);
  }, []);
  return { follows, isFollowed: (id) => follows.includes(id), toggle };
}
