/** A result table with CSV/JSON export; graph nodes in cells open their details. */
import { cellText, toCsv, toJson } from '../export/tables.ts';
import { downloadText, timestampedName } from '../export/download.ts';
import { Icon } from './Icon.tsx';

interface Props {
  columns: string[];
  rows: unknown[][];
  exportName: string;
  onOpen?(id: string): void;
  caption?: string;
  maxRows?: number;
}

function nodeIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  return typeof record.id === 'string' && typeof record.label === 'string' && typeof record.key === 'string' ? record.id : null;
}

export function ExportButtons({ columns, rows, exportName }: Pick<Props, 'columns' | 'rows' | 'exportName'>) {
  return (
    <span className="export-buttons">
      <button
        type="button"
        className="text-button small"
        onClick={() => downloadText(toCsv(columns, rows), timestampedName(exportName, 'csv'), 'text/csv')}
      >
        <Icon name="download" size={14} /> CSV
      </button>
      <button
        type="button"
        className="text-button small"
        onClick={() => downloadText(toJson(columns, rows), timestampedName(exportName, 'json'), 'application/json')}
      >
        <Icon name="download" size={14} /> JSON
      </button>
    </span>
  );
}

export function DataTable({ columns, rows, exportName, onOpen, caption, maxRows = 500 }: Props) {
  const shown = rows.slice(0, maxRows);
  return (
    <div className="data-table-wrap">
      <div className="table-head">
        {caption && <span className="muted">{caption}</span>}
        <ExportButtons columns={columns} rows={rows} exportName={exportName} />
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="result-table">
          <thead>
            <tr>
              <th scope="col" className="row-number">
                #
              </th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                <td className="row-number">{r + 1}</td>
                {columns.map((column, c) => {
                  const value = row[c];
                  const id = nodeIdOf(value);
                  return (
                    <td key={column}>
                      {id && onOpen ? (
                        <button type="button" className="link-button" onClick={() => onOpen(id)}>
                          {cellText(value)}
                        </button>
                      ) : (
                        cellText(value)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > maxRows && (
        <p className="muted">
          Showing the first {maxRows} of {rows.length} rows; the export holds them all.
        </p>
      )}
    </div>
  );
}
