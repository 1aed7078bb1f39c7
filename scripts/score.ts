/**
 * `npm run -s score -- [options] <file-or-url>...`: score pages from the command line with the
 * extension's own analyser and scoring (lib/node/scorer.ts). Results on stdout, errors and
 * progress on stderr; see USAGE for the output format and the exit codes.
 */
import { readdirSync } from 'node:fs';
import { FACTOR_KEYS, type FactorKey, type Level } from '../lib/factors';
import type { CriterionStrings, DetailStrings } from '../lib/factors/strings';
import { registerMessages, translate, type Lang, type MessageKey } from '../lib/i18n';
import { catalogue } from '../lib/i18n/catalogue';
import { en as uiEn } from '../lib/i18n/ui-en';
import { nb as uiNb } from '../lib/i18n/ui-nb';
import { dateOption, parseCommandLine, secondsOption, UsageError } from '../lib/node/cli-args';
import { withRegistry, type RegistryLookup } from '../lib/node/registry';
import { DEFAULT_TIMEOUT_MS, ensureBundle, errorText, ScoreError, Scorer, type ScoreResult } from '../lib/node/scorer';
import { registryWarnings } from '../lib/registry/match';

const USAGE = `Usage: npm run -s score -- [options] <file-or-url>...

Scores web pages with Tillit's own analyser and scoring, in headless Chromium. A saved file
is read with no network at all; an http(s) URL is loaded live, with the page's scripts off.

Options:
  --json             one JSON object per input and line (JSON Lines) on stdout
  --verbose          text output: also what was found (author, date, comments, contact)
  --site             also check the whole site: its feeds and contact pages, at most
                     8 requests in 5 s (URLs only: a file has no site behind it)
  --registry         also look the page's Norwegian organisation numbers up in Enhetsregisteret
                     (data.brreg.no; TILLIT_REGISTRY_BASE to ask another address) and score
                     with what it says; "summary.registry" lists each number's outcome
  --lang en|nb       language of the text output (default: en)
  --timeout SECONDS  how long a page may take to load (default: ${DEFAULT_TIMEOUT_MS / 1000}); a page still
                     loading then is scored as far as it got and marked partial
  --now DATE         judge dates as of this moment (ISO 8601, e.g. 2026-12-01; default: now)
  -h, --help         print this help and exit

JSON Lines output, one line per input, in the order given:
  scored   {"input", "url", "status", "contentType", "partial", "signals", "report", "summary"}
  refused  {"input", "error", "status"?, "contentType"?, "url"?}
  "url" is the final URL after redirects, "status" the HTTP status (null for a file).
  With --site, "summary.site" says what the whole-site check found ("timedOut": true when
  it hit its limit and rests on what arrived in time).
  With --registry, "summary.registry" is [{"orgNumber", "outcome", "entity", "detail"?}]:
  outcome found, notFound (404), withheld (410), invalid, offline, network, timeout, http
  or badData; "entity" is the register's entry when found (name, form, founded, registered,
  website, bankrupt, liquidation, forcedDissolution, deleted).

Exit codes:
  0    every input was scored
  1    at least one input was not scored (its line says why)
  2    usage error: an unknown option, a bad value, no input
  130  interrupted by SIGINT (Ctrl-C); 143 by SIGTERM. Lines already printed are complete.

Run it with npm's -s (--silent) so that npm's own "> tillit score" banner stays off stdout:
  npm run -s score -- --json page.html https://example.com/blog/post > results.jsonl`;

/** The command's own words; factor names, levels and tips come from the extension's strings. */
const WORDS = {
  en: {
    factor: 'Factor',
    level: 'Level',
    score: 'Score',
    tip: 'Top tip',
    partial: 'partial analysis: some signals were not checked',
    loadTimedOut: 'the page had not finished loading in time: scored as far as it got',
    file: 'file',
    site: 'Whole site',
    siteLine: '{requests} requests; owner replies: {replies}; activity {first} – {last}',
    siteTimedOut: 'stopped at its time limit: figures rest on what arrived in time',
    unknown: 'unknown',
    author: 'author',
    published: 'published',
    comments: 'comments',
    contact: 'contact',
    none: 'none',
    analysed: 'analysed in {ms} ms',
    notScored: 'not scored',
    summary: 'Scored {scored} of {total} inputs.',
    registry: 'Register',
    registryFound: '{name} ({orgNumber}), founded {founded}, website {website}',
    registryWarning: 'WARNING: the register says {warnings}',
    registryNone: '{orgNumber}: {outcome}',
    bankrupt: 'bankrupt',
    liquidation: 'in liquidation',
    forcedDissolution: 'under forced dissolution',
    deleted: 'deleted',
  },
  nb: {
    factor: 'Faktor',
    level: 'Nivå',
    score: 'Poeng',
    tip: 'Beste tips',
    partial: 'delvis analyse: noen signaler ble ikke sjekket',
    loadTimedOut: 'siden var ikke ferdig lastet i tide: vurdert så langt den kom',
    file: 'fil',
    site: 'Hele nettstedet',
    siteLine: '{requests} forespørsler; eierens svar: {replies}; aktivitet {first} – {last}',
    siteTimedOut: 'stoppet ved tidsgrensen: tallene bygger på det som kom i tide',
    unknown: 'ukjent',
    author: 'forfatter',
    published: 'publisert',
    comments: 'kommentarer',
    contact: 'kontakt',
    none: 'ingen',
    analysed: 'analysert på {ms} ms',
    notScored: 'ikke vurdert',
    summary: 'Vurderte {scored} av {total}.',
    registry: 'Registeret',
    registryFound: '{name} ({orgNumber}), stiftet {founded}, hjemmeside {website}',
    registryWarning: 'ADVARSEL: registeret sier {warnings}',
    registryNone: '{orgNumber}: {outcome}',
    bankrupt: 'konkurs',
    liquidation: 'under avvikling',
    forcedDissolution: 'under tvangsavvikling eller tvangsoppløsning',
    deleted: 'slettet',
  },
} satisfies Record<Lang, Record<string, string>>;

type Word = keyof (typeof WORDS)['en'];

function say(lang: Lang, word: Word, params: Record<string, string | number> = {}): string {
  return WORDS[lang][word].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

const t = (lang: Lang, key: MessageKey) => translate(lang, key);

/**
 * The language's words. The pages get them from lib/i18n/en.ts and nb.ts, which gather the
 * criteria's words with Vite's import.meta.glob; Node has none, so the same files are read here.
 */
async function loadMessages(lang: Lang): Promise<void> {
  const factors = new URL('../lib/factors/', import.meta.url);
  const files = [...readdirSync(new URL('criteria/', factors)).filter((f) => f.endsWith('.ts')).map((f) => `criteria/${f}`), 'details.ts'];
  const strings = await Promise.all(files.map(async (f) => [f, ((await import(new URL(f, factors).href)) as Record<Lang, CriterionStrings | DetailStrings>)[lang]] as const));
  registerMessages(lang, catalogue(lang === 'nb' ? uiNb : uiEn, Object.fromEntries(strings)));
}

function table(result: ScoreResult, lang: Lang, verbose: boolean, site: boolean): string {
  const { report, summary } = result;
  const level = (l: Level) => t(lang, `level.${l}`);
  const rows = FACTOR_KEYS.map((key: FactorKey) => {
    const f = report.factors.find((x) => x.key === key)!;
    const tip = report.tips.find((x) => x.factor === key);
    return [t(lang, `factor.${key}`), level(f.level), f.score === null ? '–' : String(f.score), tip ? t(lang, `criterion.${tip.criterion}.tip`) : ''];
  });
  rows.unshift([t(lang, 'overall.label'), level(report.overall.level), report.overall.score === null ? '–' : String(report.overall.score), '']);
  const head = [say(lang, 'factor'), say(lang, 'level'), say(lang, 'score'), say(lang, 'tip')];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  const where = result.status === null ? `(${say(lang, 'file')})` : `${result.url} (HTTP ${result.status})`;
  const out = [`${result.input}  ${where}`];
  const profile = result.signals.profile;
  if (profile) {
    const kind = t(lang, `profile.kind.${profile.platform}`);
    out.push(profile.name ? translate(lang, 'profile.read', { kind, name: profile.name }) : translate(lang, 'profile.unnamed', { kind }));
  }
  if (result.loadTimedOut) out.push(`  ! ${say(lang, 'loadTimedOut')}`);
  else if (report.partial) out.push(`  ! ${say(lang, 'partial')}`);
  out.push(line(head), line(widths.slice(0, 3).map((w) => '-'.repeat(w)).concat('-'.repeat(head[3]!.length))), ...rows.map(line));
  const s = summary;
  if (site && s.site) {
    const unknown = say(lang, 'unknown');
    const replies = s.site.ownerReplyMedianHours === null ? unknown : `${s.site.ownerReplyMedianHours} h (${Math.round((s.site.ownerReplyShare ?? 0) * 100)} %)`;
    out.push(`${say(lang, 'site')}: ${say(lang, 'siteLine', { requests: s.site.requests, replies, first: s.site.firstActivity ?? unknown, last: s.site.lastActivity ?? unknown })}`);
    if (s.site.timedOut) out.push(`  ! ${say(lang, 'siteTimedOut')}`);
  }
  for (const r of (s as { registry?: RegistryLookup[] }).registry ?? []) {
    const e = r.entity;
    const unknown = say(lang, 'unknown');
    out.push(`${say(lang, 'registry')}: ${e ? say(lang, 'registryFound', { name: e.name ?? unknown, orgNumber: e.orgNumber, founded: e.founded ?? e.registered ?? unknown, website: e.website ?? unknown }) : say(lang, 'registryNone', { orgNumber: r.orgNumber, outcome: r.outcome })}`);
    if (e && registryWarnings(e).length) out.push(`  ! ${say(lang, 'registryWarning', { warnings: registryWarnings(e).map((w) => say(lang, w)).join(', ') })}`);
  }
  if (verbose) {
    const none = say(lang, 'none');
    const found = Object.entries(s.contact).filter(([, v]) => v).map(([k]) => k);
    out.push(
      `  ${say(lang, 'author')}: ${s.author.present ? s.author.names.join(', ') || '✓' : none}`,
      `  ${say(lang, 'published')}: ${s.published ?? say(lang, 'unknown')}`,
      `  ${say(lang, 'comments')}: ${s.comments.present ? `${s.comments.system ?? 'native'}, ${s.comments.count ?? '?'}` : none}`,
      `  ${say(lang, 'contact')}: ${found.join(', ') || none}`,
      `  ${say(lang, 'analysed', { ms: Math.round(result.signals.elapsedMs) })}`,
    );
  }
  return out.join('\n');
}

function jsonLine(result: ScoreResult): string {
  const { input, url, status, contentType, signals, report, summary } = result;
  return JSON.stringify({ input, url, status, contentType, partial: report.partial, signals, report, summary });
}

function failureLine(input: string, error: unknown): string {
  const response = error instanceof ScoreError ? error.response : {};
  return JSON.stringify({ input, error: errorText(error), ...response });
}

interface Options {
  json: boolean;
  verbose: boolean;
  site: boolean;
  registry: boolean;
  lang: Lang;
  timeoutMs: number;
  now: Date | undefined;
  inputs: string[];
}

function parse(argv: string[]): Options | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    site: { type: 'boolean' },
    registry: { type: 'boolean' },
    lang: { type: 'string' },
    timeout: { type: 'string' },
    now: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'nb') throw new UsageError(`--lang must be en or nb, not ${JSON.stringify(lang)}`);
  if (!positionals.length) throw new UsageError('no file or URL to score');
  return {
    json: !!values.json,
    verbose: !!values.verbose,
    site: !!values.site,
    registry: !!values.registry,
    lang,
    timeoutMs: secondsOption('--timeout', values.timeout, DEFAULT_TIMEOUT_MS),
    now: dateOption('--now', values.now),
    inputs: positionals,
  };
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    const parsed = parse(argv);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    options = parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`score: ${error.message}\n${USAGE.split('\n')[0]}\nRun it with --help for the options, the output format and the exit codes.\n`);
    return 2;
  }
  const { inputs, lang } = options;
  await loadMessages(lang);

  // An interrupt stops at once: nothing more is printed (not even for the input in progress,
  // whose failure is only the interrupt), the browser is closed, the exit code tells which.
  let interrupted = 0;
  let scorer: Scorer | null = null;
  const progress = process.stderr.isTTY === true;
  const stop = (code: number) => {
    if (interrupted) return;
    interrupted = code;
    if (progress) process.stderr.write('\r\x1b[K');
    setTimeout(() => process.exit(code), 3_000).unref();
    void (scorer?.close() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(130));
  process.on('SIGTERM', () => stop(143));

  const bundle = ensureBundle((line) => process.stderr.write(`${line}\n`));
  scorer = await Scorer.open(bundle);
  if (interrupted) return interrupted;
  let failed = 0;
  try {
    for (const [i, input] of inputs.entries()) {
      if (progress) process.stderr.write(`\r\x1b[K[${i + 1}/${inputs.length}] ${input.slice(-70)}`);
      let result: ScoreResult | null = null;
      let failure: unknown = null;
      try {
        result = await scorer.score(input, { site: options.site, timeoutMs: options.timeoutMs, now: options.now });
        if (options.registry) result = await withRegistry(result);
      } catch (error) {
        failure = error;
      }
      if (interrupted) return interrupted;
      if (progress) process.stderr.write('\r\x1b[K');
      if (result) {
        process.stdout.write(options.json ? `${jsonLine(result)}\n` : `${table(result, lang, options.verbose, options.site)}\n\n`);
      } else {
        failed++;
        if (options.json) process.stdout.write(`${failureLine(input, failure)}\n`);
        process.stderr.write(`score: ${input}: ${say(lang, 'notScored')}: ${errorText(failure)}\n`);
      }
    }
  } finally {
    if (!interrupted) await scorer.close();
  }
  if (inputs.length > 1) process.stderr.write(`${say(lang, 'summary', { scored: inputs.length - failed, total: inputs.length })}\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`score: ${errorText(error)}\n`);
    process.exitCode = 1;
  },
);
