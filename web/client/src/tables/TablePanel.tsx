/** A table with its tools: a text filter, a type filter, "42 of 150 nodes", CSV/JSON export of the rows shown. */
import { useMemo } from 'react';
import { NODE_LABELS, type NodeLabel } from '../../../../graph-schema/model.ts';
import { LABEL_NAMES } from '../../../../graph-schema/label-names.ts';
import { ExportButtons } from '../components/DataTable.tsx';
import { ROW_CAP, RowsTable, type RowsTableProps } from './RowsTable.tsx';
import { filterRows, groupRows, nextSort, sortRows, tableExport, type Column, type RowFilter, type SortOrder } from './table-model.ts';

export interface PanelState {
  sort: SortOrder | null;
  filter: RowFilter;
  showAll: boolean;
}

export interface TablePanelProps<Row> extends Pick<RowsTableProps<Row>, 'rowKey' | 'rowNode' | 'cellNode' | 'selected' | 'onSelect'> {
  rows: readonly Row[];
  columns: ReadonlyArray<Column<Row>>;
  typesOf(row: Row): readonly NodeLabel[];
  /** Group by link kind (a neighbourhood); `last` kinds go to the end. */
  grouping: { kindOf(row: Row): string; last: readonly string[] } | null;
  noun: string;
  exportName: string;
  state: PanelState;
  onState(state: PanelState): void;
}

export function TablePanel<Row>(props: TablePanelProps<Row>) {
  const { rows, columns, state, onState, grouping, typesOf } = props;
  const types = useMemo(() => {
    const present = new Set(rows.flatMap((row) => typesOf(row)));
    return NODE_LABELS.filter((label) => present.has(label));
  }, [rows, typesOf]);
  const filtered = useMemo(() => filterRows(rows, columns, state.filter, typesOf), [rows, columns, state.filter, typesOf]);
  const sorted = useMemo(() => sortRows(filtered, columns, state.sort), [filtered, columns, state.sort]);
  const groups = useMemo(
    () => (grouping ? groupRows(sorted, grouping.kindOf, grouping.last) : [{ kind: '', rows: sorted }]),
    [sorted, grouping],
  );
  // The export is what the table shows, in its order (groups included), every row even past the display cap.
  const exported = useMemo(
    () =>
      tableExport(
        columns,
        groups.flatMap((group) => group.rows),
      ),
    [columns, groups],
  );
  const setFilter = (filter: Partial<RowFilter>) => onState({ ...state, filter: { ...state.filter, ...filter } });
  const count =
    filtered.length === rows.length
      ? `${rows.length.toLocaleString()} ${props.noun}`
      : `${filtered.length.toLocaleString()} of ${rows.length.toLocaleString()} ${props.noun}`;

  return (
    <div className="table-panel">
      <div className="table-tools">
        <input
          type="search"
          className="table-filter"
          placeholder="Filter rows…"
          aria-label={`Filter ${props.noun}`}
          data-testid="table-filter"
          value={state.filter.text}
          onChange={(event) => setFilter({ text: event.target.value })}
        />
        <select
          aria-label="Only of type"
          data-testid="table-type"
          value={state.filter.type ?? ''}
          onChange={(event) => setFilter({ type: (event.target.value || null) as NodeLabel | null })}
        >
          <option value="">All types</option>
          {types.map((label) => (
            <option key={label} value={label}>
              {LABEL_NAMES[label].plural}
            </option>
          ))}
        </select>
        <span className="table-count" data-testid="table-count" aria-live="polite">
          {count}
        </span>
        <ExportButtons columns={exported.columns} rows={exported.rows} exportName={props.exportName} />
      </div>
      <div className="table-scroll">
        {filtered.length === 0 ? (
          <p className="table-empty muted">No {props.noun} match the filter.</p>
        ) : (
          <RowsTable
            columns={columns}
            groups={groups}
            grouped={grouping !== null}
            sort={state.sort}
            onSort={(column) => onState({ ...state, sort: nextSort(state.sort, column) })}
            rowKey={props.rowKey}
            rowNode={props.rowNode}
            cellNode={props.cellNode}
            selected={props.selected}
            onSelect={props.onSelect}
            showAll={state.showAll}
            caption={`${count}, sortable by every column`}
          />
        )}
      </div>
      {!state.showAll && filtered.length > ROW_CAP && (
        <p className="table-more muted">
          Showing the first {ROW_CAP} of {filtered.length.toLocaleString()} rows; the export holds them all.{' '}
          <button type="button" className="link-button" data-testid="table-show-all" onClick={() => onState({ ...state, showAll: true })}>
            Show all
          </button>
        </p>
      )}
    </div>
  );
}
