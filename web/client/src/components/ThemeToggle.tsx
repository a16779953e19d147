/** Light, dark, or as the system says: one button cycling through the three, naming what it will do. */
import type { ThemeChoice } from '../state/theme.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'dark', dark: 'light', light: 'system' };
const GLYPH: Record<ThemeChoice, string> = { system: '◐', dark: '☾', light: '☀' };

export function ThemeToggle({ choice, onChoose }: { choice: ThemeChoice; onChoose(next: ThemeChoice): void }) {
  const label = `Colour theme: ${choice} (next: ${NEXT[choice]})`;
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-label={label}
      title={label}
      data-testid="theme-toggle"
      data-choice={choice}
      onClick={() => onChoose(NEXT[choice])}
    >
      <span aria-hidden="true">{GLYPH[choice]}</span>
    </button>
  );
}
