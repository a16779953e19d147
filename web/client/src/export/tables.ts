/** Tables (query results, node lists, paths) as CSV and JSON. */

/** How a cell is shown and exported: graph nodes by name, relationships by type, the rest as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.label === 'string' && typeof record.key === 'string' && 'name' in record)
      return `(:${record.label} ${String(record.name ?? record.key)})`;
    if (typeof record.type === 'string' && typeof record.source === 'string' && typeof record.target === 'string')
      return `[:${record.type}]`;
  }
  return JSON.stringify(value);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with a quote. */
function csvField(value: unknown): string {
  let text = cellText(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && Number.isNaN(Number(text))) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: unknown[][]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((_, i) => csvField(row[i])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** One object per row keyed by column, values kept as the API sent them. */
export function toJson(columns: string[], rows: unknown[][]): string {
  const records = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null])));
  return `${JSON.stringify(records, null, 2)}\n`;
}
