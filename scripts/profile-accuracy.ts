/**
 * npx tsx scripts/profile-accuracy.ts [folder] [--verbose]
 *
 * Reads every page of a folder of saved social-platform pages labelled like ../shared/social
 * (labels.json: one record per file with url, platform, capture and profile {name, verified,
 * website, joined, followers, postsSeen, lastPost}) with lib/profiles, in happy-dom, and prints
 * per field how many pages agree with their labels — the bar of issue 12 is the platform on every
 * page and name, website, joined and followers on at least 90 % of the pages that show them (a
 * null label counts only when the reader also says null). Dates are judged as of each page's
 * capture date. The pages are only read, never copied into the project. Until the extension's
 * analyser carries lib/profiles (collectSignals), this measures the readers themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { readProfile } from '../lib/profiles';

interface Label {
  id: string;
  file?: string;
  url: string;
  platform: string;
  capture: string;
  profile: Record<'name' | 'website' | 'joined' | 'lastPost', string | null> & { verified: boolean | null; followers: number | null; postsSeen: number };
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/social');
if (!existsSync(resolve(folder, 'labels.json'))) {
  console.error(`No labels.json in ${folder}: nothing to measure.`);
  process.exit(0);
}
const labels: Label[] = JSON.parse(readFileSync(resolve(folder, 'labels.json'), 'utf8'));
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableIframePageLoading: true, disableCSSFileLoading: true } });

const site = (url: string | null | undefined) => url?.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase() ?? null;
const day = (capture: string) => {
  const d = /(\d{4}-\d{2}(?:-\d{2})?)/.exec(capture)?.[1] ?? '2000-01-01';
  return Date.parse(`${d.length === 7 ? `${d}-01` : d}T12:00:00Z`);
};

const FIELDS = ['platform', 'name', 'website', 'joined', 'followers', 'verified', 'postsSeen', 'lastPost'] as const;
const tally = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, of: 0 }]));
let ms = 0;
for (const label of labels) {
  const file = resolve(folder, (label.file ?? `${label.id}.html`).split('/').pop()!);
  const doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
  const started = performance.now();
  const p = readProfile(doc, label.url, day(label.capture));
  ms += performance.now() - started;
  const own = p?.posts.filter((post) => post.byAccount) ?? [];
  const got = {
    platform: p?.platform ?? null,
    name: p?.name ?? null,
    website: site(p?.website),
    joined: p?.joined ?? null,
    followers: p?.followers ?? null,
    verified: p?.verified ?? null,
    postsSeen: own.length,
    lastPost: own[0]?.date.slice(0, 10) ?? null,
  };
  const want = { ...label.profile, platform: label.platform, website: site(label.profile.website) };
  const wrong: string[] = [];
  for (const field of FIELDS) {
    tally[field]!.of++;
    if (got[field] === want[field]) tally[field]!.right++;
    else wrong.push(`${field}: ${JSON.stringify(got[field])} (label ${JSON.stringify(want[field])})`);
  }
  if (verbose || wrong.length) console.log(`${label.id}: ${wrong.length ? wrong.join('; ') : 'all fields agree'}`);
}
console.log(`\n${labels.length} pages, ${(ms / labels.length).toFixed(1)} ms each (happy-dom)\n`);
for (const field of FIELDS) {
  const { right, of } = tally[field]!;
  console.log(`${field.padEnd(10)} ${String(right).padStart(3)}/${of}  ${((100 * right) / of).toFixed(0)} %`);
}
