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

/** Read CSV text back into rows of fields, as written (a leading byte-order mark is skipped; CRLF or LF). */
export function parseCsv(text: string): string[][] {
  return Array.from(csvRecords(text, { blankLines: true }), (r) => r.fields);
}

/**
 * Split CSV text into records of fields, with the line each record starts on. Quoted fields may
 * hold commas, doubled quotes and line breaks; a quote inside an unquoted field is kept as it is.
 */
export function* csvRecords(text: string, { blankLines = false }: { blankLines?: boolean } = {}): Generator<{ line: number; fields: string[] }> {
  let i = text.startsWith(BOM) ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) break; // an unclosed quote runs to the end of the file
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        // Anything between the closing quote and the next separator is kept (lenient).
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    // A blank line is no record (unless asked for: a row of one empty field is written as one).
    if (!blankLines && fields.length === 1 && fields[0]!.trim() === '') continue;
    yield { line: start, fields };
  }
}
