/**
 * `npm run audit`, run as users run it, against made-up company sites on loopback addresses
 * (lib/node/audit-sites.ts): fast, slow, hanging, erroring, robots-restricted and large.
 * Each site counts its requests per path, so the tests see what was fetched and how often.
 * Short limits (--timeout, --delay 0) keep the file within a couple of minutes on two cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE } from '../helpers/axe';
import { CHROMIUM_ARGS, chromiumPath } from '../../lib/node/chromium';
import { csvRecords } from '../../lib/csv';
import { ROOT } from '../../lib/node/scorer';
import { blogPosts, hang, NOT_PAGES, serveBlog, type BlogOptions, type CountingSite } from '../../lib/node/audit-sites';

const NOW = '2026-11-26T12:00:00Z';
const PAGES = 7;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function audit(args: string[], onStart?: (child: ChildProcess) => void): Promise<Run> {
  return new Promise((ok) => {
    // Straight under node (as `npm run audit` runs it), in a process group of its own so that a
    // test can kill it with its browser, as a user's Ctrl-C or a crash would.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', ...args], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => ok({ code, signal, stdout, stderr }));
    onStart?.(child);
  });
}

interface PageLine {
  company: string;
  kind: string;
  url: string;
  finalUrl: string | null;
  status: number | null;
  error: string | null;
  planned?: number;
  robotsSkipped?: number;
  report?: { overall: { score: number | null } };
}

const readPages = (dir: string) =>
  readFileSync(join(dir, 'pages.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as PageLine);

function readCompanies(dir: string): Record<string, string>[] {
  const [header, ...rows] = [...csvRecords(readFileSync(join(dir, 'companies.csv'), 'utf8'))].map((r) => r.fields);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const pathOf = (url: string) => new URL(url).pathname;

/** Post-like links to things that are not pages, so that they come before the about page. */
const FAULTS = {
  '/2026/02/our-annual-report-2025': NOT_PAGES['/report.pdf']!,
  '/2026/03/latest-posts-as-json': NOT_PAGES['/data.json']!,
  '/2026/04/photo-of-the-new-workshop': NOT_PAGES['/logo.png']!,
  '/2026/05/a-post-that-was-removed': NOT_PAGES['/gone.html']!,
  '/2026/06/a-post-that-breaks-the-server': NOT_PAGES['/broken.html']!,
};

const SITES: Record<string, [string, BlogOptions]> = {
  fast: ['127.0.0.31', { name: 'Fast Furniture', posts: 12, newest: '2026-11-10', replyHours: 5, robots: 'User-agent: *\nDisallow: /2026/10/\n' }],
  slow: ['127.0.0.32', { name: 'Slow Sawmill', posts: 3, newest: '2026-09-01', replyHours: 30, delayMs: 1_200 }],
  hanging: ['127.0.0.33', { name: 'Hanging Hinges', posts: 3, newest: '2026-09-01', replyHours: 1, routes: { '/': hang } }],
  erroring: ['127.0.0.34', { name: 'Erroring Oak', posts: 1, newest: '2026-11-01', replyHours: 2, routes: FAULTS, extraLinks: Object.keys(FAULTS) }],
  closed: ['127.0.0.35', { name: 'Closed Cabinets', posts: 3, newest: '2026-11-01', replyHours: 2, robots: 'User-agent: *\nDisallow: /\n' }],
  large: ['127.0.0.36', { name: 'Large Lumber', posts: 60, newest: '2026-11-20', replyHours: 10 }],
};

const sites: Record<string, CountingSite> = {};
let tmp: string;

beforeAll(async () => {
  for (const [key, [host, options]] of Object.entries(SITES)) sites[key] = await serveBlog(host, options);
  tmp = mkdtempSync(join(tmpdir(), 'tillit-audit-'));
});

afterAll(async () => {
  await Promise.all(Object.values(sites).map((s) => s.close()));
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run audit', () => {
  let run: Run;
  let out: string;

  beforeAll(async () => {
    out = join(tmp, 'six');
    const list = join(tmp, 'six.csv');
    const rows = Object.entries(sites).map(([key, s]) => `"${SITES[key]![1].name}",${s.origin}/`);
    // A bad row in the middle (line 5): reported and skipped, the rest audited.
    rows.splice(3, 0, 'Broken Row,ftp://files.example/');
    writeFileSync(list, `\uFEFFcompany,url\r\n${rows.join('\r\n')}\r\n`);
    run = await audit([list, '--out', out, '--pages', String(PAGES), '--concurrency', '2', '--timeout', '3', '--delay', '0', '--now', NOW, '--site']);
  }, 150_000);

  it('audits six companies in one command: one row each, the outputs named on stdout, progress on stderr', () => {
    expect(run.stdout.trim().split('\n')).toEqual([join(out, 'pages.jsonl'), join(out, 'companies.csv'), join(out, 'report.html')]);
    const companies = readCompanies(out);
    expect(companies.map((c) => c['company'])).toEqual(['Fast Furniture', 'Slow Sawmill', 'Hanging Hinges', 'Erroring Oak', 'Closed Cabinets', 'Large Lumber']);
    // Not a terminal: plain lines, one per finished company, the last one at 6 of 6.
    expect(run.stderr).toMatch(/\[6\/6 companies\] \d+ pages \(\d+ not scored\), [\d.]+ pages\/min/);
    expect(run.stderr).not.toMatch(/\x1b\[/);
    expect(run.stderr).toContain(`:5: skipped: not an http(s) URL (ftp:)`);
    // A skipped row and companies without a rating: exit code 1, as score's "some input failed".
    expect(run.code).toBe(1);
    const fast = companies.find((c) => c['company'] === 'Fast Furniture')!;
    expect(fast['pages_scored']).toBe(String(PAGES));
    for (const key of ['overall', 'credibility', 'transparency', 'openness', 'responsiveness', 'longevity']) {
      expect(Number(fast[key]), key).toBeGreaterThanOrEqual(0);
      expect(fast[`${key}_level`]).toMatch(/^(strong|fair|weak)$/);
    }
    expect(fast['error']).toBe('');
    // --site: the whole-site check ran once per company, on its start page.
    const starts = readPages(out).filter((p) => p.kind === 'start' && !p.error) as (PageLine & { summary: { site?: { requests: number } } })[];
    expect(starts.length).toBe(4);
    for (const s of starts) expect(s.summary.site?.requests, s.url).toBeGreaterThan(0);
    expect(readPages(out).filter((p) => p.kind === 'page' && 'site' in ((p as { summary?: object }).summary ?? {}))).toEqual([]);
  });

  it('keeps --pages: no company gets more pages than asked, and a large site gives exactly that many, posts first', () => {
    const pages = readPages(out);
    for (const name of ['Fast Furniture', 'Large Lumber', 'Erroring Oak']) expect(pages.filter((p) => p.company === name), name).toHaveLength(PAGES);
    const large = pages.filter((p) => p.company === 'Large Lumber');
    const posts = new Set(blogPosts(SITES['large']![1]).map((p) => p.path));
    // The feed's five newest posts come first, then more posts (by the look of their address).
    expect(large.filter((p) => p.kind === 'page').every((p) => posts.has(pathOf(p.url)))).toBe(true);
    const fetched = [...sites['large']!.hits.entries()].filter(([path]) => posts.has(path));
    expect(fetched.length).toBe(PAGES - 1);
    expect(fetched.every(([, n]) => n === 1)).toBe(true);
  });

  it('keeps robots.txt: a disallowed page is never fetched, and a site that disallows everything is not read at all', () => {
    const disallowed = blogPosts(SITES['fast']![1]).filter((p) => p.path.startsWith('/2026/10/'));
    expect(disallowed.length).toBeGreaterThan(0);
    for (const p of disallowed) expect(sites['fast']!.hits.get(p.path) ?? 0, p.path).toBe(0);
    const start = readPages(out).find((p) => p.company === 'Fast Furniture' && p.kind === 'start')!;
    expect(start.robotsSkipped).toBeGreaterThanOrEqual(1);
    // Closed: robots.txt was read, nothing else.
    expect([...sites['closed']!.hits.keys()]).toEqual(['/robots.txt']);
    const closed = readCompanies(out).find((c) => c['company'] === 'Closed Cabinets')!;
    expect(closed['error']).toBe('start page: skipped: robots.txt disallows it');
    expect(closed['overall']).toBe('');
  });

  it('a hanging site ends with an error row at its time limit and holds up nobody', () => {
    const hanging = readCompanies(out).find((c) => c['company'] === 'Hanging Hinges')!;
    expect(hanging).toMatchObject({ pages_scored: '0', overall: '', overall_level: 'unknown', error: 'start page: no answer within 3 s' });
    // Requested once: a hang is not retried.
    expect(sites['hanging']!.hits.get('/')).toBe(1);
    // The slow site, one request at a time behind it, still got all its pages.
    const slow = readPages(out).filter((p) => p.company === 'Slow Sawmill');
    expect(slow.length).toBeGreaterThanOrEqual(4);
    expect(slow.every((p) => p.error === null)).toBe(true);
  });

  it('error pages are recorded with what happened, never scored', () => {
    const erroring = readPages(out).filter((p) => p.company === 'Erroring Oak');
    const byPath = Object.fromEntries(erroring.map((p) => [pathOf(p.url), p]));
    expect(byPath['/2026/02/our-annual-report-2025']).toMatchObject({ status: 200, error: 'not an HTML page (content type application/pdf)' });
    expect(byPath['/2026/03/latest-posts-as-json']).toMatchObject({ status: 200, error: 'not an HTML page (content type application/json)' });
    expect(byPath['/2026/04/photo-of-the-new-workshop']).toMatchObject({ status: 200, error: 'not an HTML page (content type image/png)' });
    expect(byPath['/2026/05/a-post-that-was-removed']).toMatchObject({ status: 404, error: 'HTTP 404 Not Found' });
    expect(byPath['/2026/06/a-post-that-breaks-the-server']).toMatchObject({ status: 500, error: 'HTTP 500 Internal Server Error' });
    for (const p of erroring.filter((x) => x.error)) expect(p.report, p.url).toBeUndefined();
    // Answers are not retried: each was asked for once.
    for (const path of Object.keys(FAULTS)) expect(sites['erroring']!.hits.get(path), path).toBe(1);
    const row = readCompanies(out).find((c) => c['company'] === 'Erroring Oak')!;
    expect(row).toMatchObject({ pages_scored: '2', pages_failed: '5', error: '' });
  });

  it('report.html compares the companies, self-contained, with page text escaped', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    for (const name of ['Fast Furniture', 'Hanging Hinges', 'Large Lumber']) expect(html).toContain(name);
    expect(html.match(/<figure /g)).toHaveLength(6);
    expect(html).toContain('<table id="companies">');
    expect(html).not.toMatch(/<(?:script|link|img)\b[^>]*\b(?:src|href)=/i);
    expect(html).toContain(`${sites['fast']!.origin}/2026/11/notes-from-the-workshop-1.html`);
  });

  it('report.html has no axe violations, and its table sorts by a column (unknown last)', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
      const overall = page.getByRole('button', { name: 'Overall' });
      await overall.click();
      await overall.click();
      const names = await page.locator('#companies tbody th').allTextContents();
      const scores = Object.fromEntries(readCompanies(out).map((c) => [c['company'], c['overall'] === '' ? null : Number(c['overall'])]));
      const order = names.map((n) => scores[n]);
      const known = order.filter((x): x is number => x !== null);
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(order.slice(known.length)).toEqual(order.filter((x) => x === null));
      expect(await page.locator('th[aria-sort=descending]').textContent()).toContain('Overall');
    } finally {
      await browser.close();
    }
  });
});

describe('npm run audit, stopped and started again', () => {
  it('goes on from its stored queue: the pages done are not fetched again, and the outputs are complete', async () => {
    const host = '127.0.0.37';
    const site = await serveBlog(host, { name: 'Patient Pine', posts: 10, newest: '2026-11-10', replyHours: 3, delayMs: 400 });
    const other = await serveBlog('127.0.0.38', { name: 'Other Oak', posts: 10, newest: '2026-11-10', replyHours: 3, delayMs: 400 });
    try {
      const out = join(tmp, 'resume');
      const list = join(tmp, 'resume.csv');
      writeFileSync(list, `company,url\nPatient Pine,${site.origin}/\nOther Oak,${other.origin}/\n`);
      const args = [list, '--out', out, '--pages', '8', '--concurrency', '1', '--timeout', '5', '--delay', '0', '--now', NOW];
      // Whole lines only: one may be half written while the run appends it.
      const parse = (l: string) => {
        try {
          return [JSON.parse(l) as { url: string }];
        } catch {
          return [];
        }
      };
      const records = () =>
        existsSync(join(out, 'records'))
          ? readdirSync(join(out, 'records')).flatMap((f) => readFileSync(join(out, 'records', f), 'utf8').split('\n').filter(Boolean).flatMap(parse))
          : [];
      // Killed (SIGKILL, with its browser) once five pages are recorded.
      const first = await audit(args, (child) => {
        const poll = setInterval(() => {
          if (records().length >= 5) {
            clearInterval(poll);
            process.kill(-child.pid!, 'SIGKILL');
          }
        }, 50);
        child.on('close', () => clearInterval(poll));
      });
      expect(first.signal).toBe('SIGKILL');
      expect(existsSync(join(out, 'pages.jsonl'))).toBe(false);
      const done = records().map((r) => r.url);
      expect(done.length).toBeGreaterThanOrEqual(5);
      expect(done.length).toBeLessThan(16);
      const hitsBefore = (url: string) => (new URL(url).host === new URL(site.origin).host ? site : other).hits.get(pathOf(url)) ?? 0;
      for (const url of done) expect(hitsBefore(url), url).toBe(1);

      const second = await audit(args);
      expect(second.stderr).toMatch(/going on with a stopped run: \d+ pages already read/);
      expect(second.code).toBe(0);
      // Not one page recorded before the kill was fetched again.
      for (const url of done) expect(hitsBefore(url), url).toBe(1);
      const pages = readPages(out);
      for (const name of ['Patient Pine', 'Other Oak']) {
        const mine = pages.filter((p) => p.company === name);
        expect(mine, name).toHaveLength(8);
        expect(new Set(mine.map((p) => p.url)).size).toBe(8);
        expect(mine.every((p) => p.error === null)).toBe(true);
      }
      expect(readCompanies(out).map((c) => c['pages_scored'])).toEqual(['8', '8']);
    } finally {
      await Promise.all([site.close(), other.close()]);
    }
  }, 150_000);
});

describe('npm run audit, used wrongly', () => {
  it('--help prints the usage, the CSV format, the outputs and the exit codes, and exits 0', async () => {
    const run = await audit(['--help']);
    expect(run.code).toBe(0);
    for (const words of ['--out DIR', '--pages N', '--concurrency C', '--site', '--registry', 'company and url', 'pages.jsonl', 'companies.csv', 'report.html', 'Exit codes']) expect(run.stdout).toContain(words);
    expect(run.stderr).toBe('');
  });

  it('a usage error says what is wrong on stderr and exits 2', async () => {
    const list = join(tmp, 'usage.csv');
    writeFileSync(list, 'company,url\nA,https://a.example/\n');
    const cases: [string[], RegExp][] = [
      [[list], /--out DIR is required/],
      [[list, '--out', join(tmp, 'u'), '--pages', '0'], /--pages must be a whole number of 1 or more/],
      [[list, '--out', join(tmp, 'u'), '--bogus'], /unknown option --bogus/],
      [[], /no list of companies/],
    ];
    for (const [args, message] of cases) {
      const run = await audit(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    writeFileSync(join(tmp, 'noheader.csv'), 'name,homepage\nA,https://a.example/\n');
    const noHeader = await audit([join(tmp, 'noheader.csv'), '--out', join(tmp, 'u')]);
    expect(noHeader.code).toBe(2);
    expect(noHeader.stderr).toMatch(/line 1: the header must name the columns company and url/);
  });
});
