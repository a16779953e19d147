/**
 * Sorting, filtering and grouping of table rows by column definitions, and the export of what is shown. Pure: the
 * table component renders what these return, and the export writes the same rows in the same order.
 */
import type { NodeLabel } from '../../../../graph-schema/model.ts';

export type CellValue = string | number | null;

export interface Column<Row> {
  id: string;
  title: string;
  numeric: boolean;
  /** The value sorted on and exported. */
  value(row: Row): CellValue;
  /** How the cell reads on screen, when not the value itself (e.g. "×8"). */
  display?(row: Row): string;
  /** A longer explanation for the header's tooltip. */
  description?: string;
}

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  column: string;
  direction: SortDirection;
}

export interface RowFilter {
  /** Matched, case-insensitively, against every text cell. */
  text: string;
  /** Only rows with a node of this type; null for all. */
  type: NodeLabel | null;
}

export const NO_FILTER: RowFilter = { text: '', type: null };

export function cellDisplay<Row>(column: Column<Row>, row: Row): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  return value === null ? '' : String(value);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Rows ordered by one column; empty cells go last in either direction (a missing count is not a small one).
 * Stable: ties keep their incoming order.
 */
export function sortRows<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>, order: SortOrder | null): Row[] {
  const column = order ? columns.find((c) => c.id === order.column) : undefined;
  if (!order || !column) return [...rows];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      const aEmpty = a.value === null || a.value === '';
      const bEmpty = b.value === null || b.value === '';
      if (aEmpty || bEmpty) return Number(aEmpty) - Number(bEmpty) || a.index - b.index;
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** A header click: the same column flips; a new one starts with the largest numbers or from A. */
export function nextSort<Row>(current: SortOrder | null, column: Column<Row>): SortOrder {
  if (current?.column === column.id)
    return { column: column.id, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column: column.id, direction: column.numeric ? 'descending' : 'ascending' };
}

export function filterRows<Row>(
  rows: readonly Row[],
  columns: ReadonlyArray<Column<Row>>,
  filter: RowFilter,
  typesOf: (row: Row) => readonly NodeLabel[],
): Row[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const textColumns = columns.filter((column) => !column.numeric);
  return rows.filter(
    (row) =>
      (filter.type === null || typesOf(row).includes(filter.type)) &&
      (needle === '' || textColumns.some((column) => cellDisplay(column, row).toLocaleLowerCase().includes(needle))),
  );
}

export interface RowGroup<Row> {
  kind: string;
  rows: Row[];
}

/**
 * Rows by kind, keeping each group's rows in their incoming (sorted) order: the largest group first, the kinds
 * named in `last` at the end, in that order.
 */
export function groupRows<Row>(rows: readonly Row[], kindOf: (row: Row) => string, last: readonly string[] = []): Array<RowGroup<Row>> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const kind = kindOf(row);
    const members = groups.get(kind);
    if (members) members.push(row);
    else groups.set(kind, [row]);
  }
  return [...groups.entries()]
    .map(([kind, members]) => ({ kind, rows: members }))
    .sort((a, b) => last.indexOf(a.kind) - last.indexOf(b.kind) || b.rows.length - a.rows.length);
}

/** The export of a table: its column titles and, per row shown, the values in the order shown. */
export function tableExport<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): { columns: string[]; rows: CellValue[][] } {
  return { columns: columns.map((column) => column.title), rows: rows.map((row) => columns.map((column) => column.value(row))) };
}
