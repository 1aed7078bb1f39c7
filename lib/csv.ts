// CSV for spreadsheets (RFC 4180): comma-separated, fields quoted where they hold a comma, a quote
// or a line break, records ended by CRLF, and a UTF-8 byte-order mark so Excel reads æøå as
// UTF-8 rather than as the system's code page. Text from the web (a company's name) may start
// like a formula; such a cell gets a leading apostrophe (OWASP "CSV injection"), so a spreadsheet
// shows it as text instead of running it.

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CRLF-ended record (for a file written a row at a time; start it with CSV_BOM). */
export function csvRecord(row: readonly CsvValue[]): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

export const CSV_BOM = BOM;

/** A whole file: the byte-order mark, then one CRLF-ended record per row. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map(csvRecord).join('');
}

/** Read CSV text back into rows of fields (a leading byte-order mark is skipped; CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
