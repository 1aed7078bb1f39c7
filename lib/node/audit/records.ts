/**
 * What the audit keeps in its output folder while it runs, so that a run killed at any point
 * and started again with the same command goes on where it stopped:
 *
 *   <dir>/audit-run.json      the run's settings (the list's hash, --pages, --site, --now)
 *   <dir>/crawlee/            Crawlee's storage: the request queue (what is left to fetch)
 *   <dir>/records/<n>.jsonl   one line per page read for company n (its position in the list)
 *
 * The records are appended as pages finish; the outputs (pages.jsonl, companies.csv,
 * report.html) are made from them at the end, one company at a time.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageSignals } from '../../contracts/page';
import type { SiteEvidence } from '../../contracts/site';
import type { Report } from '../../factors';
import type { PageSummary } from '../../summary';

export type PageKind = 'start' | 'page' | 'profile';

/** A request's key in the queue: the company's position in the list, and the URL (two companies may share a page). */
export const requestKey = (company: number, url: string) => `${company} ${url}`;
export const companyOfKey = (key: string) => Number(key.slice(0, key.indexOf(' ')));

/** One page the audit tried, scored or not. */
export interface PageRecord {
  /** The request's key in the queue: the company's position and the URL. */
  key: string;
  company: number;
  kind: PageKind;
  /** The URL asked for. */
  url: string;
  /** Where it was read, after redirects (null when nothing answered). */
  finalUrl: string | null;
  status: number | null;
  contentType: string | null;
  /** Why it was not scored (null when it was). */
  error: string | null;
  /** The page had not finished loading, or the analysis ran out of time: scored as far as it got. */
  partial?: boolean;
  /** On the start page: how many more pages were planned (besides profiles), and how many robots.txt kept out. */
  planned?: number;
  robotsSkipped?: number;
  signals?: PageSignals;
  report?: Report;
  summary?: PageSummary;
  /** With --site, on the start page: the whole-site check. */
  site?: SiteEvidence;
}

export interface RunSettings {
  version: 1;
  /** sha256 of the list file's bytes. */
  list: string;
  pages: number;
  site: boolean;
  /** The moment dates are judged against (--now, or when the run first started). */
  now: string;
}

export const hashList = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class RecordStore {
  readonly recordsDir: string;
  readonly crawleeDir: string;
  private readonly settingsFile: string;

  constructor(readonly dir: string) {
    this.recordsDir = join(dir, 'records');
    this.crawleeDir = join(dir, 'crawlee');
    this.settingsFile = join(dir, 'audit-run.json');
  }

  /** The settings of a run already begun in this folder, or null. */
  previous(): RunSettings | null {
    if (!existsSync(this.settingsFile)) return null;
    return JSON.parse(readFileSync(this.settingsFile, 'utf8')) as RunSettings;
  }

  begin(settings: RunSettings): void {
    mkdirSync(this.recordsDir, { recursive: true });
    writeFileSync(this.settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
  }

  private file(company: number): string {
    return join(this.recordsDir, `${company}.jsonl`);
  }

  private readonly checked = new Set<number>();

  /** Append one page's record (one line). */
  add(record: PageRecord): void {
    const file = this.file(record.company);
    let lead = '';
    if (!this.checked.has(record.company)) {
      // A line a kill cut short must not swallow the next record: start on a line of its own.
      this.checked.add(record.company);
      if (existsSync(file) && !readFileSync(file).subarray(-1).equals(Buffer.from('\n'))) lead = '\n';
    }
    appendFileSync(file, `${lead}${JSON.stringify(record)}\n`);
  }

  /**
   * A company's records, one per key (a page read again after a kill, before the queue knew it
   * was done, keeps its last record): the start page first, then the pages, then the profiles.
   */
  read(company: number): PageRecord[] {
    const file = this.file(company);
    if (!existsSync(file)) return [];
    const byKey = new Map<string, PageRecord>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as PageRecord;
        byKey.delete(r.key);
        byKey.set(r.key, r);
      } catch {
        // A line cut short by a kill: that page is fetched again (its request was not done).
      }
    }
    const order: Record<PageKind, number> = { start: 0, page: 1, profile: 2 };
    return [...byKey.values()].sort((a, b) => order[a.kind] - order[b.kind]);
  }
}
