/**
 * npm run score -- [--json] [--verbose] [--site] <file-or-url>...
 *
 * Scores pages with the extension's built content script and its scoring, in headless
 * Chromium (see scripts/scorer.ts). One browser for the whole batch; a page that fails is
 * reported on its own line and the run goes on; the exit code is 0 unless the run itself
 * could not start (bad arguments, no Chromium).
 */
import type { MessageKey } from '../lib/i18n';
import { translate } from '../lib/i18n';
import { ensureBundle, errorText, Scorer, type ScoreResult } from './scorer';

const USAGE = 'usage: npm run score -- [--json] [--verbose] [--site] <file-or-url>...';

function tipText(id: string): string {
  return translate('en', `criterion.${id}.tip` as MessageKey);
}

function table(result: ScoreResult, verbose: boolean): string {
  const { report, summary } = result;
  const rows = report.factors.map((f) => {
    const tip = report.tips.find((t) => t.factor === f.key);
    return [translate('en', `factor.${f.key}` as MessageKey), translate('en', `level.${f.level}` as MessageKey), f.score === null ? '–' : String(f.score), tip ? tipText(tip.criterion) : ''];
  });
  rows.unshift(['Overall', translate('en', `level.${report.overall.level}` as MessageKey), report.overall.score === null ? '–' : String(report.overall.score), '']);
  const head = ['Factor', 'Level', 'Score', 'Top tip'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  widths[3] = head[3]!.length; // the tip is last: let it run on
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  const out = [`${result.input}${report.partial ? '  (partial analysis)' : ''}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  if (verbose) {
    const s = summary;
    out.push(
      `  author: ${s.author.present ? s.author.names.join(', ') || 'yes' : 'none'}${s.author.profileLink ? ' (profile link)' : ''}`,
      `  published: ${s.published ?? 'unknown'}`,
      `  comments: ${s.comments.present ? `${s.comments.system ?? 'native'}, ${s.comments.count ?? '?'} readable, owner replies ${s.comments.ownerReplies ?? '?'}, login ${s.comments.loginRequired ?? '?'}` : 'none'}`,
      `  contact: ${Object.entries(s.contact).filter(([, v]) => v).map(([k]) => k).join(', ') || 'none'}`,
      `  analysed in ${Math.round(result.signals.elapsedMs)} ms`,
    );
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const site = argv.includes('--site');
  const unknown = argv.filter((a) => a.startsWith('--') && !['--json', '--verbose', '--site'].includes(a));
  const inputs = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length || !inputs.length || argv.includes('-h')) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return inputs.length || unknown.length ? 2 : 2;
  }
  const progress = process.stderr.isTTY && inputs.length > 1;
  const bundle = ensureBundle((line) => process.stderr.write(`${line}\n`));
  const scorer = await Scorer.open(bundle);
  let failed = 0;
  try {
    for (const [i, input] of inputs.entries()) {
      if (progress) process.stderr.write(`\r\x1b[K[${i + 1}/${inputs.length}] ${input.slice(-60)}`);
      try {
        const result = await scorer.score(input, { site });
        if (progress) process.stderr.write('\r\x1b[K');
        process.stdout.write(json ? `${JSON.stringify({ input, signals: result.signals, report: result.report, summary: result.summary })}\n` : `${table(result, verbose)}\n\n`);
      } catch (error) {
        failed++;
        if (progress) process.stderr.write('\r\x1b[K');
        process.stdout.write(json ? `${JSON.stringify({ input, error: errorText(error) })}\n` : `${input}\n  error: ${errorText(error)}\n\n`);
      }
    }
  } finally {
    await scorer.close();
  }
  if (progress) process.stderr.write(`Scored ${inputs.length - failed} of ${inputs.length} page(s).\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`score: ${errorText(error)}\n`);
    process.exitCode = 1;
  },
);
