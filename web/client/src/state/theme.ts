/**
 * Light or dark: follows the system unless the user picked one (remembered). The resolved theme is set on
 * <html data-theme> for CSS, and read by the graph canvas for colours WebGL cannot take from CSS.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useRemembered } from './use-remembered.ts';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function subscribeToSystem(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** The user's choice and the theme it resolves to; applies it to the document. */
export function useThemeChoice(): { choice: ThemeChoice; theme: Theme; choose(next: ThemeChoice): void } {
  const [choice, choose] = useRemembered<ThemeChoice>('theme', THEME_CHOICES, () => 'system');
  const system = useSyncExternalStore(subscribeToSystem, systemTheme);
  const theme = choice === 'system' ? system : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return { choice, theme, choose };
}

function subscribeToDocumentTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The theme currently applied to the document, for components that draw outside CSS (sigma). */
export function useDocumentTheme(): Theme {
  return useSyncExternalStore(subscribeToDocumentTheme, () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'));
}
