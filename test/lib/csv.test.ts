import fc from 'fast-check';
import { csvText, parseCsv } from '@/lib/csv';

describe('CSV for spreadsheets (RFC 4180)', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const text = csvText([['a', 'b'], [1, null]]);
    expect(text).toBe('\uFEFFa,b\r\n1,\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvText([['Fjord, Kaffe', 'say "hi"', 'two\nlines', 'plain æøå']])).toBe('\uFEFF"Fjord, Kaffe","say ""hi""","two\nlines",plain æøå\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula; numbers stay numbers', () => {
    const [row] = parseCsv(csvText([['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)', '\tx', 'a=b', 42, 3.5]]));
    expect(row).toEqual(['\'=HYPERLINK("http://evil")', "'+1", "'-2", "'@SUM(A1)", "'\tx", 'a=b', '42', '3.5']);
  });

  it('reads back what it writes, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const safe = rows.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
        expect(parseCsv(csvText(rows))).toEqual(safe);
      }),
    );
  });
});
