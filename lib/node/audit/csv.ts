/**
 * Reading the audit's list of companies: RFC 4180 with the usual extras people's spreadsheets
 * write (a byte-order mark, CRLF or LF, quoted fields with commas, quotes and line breaks), with
 * the line each record starts on, so that a bad row can be named. Reading and writing CSV is
 * lib/csv.ts's.
 */
import { csvRecords } from '../../csv';

/** One company to audit, as the list gives it. */
export interface CompanyRow {
  /** 1-based line number of the row in the file (its first line, for a quoted line break). */
  line: number;
  company: string;
  /** The start URL, normalised by URL (so duplicates are found however they are written). */
  url: string;
  /** Profile URLs on social platforms (the `profiles` column, space-separated). */
  profiles: string[];
}

/** A row that was skipped, and why, with its line number. */
export interface RowProblem {
  line: number;
  problem: string;
}

export interface CompanyList {
  companies: CompanyRow[];
  problems: RowProblem[];
}

/** A file that cannot be read as a list at all (no header, no url column): a usage error. */
export class ListError extends Error {
  override name = 'ListError';
}


/** The URL as the audit keys it: http(s) only, no fragment. Returns a reason when it is not one. */
export function normaliseUrl(raw: string): { url: string } | { problem: string } {
  const value = raw.trim();
  if (!value) return { problem: 'no URL' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `not a URL: ${JSON.stringify(value.slice(0, 100))}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `not an http(s) URL (${url.protocol})` };
  url.hash = '';
  return { url: url.href };
}

/**
 * Read the list: a header with at least `company` and `url` (any order, any case; other columns
 * are ignored), then one company a row. Bad rows — no URL, not http(s), a URL (or a company name)
 * already listed, a profile that is not an http(s) URL — are returned as problems with their line
 * numbers and skipped; the rest are kept in order.
 */
export function parseCompanyList(text: string): CompanyList {
  const records = csvRecords(text);
  const first = records.next();
  if (first.done) throw new ListError('the list is empty: it needs a header line with company,url');
  const header = first.value.fields.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [iCompany, iUrl, iProfiles] = [col('company'), col('url'), col('profiles')];
  if (iCompany < 0 || iUrl < 0) {
    throw new ListError(`line ${first.value.line}: the header must name the columns company and url (it has ${header.map((h) => JSON.stringify(h)).join(', ')})`);
  }
  const companies: CompanyRow[] = [];
  const problems: RowProblem[] = [];
  const seenUrl = new Map<string, number>();
  const seenName = new Map<string, number>();
  for (const { line, fields } of records) {
    const company = (fields[iCompany] ?? '').trim();
    const url = normaliseUrl(fields[iUrl] ?? '');
    if (!company) {
      problems.push({ line, problem: 'no company name' });
      continue;
    }
    if ('problem' in url) {
      problems.push({ line, problem: url.problem });
      continue;
    }
    const sameUrl = seenUrl.get(url.url);
    if (sameUrl !== undefined) {
      problems.push({ line, problem: `duplicate: ${url.url} is already listed on line ${sameUrl}` });
      continue;
    }
    const sameName = seenName.get(company.toLowerCase());
    if (sameName !== undefined) {
      problems.push({ line, problem: `duplicate: ${JSON.stringify(company)} is already listed on line ${sameName}` });
      continue;
    }
    const profiles: string[] = [];
    let bad: string | null = null;
    for (const raw of (iProfiles >= 0 ? (fields[iProfiles] ?? '') : '').split(/\s+/).filter(Boolean)) {
      const p = normaliseUrl(raw);
      if ('problem' in p) {
        bad = `profile ${p.problem}`;
        break;
      }
      if (p.url !== url.url && !profiles.includes(p.url)) profiles.push(p.url);
    }
    if (bad) {
      problems.push({ line, problem: bad });
      continue;
    }
    seenUrl.set(url.url, line);
    seenName.set(company.toLowerCase(), line);
    companies.push({ line, company, url: url.url, profiles });
  }
  return { companies, problems };
}
