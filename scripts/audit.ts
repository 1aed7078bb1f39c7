/**
 * `npm run -s audit -- <list.csv> --out <dir> [options]`: audit many companies at once — up to
 * N pages of each company's site (posts first), scored with the extension's own analyser and
 * scoring, on Crawlee (lib/node/audit/). Files in <dir>; progress and errors on stderr; see USAGE
 * for the outputs and the exit codes (the same as `npm run score`'s).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ListError, parseCompanyList, type CompanyRow } from '../lib/node/audit/csv';
import { writeOutputs, type RegistryOf } from '../lib/node/audit/outputs';
import { companyOfKey, hashList, RecordStore, type PageRecord, type RunSettings } from '../lib/node/audit/records';
import { countOption, dateOption, parseCommandLine, secondsOption, UsageError } from '../lib/node/cli-args';
import { lookUp, type RegistryLookup } from '../lib/node/registry';
import { DEFAULT_TIMEOUT_MS, ensureBundle, errorText } from '../lib/node/scorer';

const USAGE = `Usage: npm run -s audit -- <list.csv> --out <dir> [options]

Audits many companies at once: reads up to N pages of each company's site (feed items and
posts first, same site only, robots.txt kept, one request per domain per --delay), scores each
with Tillit's own analyser and scoring in headless Chromium, and rates each company on the five
factors from the evidence of all its pages together.

The list is CSV with a header line naming at least the columns company and url; an optional
column profiles holds the company's profile URLs on social platforms, separated by spaces.
Rows without a name or an http(s) URL, and repeated URLs or names, are reported with their
line number on stderr and skipped.

Options:
  --out DIR            where the outputs and the run's state go (required)
  --pages N            pages per company, the start page included (default: 10)
  --concurrency C      pages read at once, at most (default: 2); Crawlee scales below it
                       when the machine is busy
  --site               also the whole-site check once per company (its feeds and contact
                       pages, as the popup's "Check the whole site")
  --registry           look up the organisation numbers the pages show in the Brønnøysund
                       register (data.brreg.no; TILLIT_REGISTRY_BASE for another address):
                       the entry is scored with the company, kept in <dir>/registry.json
  --timeout SECONDS    how long a page, robots.txt, a feed or a sitemap may take (default: ${DEFAULT_TIMEOUT_MS / 1000})
  --delay SECONDS      time between two requests to the same domain (default: 1)
  --now DATE           judge dates as of this moment (ISO 8601; default: when the run first
                       started, kept for a resumed run)
  -h, --help           print this help and exit

Outputs in DIR:
  pages.jsonl     one line per page: {"company", "companyUrl", "kind", "url", "finalUrl",
                  "status", "contentType", "error"} and, when scored, "partial", "summary"
                  and "report"; the start page also "planned" and "robotsSkipped"
  companies.csv   one row per company: company, url, pages_scored, pages_failed, overall,
                  overall_level, each factor and its level (0–100; empty when unknown), error
  report.html     the companies compared: a chart per factor, a sortable table, and per
                  company its pages and the evidence per factor
  Stopped (Ctrl-C, or killed), the same command again goes on where it stopped: the queue and
  the pages already read are kept in DIR (crawlee/, records/); pages done are not read again.

Exit codes:
  0    every company was rated (some of its pages may have failed: see pages.jsonl)
  1    a row of the list was skipped, or a company could not be rated (its row says why)
  2    usage error: an unknown option, a bad value, no list, a list without its header,
       or DIR holds a run of another list or other settings
  130  interrupted by SIGINT (Ctrl-C); 143 by SIGTERM. Run the same command to go on.`;

interface Options {
  list: string;
  out: string;
  pages: number;
  concurrency: number;
  site: boolean;
  registry: boolean;
  timeoutMs: number;
  delaySecs: number;
  now: Date | undefined;
}

function parse(argv: string[]): Options | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: 'string' },
    pages: { type: 'string' },
    concurrency: { type: 'string' },
    site: { type: 'boolean' },
    registry: { type: 'boolean' },
    timeout: { type: 'string' },
    delay: { type: 'string' },
    now: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (!positionals.length) throw new UsageError('no list of companies (a CSV file with the columns company,url)');
  if (positionals.length > 1) throw new UsageError(`one list at a time, not ${positionals.length} (${positionals.join(', ')})`);
  if (!values.out) throw new UsageError('--out DIR is required: the folder for the outputs and the run’s state');
  return {
    list: positionals[0]!,
    out: values.out,
    pages: countOption('--pages', values.pages, 10),
    concurrency: countOption('--concurrency', values.concurrency, 2),
    site: !!values.site,
    registry: !!values.registry,
    timeoutMs: secondsOption('--timeout', values.timeout, DEFAULT_TIMEOUT_MS),
    delaySecs: secondsOption('--delay', values.delay, 1_000, '0 or more') / 1000,
    now: dateOption('--now', values.now),
  };
}

/** Companies and pages done, for the progress line; rebuilt from the records on a resumed run. */
class Progress {
  private readonly expected = new Map<number, number>();
  private readonly done = new Map<number, Set<string>>();
  private readonly failedIn = new Map<number, number>();
  companiesDone = 0;
  pages = 0;
  pagesThisRun = 0;
  failed = 0;
  private readonly started = Date.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly rows: readonly CompanyRow[]) {}

  /** A page finished (`resumed`: read back from a stopped run). Returns true when its company is now complete. */
  add(r: PageRecord, resumed = false): boolean {
    const keys = this.done.get(r.company) ?? new Set<string>();
    this.done.set(r.company, keys);
    const wasComplete = this.complete(r.company);
    if (keys.has(r.key)) return false;
    keys.add(r.key);
    this.pages++;
    if (!resumed) this.pagesThisRun++;
    if (r.error) {
      this.failed++;
      this.failedIn.set(r.company, (this.failedIn.get(r.company) ?? 0) + 1);
    }
    if (r.kind === 'start') this.expected.set(r.company, 1 + this.rows[r.company]!.profiles.length + (r.planned ?? 0));
    const nowComplete = !wasComplete && this.complete(r.company);
    if (nowComplete) this.companiesDone++;
    return nowComplete;
  }

  /** The page with this request key is recorded already. */
  has(company: number, key: string): boolean {
    return this.done.get(company)?.has(key) ?? false;
  }

  private complete(company: number): boolean {
    const expected = this.expected.get(company);
    return expected !== undefined && (this.done.get(company)?.size ?? 0) >= expected;
  }

  rate(): number {
    const minutes = (Date.now() - this.started) / 60_000;
    return minutes > 0 ? this.pagesThisRun / minutes : 0;
  }

  line(): string {
    return `[${this.companiesDone}/${this.rows.length} companies] ${this.pages} pages (${this.failed} not scored), ${this.rate().toFixed(1)} pages/min`;
  }

  /** After a page: the status line on a terminal; a plain line per finished company otherwise. */
  report(r: PageRecord, companyDone: boolean): void {
    const name = this.rows[r.company]!.company;
    if (this.tty) process.stderr.write('\r\x1b[K');
    if (r.error) process.stderr.write(`audit: ${name}: ${r.url}: not scored: ${r.error}\n`);
    if (companyDone) {
      const n = this.done.get(r.company)!.size;
      const failed = this.failedIn.get(r.company) ?? 0;
      if (!this.tty) process.stderr.write(`audit: ${this.line()} — ${name}: ${n - failed} of ${n} pages scored\n`);
    }
    if (this.tty) process.stderr.write(this.line());
  }

  clear(): void {
    if (this.tty) process.stderr.write('\r\x1b[K');
  }
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  let rows: CompanyRow[];
  let listBytes: Buffer;
  let skippedRows = 0;
  try {
    const parsed = parse(argv);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    options = parsed;
    try {
      listBytes = readFileSync(options.list);
    } catch (error) {
      throw new UsageError(`cannot read the list ${options.list}: ${errorText(error)}`);
    }
    const list = parseCompanyList(listBytes.toString('utf8'));
    for (const p of list.problems) process.stderr.write(`audit: ${options.list}:${p.line}: skipped: ${p.problem}\n`);
    rows = list.companies;
    if (!rows.length) throw new UsageError(`${options.list} lists no company to audit`);
    skippedRows = list.problems.length;
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ListError)) throw error;
    process.stderr.write(`audit: ${error.message}\n${USAGE.split('\n')[0]}\nRun it with --help for the options, the outputs and the exit codes.\n`);
    return 2;
  }

  mkdirSync(options.out, { recursive: true });
  const store = new RecordStore(options.out);
  const previous = store.previous();
  const settings: RunSettings = {
    version: 1,
    list: hashList(listBytes),
    pages: options.pages,
    site: options.site,
    now: (options.now ?? (previous ? new Date(previous.now) : new Date())).toISOString(),
  };
  if (previous) {
    const differs = (['list', 'pages', 'site', 'now'] as const).filter((k) => previous[k] !== settings[k] && !(k === 'now' && !options.now));
    if (differs.length) {
      process.stderr.write(`audit: ${options.out} holds a run with another ${differs.map((d) => (d === 'list' ? 'list' : `--${d}`)).join(', ')}: give another --out, or the same command to go on with that run\n`);
      return 2;
    }
  }
  store.begin(settings);
  const now = new Date(settings.now);

  const progress = new Progress(rows);
  let resumed = 0;
  for (const [i] of rows.entries()) {
    for (const r of store.read(i)) {
      progress.add(r, true);
      resumed++;
    }
  }
  if (resumed) process.stderr.write(`audit: going on with a stopped run: ${resumed} pages already read, ${progress.companiesDone} companies complete\n`);

  let interrupted = 0;
  const stop = (code: number) => {
    if (interrupted) return;
    interrupted = code;
    progress.clear();
    process.stderr.write(`audit: interrupted: ${progress.pages} pages kept in ${options.out}; run the same command to go on\n`);
    // Chromium is a child of this process group and ends with it; the records written are whole lines.
    process.exit(code);
  };
  process.on('SIGINT', () => stop(130));
  process.on('SIGTERM', () => stop(143));

  const bundle = ensureBundle((line) => process.stderr.write(`${line}\n`));
  // Crawlee is loaded only now: --help and usage errors answer at once.
  const { crawl } = await import('../lib/node/audit/crawl');
  await crawl({
    companies: rows,
    store,
    pages: options.pages,
    concurrency: options.concurrency,
    site: options.site,
    now,
    timeoutMs: options.timeoutMs,
    delaySecs: options.delaySecs,
    bundle,
    onPage: (r) => progress.report(r, progress.add(r)),
    isDone: (key) => progress.has(companyOfKey(key), key),
  });
  progress.clear();
  const title = `Tillit audit of ${basename(options.list)}`;
  const { paths, lines } = await writeOutputs(options.out, rows, store, now, title, options.registry ? registryIn(options.out) : undefined);
  const unrated = lines.filter((l) => l.error).length;
  process.stderr.write(
    `audit: ${lines.length - unrated} of ${lines.length} companies rated; ${progress.pages} pages (${progress.failed} not scored); ${progress.pagesThisRun} read in this run at ${progress.rate().toFixed(1)} pages/min\n`,
  );
  process.stdout.write(`${paths.pages}\n${paths.companies}\n${paths.report}\n`);
  return unrated || skippedRows ? 1 : 0;
}

/**
 * `--registry`: the register's entry for the organisation numbers a company's pages show, asked
 * once per number and kept in <out>/registry.json, so a run started again does not ask again.
 */
function registryIn(dir: string): RegistryOf {
  const file = join(dir, 'registry.json');
  const known = new Map<string, RegistryLookup>(existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, RegistryLookup>) : []);
  return async (numbers) => {
    const missing = [...new Set(numbers)].filter((n) => !known.has(n));
    if (missing.length) {
      for (const found of await lookUp(missing)) known.set(found.orgNumber, found);
      writeFileSync(file, `${JSON.stringify(Object.fromEntries(known), null, 2)}\n`);
    }
    for (const n of numbers) {
      const entity = known.get(n)?.entity;
      if (entity) return entity;
    }
    return null;
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Crawlee keeps timers of its own (statistics, storage): the audit is over.
    setTimeout(() => process.exit(code), 2_000).unref();
  },
  (error: unknown) => {
    process.stderr.write(`audit: ${errorText(error)}\n`);
    process.exit(1);
  },
);
