import { describe, expect, it } from 'vitest';
import { csvRecord as csvRow } from '../../lib/csv';
import { csvRecords } from '../../lib/csv';
import { ListError, parseCompanyList } from '../../lib/node/audit/csv';
import { companyCsvRow, CSV_HEADER, type CompanyLine } from '../../lib/node/audit/outputs';

describe('reading the list of companies', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, a BOM and CRLF', () => {
    const text = '\uFEFFcompany,url,profiles\r\n"Acme, Inc.",https://acme.example/,\r\n"Say ""hi"" AS",https://hi.example/blog,"https://x.com/hi\r\nhttps://www.linkedin.com/company/hi"\r\n';
    const { companies, problems } = parseCompanyList(text);
    expect(problems).toEqual([]);
    expect(companies).toEqual([
      { line: 2, company: 'Acme, Inc.', url: 'https://acme.example/', profiles: [] },
      { line: 3, company: 'Say "hi" AS', url: 'https://hi.example/blog', profiles: ['https://x.com/hi', 'https://www.linkedin.com/company/hi'] },
    ]);
  });

  it('finds the columns by name in any order and case, and ignores the others', () => {
    const { companies } = parseCompanyList('Notes,URL,Company\nfirst,https://a.example,Alpha\n');
    expect(companies).toEqual([{ line: 2, company: 'Alpha', url: 'https://a.example/', profiles: [] }]);
  });

  it('skips bad rows with their line numbers and keeps every other row in order', () => {
    const text = [
      'company,url',
      'Alpha,https://a.example/',
      'No URL,',
      ',https://nameless.example/',
      'FTP,ftp://files.example/',
      'Garbage,not a url',
      '"Quoted',
      'name",https://b.example/',
      'Again,https://a.example/#top',
      'alpha,https://c.example/',
      '',
      'Delta,https://d.example/',
    ].join('\n');
    const { companies, problems } = parseCompanyList(text);
    expect(companies.map((c) => [c.line, c.company])).toEqual([
      [2, 'Alpha'],
      [7, 'Quoted\nname'],
      [12, 'Delta'],
    ]);
    expect(problems).toEqual([
      { line: 3, problem: 'no URL' },
      { line: 4, problem: 'no company name' },
      { line: 5, problem: 'not an http(s) URL (ftp:)' },
      { line: 6, problem: 'not a URL: "not a url"' },
      { line: 9, problem: 'duplicate: https://a.example/ is already listed on line 2' },
      { line: 10, problem: 'duplicate: "alpha" is already listed on line 2' },
    ]);
  });

  it('refuses a profile that is not an http(s) URL, for its row only', () => {
    const { companies, problems } = parseCompanyList('company,url,profiles\nA,https://a.example/,mailto:x@a.example\nB,https://b.example/,\n');
    expect(problems).toEqual([{ line: 2, problem: 'profile not an http(s) URL (mailto:)' }]);
    expect(companies.map((c) => c.company)).toEqual(['B']);
  });

  it('a file without the header it needs is an error, not a list of bad rows', () => {
    expect(() => parseCompanyList('')).toThrow(ListError);
    expect(() => parseCompanyList('name,homepage\nA,https://a.example/\n')).toThrow(/company and url/);
  });

  it('an unclosed quote runs to the end of the file instead of throwing', () => {
    expect([...csvRecords('a,"b\nc')]).toEqual([{ line: 1, fields: ['a', 'b\nc'] }]);
  });
});

describe('writing CSV', () => {
  it('quotes what needs quoting and ends records with CRLF (RFC 4180)', () => {
    expect(csvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', 42, null, undefined])).toBe('plain,"a,b","say ""hi""","two\nlines",42,,\r\n');
  });

  it('a text a spreadsheet would run as a formula is written as text', () => {
    expect(csvRow(['=HYPERLINK("http://evil.example")', '+1', '-x', '@SUM(A1)', 'fine'])).toBe(`"'=HYPERLINK(""http://evil.example"")",'+1,'-x,'@SUM(A1),fine\r\n`);
    // Numbers are numbers, negative ones too.
    expect(csvRow([-3, 0])).toBe('-3,0\r\n');
  });

  it('what it writes reads back as the same fields', () => {
    const values = ['Acme, "the best"', 'line\r\nbreak', 'ÆØÅ æøå', ''];
    expect([...csvRecords(csvRow(values))]).toEqual([{ line: 1, fields: values }]);
  });

  it('a company row has the header’s columns: scores 0–100 or empty when unknown, levels, the error', () => {
    const line: CompanyLine = {
      index: 0,
      company: 'Acme',
      url: 'https://acme.example/',
      pagesScored: 3,
      pagesFailed: 1,
      overall: { score: 61, level: 'fair' },
      factors: {
        credibility: { score: 80, level: 'strong' },
        transparency: { score: 35, level: 'weak' },
        openness: { score: null, level: 'unknown' },
        responsiveness: { score: 50, level: 'fair' },
        longevity: { score: 79, level: 'strong' },
      },
      error: null,
    };
    const [fields] = [...csvRecords(companyCsvRow(line))].map((r) => r.fields);
    expect(Object.fromEntries(CSV_HEADER.map((h, i) => [h, fields![i]]))).toEqual({
      company: 'Acme',
      url: 'https://acme.example/',
      pages_scored: '3',
      pages_failed: '1',
      overall: '61',
      overall_level: 'fair',
      credibility: '80',
      credibility_level: 'strong',
      transparency: '35',
      transparency_level: 'weak',
      openness: '',
      openness_level: 'unknown',
      responsiveness: '50',
      responsiveness_level: 'fair',
      longevity: '79',
      longevity_level: 'strong',
      error: '',
    });
  });
});
