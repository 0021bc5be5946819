// RFC 4180 CSV for the audit export, safe to open in a spreadsheet.

// OWASP "CSV injection": a cell starting with one of these is run as a formula by Excel,
// LibreOffice and Google Sheets; a leading apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts neutralized, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export type CsvColumn<Row> = readonly [header: string, value: (row: Row) => string | null | undefined];

/** A byte-order mark (so spreadsheets read UTF-8), the header, then one chunk per batch of rows. */
export async function* toCsvChunks<Row>(
  batches: AsyncIterable<Row[]>,
  columns: readonly CsvColumn<Row>[],
): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(columns.map(([header]) => header))}`;
  for await (const rows of batches) {
    yield rows.map((row) => csvLine(columns.map(([, value]) => value(row)))).join("");
  }
}

/** JSON for before/after cells (null stays empty). */
export const jsonCell = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
