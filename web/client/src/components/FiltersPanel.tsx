/** Type, date range and minimum paper count filters; they apply to every graph view. */
import { useEffect, useState } from 'react';
import type { GraphFilters } from '../../../shared/api.ts';
import { FILTERABLE_LABELS } from '../../../../graph-schema/label-names.ts';
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { LABEL_COLOURS } from '../graph/colours.ts';
import { hasActiveFilters } from '../graph/filters.ts';

export { FILTERABLE_LABELS };

interface Props {
  filters: GraphFilters;
  onChange(filters: GraphFilters): void;
  /** Counts of drawn nodes per label, for the legend. */
  counts?: Partial<Record<NodeLabel, number>>;
  /** Papers without a date (a date range drops them unless included), and all papers. */
  undatedPapers?: number;
  totalPapers?: number;
  /** What node colours mean in the current view: by community, the type dots are no legend. */
  colouring?: 'type' | 'community';
}

export function FiltersPanel({ filters, onChange, counts, colouring = 'type', undatedPapers, totalPapers }: Props) {
  const [minPapersText, setMinPapersText] = useState(String(filters.minPapers ?? ''));
  useEffect(() => setMinPapersText(filters.minPapers ? String(filters.minPapers) : ''), [filters.minPapers]);

  const selected = filters.types ?? [];
  const toggleType = (label: NodeLabel) => {
    const base = selected.length === 0 ? FILTERABLE_LABELS : selected;
    const next = base.includes(label) ? base.filter((l) => l !== label) : [...base, label];
    const normalised =
      next.length === FILTERABLE_LABELS.length || next.length === 0 ? undefined : FILTERABLE_LABELS.filter((l) => next.includes(l));
    onChange({ ...filters, types: normalised });
  };
  const commitMinPapers = () => {
    const value = Number.parseInt(minPapersText, 10);
    onChange({ ...filters, minPapers: Number.isFinite(value) && value > 0 ? value : undefined });
  };

  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <div className="panel-heading">
        <h2 id="filters-heading">Filters</h2>
        {hasActiveFilters(filters) && (
          <button type="button" className="link-button" onClick={() => onChange({})}>
            Clear
          </button>
        )}
      </div>
      <fieldset className="type-filter">
        <legend>{colouring === 'type' ? 'Types · colour legend' : 'Types'}</legend>
        {colouring === 'community' && (
          <p className="legend-note" data-testid="legend-note">
            Colours show communities: see the legend on the graph.
          </p>
        )}
        {FILTERABLE_LABELS.map((label) => {
          const on = selected.length === 0 || selected.includes(label);
          return (
            <label key={label} className={`type-toggle${on ? '' : ' off'}`}>
              <input type="checkbox" checked={on} onChange={() => toggleType(label)} />
              <span className="type-dot" style={{ background: LABEL_COLOURS[label] }} aria-hidden="true" />
              <span className="type-name">{label}</span>
              {counts && counts[label] !== undefined && <span className="type-count">{counts[label]}</span>}
            </label>
          );
        })}
      </fieldset>
      <div className="field-row">
        <label>
          <span>From</span>
          <input type="date" value={filters.from ?? ''} onChange={(e) => onChange({ ...filters, from: e.target.value || undefined })} />
        </label>
        <label>
          <span>To</span>
          <input type="date" value={filters.to ?? ''} onChange={(e) => onChange({ ...filters, to: e.target.value || undefined })} />
        </label>
      </div>
      {undatedPapers !== undefined && undatedPapers > 0 && (
        <label className="type-toggle undated-toggle" data-testid="include-undated">
          <input
            type="checkbox"
            checked={Boolean(filters.includeUndated)}
            onChange={(e) => onChange({ ...filters, includeUndated: e.target.checked || undefined })}
          />
          <span className="type-name">
            Include {undatedPapers.toLocaleString()} undated {undatedPapers === 1 ? 'paper' : 'papers'}
            {totalPapers ? <span className="muted"> ({Math.round((100 * undatedPapers) / totalPapers)}%)</span> : null}
            {!filters.from && !filters.to ? <span className="muted"> · all shown without a date range</span> : null}
          </span>
        </label>
      )}
      <label className="field">
        <span>Minimum papers per entity</span>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={minPapersText}
          placeholder="any"
          onChange={(e) => setMinPapersText(e.target.value)}
          onBlur={commitMinPapers}
          onKeyDown={(e) => e.key === 'Enter' && commitMinPapers()}
        />
      </label>
    </section>
  );
}
