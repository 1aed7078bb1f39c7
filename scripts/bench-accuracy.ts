/**
 * npm run bench:accuracy [-- --verbose] [--only <id-prefix>]
 *
 * Scores every page of the shared corpus (../shared/corpus, next to the project) with the
 * extension's built content script and compares the summary (lib/summary.ts) with labels.json:
 * precision / recall / F1 for yes-no fields, exact-match rates for names, dates and comment
 * systems, and the correct-rate for owner replies and login where labelled. A null label leaves
 * that page out of that field (corpus/README.md). Each figure comes with its 95 % interval
 * (Wilson): on a corpus of this size a figure can move by several points. The pages are split
 * by a hash of their id into a half rules may be tuned on and a half only measured on, and
 * each field is shown on both, so over-fitting shows. --verbose lists the pages that disagree.
 * The corpus is only read, never copied into the project.
 *
 * A second section does the same for the saved social-platform profile pages (../shared/social,
 * labelled for summary.profile): per field, how many pages agree, judged as of each page's
 * capture day; and, on every one of them, that nothing of the platform's own chrome (its
 * copyright, legal and help links) is credited to the profile's owner.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageSummary } from '../lib/summary';
import { ensureBundle, errorText, ROOT, Scorer } from '../lib/node/scorer';
import { wilson } from '../lib/util/stats';

interface Label {
  id: string;
  url?: string | null;
  author: { present: boolean | null; names: string[] | null; profileLink: boolean | null };
  published: string | null;
  publishedAlternatives?: string[];
  comments: { present: boolean | null; system: string | null; ownerReplies: boolean | null; loginRequired: boolean | null };
  contact: Record<'email' | 'phone' | 'address' | 'contactPageLink' | 'aboutPageLink', boolean | null>;
}

type Row = { id: string; label: Label; got: PageSummary | null; error?: string };

/** The value each field must reach (the accuracy targets the fields were built to). */
const TARGETS: Record<string, number> = {
  'author.present': 0.97,
  'author.names': 0.9,
  published: 0.93,
  'comments.present': 0.95,
  'comments.system': 0.9,
  'comments.ownerReplies': 0.9,
  'comments.loginRequired': 0.9,
  'contact.email': 0.9,
  'contact.phone': 0.9,
  'contact.address': 0.9,
  'contact.contactPageLink': 0.9,
  'contact.aboutPageLink': 0.9,
};

const norm = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const sameNames = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a.map(norm));
  const y = new Set(b.map(norm));
  return x.size === y.size && [...x].every((n) => y.has(n));
};

interface BoolField {
  kind: 'bool';
  name: string;
  label: (l: Label) => boolean | null;
  got: (s: PageSummary) => boolean | null;
}
interface ExactField {
  kind: 'exact';
  name: string;
  /** Undefined: leave the page out of this field. */
  label: (l: Label) => unknown;
  got: (s: PageSummary) => unknown;
  same: (got: unknown, l: Label) => boolean;
}

const FIELDS: (BoolField | ExactField)[] = [
  { kind: 'bool', name: 'author.present', label: (l) => l.author.present, got: (s) => s.author.present },
  {
    kind: 'exact',
    name: 'author.names',
    // Scored on pages whose label names a visible author; pages without one are author.present's job.
    label: (l) => (l.author.present && l.author.names?.length ? l.author.names : undefined),
    got: (s) => s.author.names,
    same: (got, l) => sameNames(got as string[], l.author.names ?? []),
  },
  { kind: 'bool', name: 'author.profileLink', label: (l) => l.author.profileLink, got: (s) => s.author.profileLink },
  {
    kind: 'exact',
    name: 'published',
    label: (l) => l.published ?? undefined,
    got: (s) => s.published,
    same: (got, l) => got === l.published || (l.publishedAlternatives ?? []).includes(got as string),
  },
  { kind: 'bool', name: 'comments.present', label: (l) => l.comments.present, got: (s) => s.comments.present },
  {
    kind: 'exact',
    name: 'comments.system',
    label: (l) => (l.comments.present && l.comments.system ? l.comments.system : undefined),
    got: (s) => s.comments.system,
    same: (got, l) => got === l.comments.system,
  },
  {
    kind: 'exact',
    name: 'comments.ownerReplies',
    label: (l) => l.comments.ownerReplies ?? undefined,
    got: (s) => s.comments.ownerReplies,
    same: (got, l) => got === l.comments.ownerReplies,
  },
  {
    kind: 'exact',
    name: 'comments.loginRequired',
    label: (l) => l.comments.loginRequired ?? undefined,
    got: (s) => s.comments.loginRequired,
    same: (got, l) => got === l.comments.loginRequired,
  },
  ...(['email', 'phone', 'address', 'contactPageLink', 'aboutPageLink'] as const).map(
    (k): BoolField => ({ kind: 'bool', name: `contact.${k}`, label: (l) => l.contact[k], got: (s) => s.contact[k] }),
  ),
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const num = (x: number) => x.toFixed(3);

type Measure =
  | { kind: 'bool'; n: number; precision: number; precisionCi: [number, number]; recall: number; recallCi: [number, number]; f1: number; misses: string[] }
  | { kind: 'exact'; n: number; rate: number; rateCi: [number, number]; misses: string[] };

function measure(f: BoolField | ExactField, rows: Row[]): Measure {
  const misses: string[] = [];
  if (f.kind === 'bool') {
    let tp = 0, fp = 0, fn = 0, n = 0;
    for (const r of rows) {
      const want = f.label(r.label);
      if (want === null || want === undefined) continue;
      n++;
      const got = f.got(r.got!) === true;
      if (got && want) tp++;
      else if (got && !want) fp++, misses.push(`${r.id}: got yes, label no`);
      else if (!got && want) fn++, misses.push(`${r.id}: got no, label yes`);
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { kind: 'bool', n, precision, precisionCi: wilson(tp, tp + fp), recall, recallCi: wilson(tp, tp + fn), f1, misses };
  }
  let ok = 0, n = 0;
  for (const r of rows) {
    const want = f.label(r.label);
    if (want === undefined) continue;
    n++;
    const got = f.got(r.got!);
    if (f.same(got, r.label)) ok++;
    else misses.push(`${r.id}: got ${JSON.stringify(got)}, label ${JSON.stringify(want)}`);
  }
  return { kind: 'exact', n, rate: n ? ok / n : 1, rateCi: wilson(ok, n), misses };
}

const ci = ([lo, hi]: [number, number]) => `${num(lo)}–${num(hi)}`;
/** The figure a field's target is about: F1 for yes/no fields, the exact-match rate for the others. */
const headline = (m: Measure) => (m.kind === 'bool' ? m.f1 : m.rate);

/**
 * Which half of the corpus a page is in: "tune" pages are the ones rules may be adjusted
 * against, "measure" pages are only measured, so over-fitting shows as a gap between the two.
 * Decided by a hash of the page id, so the split is stable and needs no list.
 */
function halfOf(id: string): 'tune' | 'measure' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'tune' : 'measure';
}

function report(rows: Row[], verbose: boolean): string {
  const out: string[] = [];
  const scored = rows.filter((r) => r.got);
  out.push(`Pages: ${rows.length} (${rows.length - scored.length} failed to load). Intervals: 95 % (Wilson).`, '');
  out.push(`${'field'.padEnd(26)}${'n'.padStart(4)}  ${'precision (95 % CI)'.padEnd(26)}${'recall (95 % CI)'.padEnd(26)}${'F1 / exact (95 % CI)'.padEnd(26)}target`);
  const disagreements: string[] = [];
  for (const f of FIELDS) {
    const m = measure(f, scored);
    const target = TARGETS[f.name];
    const verdict = target ? `${m.kind === 'bool' ? target.toFixed(2) : pct(target).trim()} ${headline(m) >= target ? 'met' : 'NOT met'}` : '(info)';
    const cells =
      m.kind === 'bool'
        ? [`${num(m.precision)} (${ci(m.precisionCi)})`, `${num(m.recall)} (${ci(m.recallCi)})`, num(m.f1)]
        : ['', '', `${pct(m.rate).trim()} (${ci(m.rateCi)})`];
    out.push(`${f.name.padEnd(26)}${String(m.n).padStart(4)}  ${cells[0]!.padEnd(26)}${cells[1]!.padEnd(26)}${cells[2]!.padEnd(26)}${verdict}`);
    if (m.misses.length) disagreements.push(`${f.name} (${m.misses.length}):`, ...m.misses.map((x) => `  ${x}`));
  }
  // The same fields on each half: a rule that only fits the pages it was tuned on shows here.
  const halves = { tune: scored.filter((r) => halfOf(r.id) === 'tune'), measure: scored.filter((r) => halfOf(r.id) === 'measure') };
  out.push(
    '',
    `Tune / measure split (${halves.tune.length} / ${halves.measure.length} pages, by a hash of the page id): F1 or exact rate on each half,`,
    'with 95 % intervals: of the exact rate, or of precision (P) and recall (R) for yes/no fields',
  );
  for (const f of FIELDS) {
    const [t, m] = [measure(f, halves.tune), measure(f, halves.measure)];
    const show = (x: Measure) =>
      x.kind === 'bool'
        ? `${num(x.f1)} (n ${x.n}; P ${ci(x.precisionCi)}, R ${ci(x.recallCi)})`
        : `${pct(x.rate).trim()} (n ${x.n}; ${ci(x.rateCi)})`;
    out.push(`${f.name.padEnd(26)}tune ${show(t).padEnd(46)}measure ${show(m)}`);
  }
  const failed = rows.filter((r) => r.error);
  if (verbose && (disagreements.length || failed.length)) {
    out.push('', 'Disagreements:', ...disagreements);
    if (failed.length) out.push('Failed pages:', ...failed.map((r) => `  ${r.id}: ${r.error}`));
  }
  return out.join('\n');
}

interface ProfileLabel {
  id: string;
  file?: string;
  url: string;
  platform: string;
  capture: string;
  profile: Record<'name' | 'website' | 'joined' | 'lastPost', string | null> & { verified: boolean | null; followers: number | null; postsSeen: number };
}

const PROFILE_FIELDS = ['platform', 'name', 'website', 'joined', 'followers', 'verified', 'postsSeen', 'lastPost'] as const;
/** The bar of the social-platforms work: the platform always; these on ≥ 90 % of the pages that show them. */
const PROFILE_TARGETS: Partial<Record<(typeof PROFILE_FIELDS)[number], number>> = { platform: 1, name: 0.9, website: 0.9, joined: 0.9, followers: 0.9 };

/** A site compared as people read it: no scheme, no www., no trailing slash. */
const siteText = (url: string | null | undefined) => url?.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase() ?? null;
/** Noon on the capture day the label states ("~2025-12 (…)" → 2025-12-01). */
const captureDay = (capture: string) => {
  const d = /(\d{4}-\d{2}(?:-\d{2})?)/.exec(capture)?.[1] ?? '2000-01-01';
  return new Date(`${d.length === 7 ? `${d}-01` : d}T12:00:00Z`);
};

async function profileSection(scorer: Scorer, folder: string, verbose: boolean): Promise<string> {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as ProfileLabel[];
  const tally = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, { right: 0, of: 0 }])) as Record<(typeof PROFILE_FIELDS)[number], { right: number; of: number }>;
  const lines: string[] = [];
  let credited = 0;
  for (const label of labels) {
    const file = join(folder, (label.file ?? `${label.id}.html`).split('/').pop()!);
    let summary: PageSummary;
    try {
      summary = (await scorer.score(file, { url: label.url, now: captureDay(label.capture) })).summary;
    } catch (error) {
      lines.push(`${label.id}: failed: ${errorText(error)}`);
      continue;
    }
    const p = summary.profile;
    const got = { platform: p?.platform ?? null, name: p?.name ?? null, website: siteText(p?.website), joined: p?.joined ?? null, followers: p?.followers ?? null, verified: p?.verified ?? null, postsSeen: p?.postsSeen ?? 0, lastPost: p?.lastPost ?? null };
    const want = { ...label.profile, platform: label.platform, website: siteText(label.profile.website) };
    const wrong: string[] = [];
    for (const field of PROFILE_FIELDS) {
      // A field the page does not show (null label) counts only for the platform; the others are
      // measured on the pages that show them, as the bar says.
      if (want[field] === null && field !== 'platform') continue;
      tally[field].of++;
      if (got[field] === want[field]) tally[field].right++;
      else wrong.push(`${field}: ${JSON.stringify(got[field])} (label ${JSON.stringify(want[field])})`);
    }
    // Nothing of the page may be credited beyond the profile: no contact, about or organisation.
    const chrome = Object.entries(summary.contact).filter(([, v]) => v).map(([k]) => k);
    if (summary.author.present) chrome.push('author');
    if (chrome.length) (credited++, wrong.push(`credits the platform: ${chrome.join(', ')}`));
    if (verbose || wrong.length) lines.push(`${label.id}: ${wrong.length ? wrong.join('; ') : 'all fields agree'}`);
  }
  const out = [`Social-platform profiles: ${labels.length} pages (${folder})`, '', `${'field'.padEnd(26)}${'n'.padStart(4)}  ${'right'.padStart(10)}  target`];
  for (const field of PROFILE_FIELDS) {
    const { right, of } = tally[field];
    const rate = of ? right / of : 1;
    const target = PROFILE_TARGETS[field];
    out.push(`${`profile.${field}`.padEnd(26)}${String(of).padStart(4)}  ${pct(rate).padStart(10)}  ${target ? `${pct(target).trim()} ${rate >= target ? 'met' : 'NOT met'}` : '(info)'}`);
  }
  out.push(`${'platform chrome credited'.padEnd(26)}${String(labels.length).padStart(4)}  ${`${credited} pages`.padStart(10)}  0 ${credited ? 'NOT met' : 'met'}`);
  if (lines.length) out.push('', ...lines);
  return out.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const corpus = resolve(ROOT, '../shared/corpus');
  const social = resolve(ROOT, '../shared/social');
  const haveCorpus = existsSync(join(corpus, 'labels.json')) && existsSync(join(corpus, 'pages'));
  const haveSocial = existsSync(join(social, 'labels.json'));
  if (!haveCorpus) process.stdout.write(`No corpus at ${corpus} (labels.json and pages/): nothing to measure there.\n`);
  if (!haveCorpus && !haveSocial) return;
  const labels = haveCorpus ? (JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Label[]).filter((l) => !only || l.id.startsWith(only)) : [];
  const bundle = ensureBundle((line) => process.stderr.write(`${line}\n`));
  const scorer = await Scorer.open(bundle);
  const rows: Row[] = [];
  const tty = process.stderr.isTTY;
  try {
    for (const [i, label] of labels.entries()) {
      if (tty) process.stderr.write(`\r\x1b[K[${i + 1}/${labels.length}] ${label.id}`);
      const file = join(corpus, 'pages', `${label.id}.html`);
      try {
        // Served at the URL the page was saved from (when known), as the extension would see it.
        const result = await scorer.score(file, label.url ? { url: label.url } : {});
        rows.push({ id: label.id, label, got: result.summary });
      } catch (error) {
        rows.push({ id: label.id, label, got: null, error: errorText(error) });
      }
    }
    if (tty) process.stderr.write('\r\x1b[K');
    if (haveCorpus) process.stdout.write(`${report(rows, verbose)}\n`);
    if (haveSocial) process.stdout.write(`\n${await profileSection(scorer, social, verbose)}\n`);
    else process.stdout.write(`\nNo social-platform pages at ${social}: profile section skipped.\n`);
  } finally {
    await scorer.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`bench:accuracy: ${errorText(error)}\n`);
  process.exitCode = 1;
});
