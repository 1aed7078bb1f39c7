/**
 * The audit's outputs, made from the stored records one company at a time (so memory holds one
 * company's pages, plus a few numbers per company for the report's charts):
 *
 *   pages.jsonl     one line per page: company, url, final URL, HTTP status, error or summary and report
 *   companies.csv   one row per company: pages scored, overall and the five factors 0–100, their levels, error
 *   report.html     the companies compared (lib/node/audit/report-html.ts)
 *
 * Each file is written beside its place and renamed into it when complete, so a reader never
 * sees half a file.
 */
import { createWriteStream, renameSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { FACTOR_KEYS } from '../../factors';
import type { CompanyEvidence, RegistryEntity } from '../../contracts/company';
import type { PageSignals } from '../../contracts/page';
import { scoreCompany, type CompanyLine, type CompanyScore } from './aggregate';

export type { CompanyLine } from './aggregate';
import { CSV_BOM, csvRecord } from '../../csv';
import type { CompanyRow } from './csv';
import type { PageRecord, RecordStore } from './records';
import { ReportWriter } from './report-html';


export const CSV_HEADER = [
  'company',
  'url',
  'pages_scored',
  'pages_failed',
  'overall',
  'overall_level',
  ...FACTOR_KEYS.flatMap((k) => [k, `${k}_level`]),
  'error',
];

export function companyCsvRow(line: CompanyLine): string {
  return csvRecord([
    line.company,
    line.url,
    line.pagesScored,
    line.pagesFailed,
    line.overall.score,
    line.overall.level,
    ...FACTOR_KEYS.flatMap((k) => [line.factors[k].score, line.factors[k].level]),
    line.error,
  ]);
}

/** The line of pages.jsonl for one record: no raw signals (the report carries the evidence). */
export function pageLine(row: CompanyRow, r: PageRecord): string {
  const base = { company: row.company, companyUrl: row.url, kind: r.kind, url: r.url, finalUrl: r.finalUrl, status: r.status, contentType: r.contentType };
  if (r.error) return JSON.stringify({ ...base, error: r.error });
  const extra = r.kind === 'start' ? { planned: r.planned ?? 0, robotsSkipped: r.robotsSkipped ?? 0 } : {};
  return JSON.stringify({ ...base, error: null, partial: r.partial ?? false, ...extra, summary: r.summary, report: r.report });
}

/** A company's rating from its records (lib/node/audit/aggregate.ts says how). */
export function companyFromRecords(index: number, row: CompanyRow, records: readonly PageRecord[], now: Date, company?: CompanyEvidence): { line: CompanyLine; score: CompanyScore | null } {
  const scored = records.filter((r) => !r.error && r.signals);
  const site = scored.filter((r) => r.kind !== 'profile').map((r) => r.signals as PageSignals);
  const profiles = scored.filter((r) => r.kind === 'profile').map((r) => r.signals as PageSignals);
  const start = records.find((r) => r.kind === 'start');
  const score = scored.length ? scoreCompany({ pages: site, profiles, site: start?.site ?? null, now, ...(company ? { company } : {}) }) : null;
  const unknown = { score: null, level: 'unknown' as const };
  const factors = Object.fromEntries(FACTOR_KEYS.map((k) => [k, score ? { score: score.factors[k].score, level: score.factors[k].level } : unknown])) as CompanyLine['factors'];
  let error: string | null = null;
  if (!site.length) error = start?.error ? `start page: ${start.error}` : start ? 'no page of the site could be scored' : 'not reached';
  return {
    line: {
      index,
      company: row.company,
      url: row.url,
      pagesScored: scored.length,
      pagesFailed: records.length - scored.length,
      overall: score?.overall ?? unknown,
      factors,
      error,
    },
    score,
  };
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((ok, fail) => {
    stream.once('error', fail);
    stream.end(() => ok());
  });
}

/** Write with back-pressure: a large run never piles its output up in memory. */
async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((ok) => stream.once('drain', () => ok()));
}

export interface OutputPaths {
  pages: string;
  companies: string;
  report: string;
}

/**
 * What the register says of a company, from the organisation numbers its pages showed (`--registry`:
 * lib/node/registry.ts), or null when it has none or no number was found.
 */
export type RegistryOf = (orgNumbers: string[]) => Promise<RegistryEntity | null>;

/** The organisation numbers a company's scored pages show, the start page's first. */
export const orgNumbersIn = (records: readonly PageRecord[]) => records.flatMap((r) => (r.error || !r.signals ? [] : (r.signals as PageSignals).contact.orgNumbers.map((n) => n.value)));

/** Make the three outputs from the records; returns where they are and the companies' lines. */
export async function writeOutputs(dir: string, rows: readonly CompanyRow[], store: RecordStore, now: Date, title: string, registryOf?: RegistryOf): Promise<{ paths: OutputPaths; lines: CompanyLine[] }> {
  const paths: OutputPaths = { pages: join(dir, 'pages.jsonl'), companies: join(dir, 'companies.csv'), report: join(dir, 'report.html') };
  const tmp = (p: string) => `${p}.part`;
  const pages = createWriteStream(tmp(paths.pages));
  const companies = createWriteStream(tmp(paths.companies));
  const report = new ReportWriter(tmp(paths.report), title, now);
  // A byte-order mark, so that a spreadsheet reads the names as UTF-8 (Excel guesses otherwise).
  await write(companies, `${CSV_BOM}${csvRecord(CSV_HEADER)}`);
  const lines: CompanyLine[] = [];
  for (const [index, row] of rows.entries()) {
    const records = store.read(index);
    for (const r of records) await write(pages, `${pageLine(row, r)}\n`);
    const entity = registryOf ? await registryOf(orgNumbersIn(records)) : null;
    const { line, score } = companyFromRecords(index, row, records, now, entity ? { official: null, registry: entity } : undefined);
    await write(companies, companyCsvRow(line));
    await report.addCompany(line, records, score);
    lines.push(line);
  }
  await Promise.all([end(pages), end(companies), report.finish(lines)]);
  for (const p of Object.values(paths)) renameSync(tmp(p), p);
  return { paths, lines };
}
