/** One sortable table: headers sort on click or Enter/Space (aria-sort says how), rows optionally grouped by kind. */
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { TypeDot } from '../components/NodeBadge.tsx';
import { cellDisplay, type Column, type RowGroup, type SortOrder } from './table-model.ts';

/** Rows drawn at first: a 1,500-node overview stays quick; the rest come on request (the export has them all). */
export const ROW_CAP = 400;

export interface RowsTableProps<Row> {
  columns: ReadonlyArray<Column<Row>>;
  groups: ReadonlyArray<RowGroup<Row>>;
  /** Show group headings (a neighbourhood's link kinds); a single unnamed group otherwise. */
  grouped: boolean;
  sort: SortOrder | null;
  onSort(column: Column<Row>): void;
  rowKey(row: Row): string;
  /** The node a click on the row selects (node tables). */
  rowNode?(row: Row): string;
  /** Cells that name a node: a button selecting it, with its type's dot. */
  cellNode?(column: Column<Row>, row: Row): { id: string; type: NodeLabel } | null;
  selected: string | null;
  onSelect(id: string): void;
  showAll: boolean;
  caption: string;
}

function ariaSort<Row>(sort: SortOrder | null, column: Column<Row>): 'ascending' | 'descending' | 'none' {
  return sort?.column === column.id ? sort.direction : 'none';
}

const SORT_MARK = { ascending: '▲', descending: '▼', none: '↕' };

function HeaderCell<Row>({ column, sort, onSort }: { column: Column<Row>; sort: SortOrder | null; onSort(column: Column<Row>): void }) {
  const state = ariaSort(sort, column);
  return (
    <th scope="col" aria-sort={state} className={column.numeric ? 'numeric' : undefined} data-column={column.id}>
      <button type="button" className="sort-button" title={column.description} onClick={() => onSort(column)}>
        {column.title}
        <span className={`sort-mark${state === 'none' ? ' idle' : ''}`} aria-hidden="true">
          {SORT_MARK[state]}
        </span>
      </button>
    </th>
  );
}

function Cell<Row>({ column, row, props }: { column: Column<Row>; row: Row; props: RowsTableProps<Row> }) {
  const node = props.cellNode?.(column, row) ?? null;
  const text = cellDisplay(column, row);
  return (
    <td className={column.numeric ? 'numeric' : undefined} data-column={column.id}>
      {node ? (
        <button
          type="button"
          className="link-button"
          aria-current={props.selected === node.id ? 'true' : undefined}
          onClick={(event) => {
            event.stopPropagation();
            props.onSelect(node.id);
          }}
        >
          <TypeDot label={node.type} />
          {text}
        </button>
      ) : (
        text
      )}
    </td>
  );
}

export function RowsTable<Row>(props: RowsTableProps<Row>) {
  const { columns, groups, grouped, rowKey, rowNode, selected, onSelect, showAll } = props;
  let budget = showAll ? Number.POSITIVE_INFINITY : ROW_CAP;
  return (
    <table className="data-table graph-table-rows" data-testid="graph-table-rows">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <HeaderCell key={column.id} column={column} sort={props.sort} onSort={props.onSort} />
          ))}
        </tr>
      </thead>
      {groups.map((group) => {
        const rows = group.rows.slice(0, Math.max(budget, 0));
        budget -= rows.length;
        if (rows.length === 0) return null;
        return (
          <tbody key={group.kind} data-kind={grouped ? group.kind : undefined}>
            {grouped && (
              <tr className="group-row">
                <th scope="colgroup" colSpan={columns.length}>
                  {group.kind} <span className="muted">{group.rows.length.toLocaleString()}</span>
                </th>
              </tr>
            )}
            {rows.map((row) => {
              const node = rowNode?.(row);
              return (
                <tr
                  key={rowKey(row)}
                  data-id={rowKey(row)}
                  className={node && node === selected ? 'selected' : undefined}
                  onClick={node ? () => onSelect(node) : undefined}
                >
                  {columns.map((column) => (
                    <Cell key={column.id} column={column} row={row} props={props} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}
