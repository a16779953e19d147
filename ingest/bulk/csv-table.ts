/**
 * One CSV file of `neo4j-admin database import`: rows of plain values (strings, numbers, arrays of them, null),
 * streamed to disk, with the header (column types inferred from every value seen) written to its own file at the
 * end. Arrays the importer cannot express are restored after the import (bulk-import.ts): an empty array is
 * written as no value (array properties are never null in the model, so a missing one was empty), a single
 * empty string (which the importer also reads as no value) as a mark.
 */
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export const ARRAY_DELIMITER = '\u001F';
/** Written for `['']`. */
export const BLANK_ARRAY_MARK = '\u0002papergraph:blank';

export type CellValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

// The importer's float is 32-bit: JavaScript numbers are doubles.
type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'string[]' | 'int[]' | 'double[]';

interface Column {
  name: string;
  /** Header text of an id column (`key:ID(Paper)`, `:START_ID(Paper)`), else null. */
  fixedHeader: string | null;
  kind: 'unknown' | 'string' | 'number' | 'boolean' | 'array';
  integral: boolean;
  elements: 'unknown' | 'string' | 'number';
  hasEmpty: boolean;
  hasBlank: boolean;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const LINE_BREAK = /[\r\n]/;

export class CsvTable {
  private readonly columns: Column[];
  private readonly out: WriteStream;
  rows = 0;
  /** Some value holds a line break: only such files are imported with multi-line parsing (slow and sequential). */
  multiline = false;

  /**
   * @param idColumns header text per leading id column, e.g. `{ key: 'key:ID(Paper)' }`
   * @param floatColumns numbers stored as floats even when integral (as the writer's Cypher does with toFloat)
   */
  constructor(
    readonly dataPath: string,
    readonly headerPath: string,
    idColumns: Record<string, string>,
    propertyColumns: readonly string[],
    private readonly floatColumns: ReadonlySet<string> = new Set(),
  ) {
    const fixed = Object.entries(idColumns).map(([name, header]) => this.column(name, header));
    this.columns = [...fixed, ...propertyColumns.filter((name) => !(name in idColumns)).map((name) => this.column(name, null))];
    this.out = createWriteStream(dataPath);
  }

  private column(name: string, fixedHeader: string | null): Column {
    return { name, fixedHeader, kind: 'unknown', integral: true, elements: 'unknown', hasEmpty: false, hasBlank: false };
  }

  /** Resolves when the stream wants more (back-pressure). */
  async add(row: Readonly<Record<string, CellValue>>): Promise<void> {
    const cells = this.columns.map((column) => this.cell(column, row[column.name]));
    this.rows += 1;
    if (!this.out.write(`${cells.join(',')}\n`)) await once(this.out, 'drain');
  }

  private cell(column: Column, value: CellValue): string {
    if (value === null || value === undefined) return '';
    if (column.fixedHeader) return quote(String(value));
    if (Array.isArray(value)) {
      column.kind = 'array';
      if (value.length === 0) {
        column.hasEmpty = true;
        return '';
      }
      if (value.length === 1 && value[0] === '') {
        column.hasBlank = true;
        return quote(BLANK_ARRAY_MARK);
      }
      for (const item of value) this.noteElement(column, item);
      return this.quoted(value.map(String).join(ARRAY_DELIMITER));
    }
    if (typeof value === 'number') {
      if (column.kind === 'unknown') column.kind = 'number';
      if (!Number.isInteger(value)) column.integral = false;
      return String(value);
    }
    if (typeof value === 'boolean') {
      if (column.kind === 'unknown') column.kind = 'boolean';
      return String(value);
    }
    column.kind = 'string';
    return this.quoted(String(value));
  }

  private quoted(text: string): string {
    if (!this.multiline && LINE_BREAK.test(text)) this.multiline = true;
    return quote(text);
  }

  private noteElement(column: Column, item: string | number): void {
    if (typeof item === 'string') column.elements = 'string';
    else {
      if (column.elements === 'unknown') column.elements = 'number';
      if (!Number.isInteger(item)) column.integral = false;
    }
  }

  private type(column: Column): ColumnType {
    const float = this.floatColumns.has(column.name) || !column.integral;
    if (column.kind === 'array') return column.elements === 'number' ? (float ? 'double[]' : 'int[]') : 'string[]';
    if (column.kind === 'number') return float ? 'double' : 'int';
    if (column.kind === 'boolean') return 'boolean';
    return 'string';
  }

  /** Array columns to restore after the import: those with empty arrays, and those with blank-string marks. */
  arraysToRestore(): { empty: string[]; blank: string[] } {
    return {
      empty: this.columns.filter((column) => column.hasEmpty).map((column) => column.name),
      blank: this.columns.filter((column) => column.hasBlank).map((column) => column.name),
    };
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
    const header = this.columns.map((column) => column.fixedHeader ?? `${column.name}:${this.type(column)}`);
    writeFileSync(this.headerPath, `${header.join(',')}\n`);
  }
}
