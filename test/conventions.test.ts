import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ANALYSER_FILE } from '@/lib/popup-start';
import type { CompanyEvidence } from '@/lib/contracts/company';
import type { PageSignals } from '@/lib/contracts/page';
import type { SiteEvidence } from '@/lib/contracts/site';
import { CRITERIA, FACTOR_KEYS, LEVELS, modelOf, MODEL, PROFILE_CRITERIA, PROFILE_MODEL, type Criterion, type CriterionStatus, type Input } from '@/lib/factors';
import { type MessageKey } from '@/lib/i18n';
import { en } from './helpers/messages';
import { nb } from './helpers/messages';
import type { AccessProblem } from '@/lib/page-access';
import { post, profile, thread } from './factors/profile-builders';
import { comment, ev, finding, makeSignals, NOW } from './helpers/signals';

// Registries, strings and layout rules that must stay complete as criteria are added
// (STYLE.md: "A conventions test can check that registries, tests and strings stay complete").

const ROOT = resolve(process.cwd());
const has = (lang: Record<string, string>, key: string) => typeof lang[key] === 'string' && lang[key]!.trim() !== '';

/** Every criterion file, as modules: its definition and both languages' words. */
const CRITERION_FILES = import.meta.glob<{ default: Criterion; en: Record<string, string>; nb: Record<string, string> }>('/lib/factors/criteria/*.ts', { eager: true });
const SHARED_DETAILS = import.meta.glob<{ en: Record<string, string> }>('/lib/factors/details.ts', { eager: true });

/** Both models' criteria: the page's and the profile's. */
const ALL_CRITERIA: readonly Criterion[] = [...CRITERIA, ...PROFILE_CRITERIA];
/** Each model, with the line of FACTORS.md its weights table follows. */
const MODELS = [
  { name: 'page', criteria: CRITERIA as readonly Criterion[], model: MODEL, table: 'Starting weights' },
  { name: 'profile', criteria: PROFILE_CRITERIA as readonly Criterion[], model: PROFILE_MODEL, table: '## Profiles on social platforms' },
] as const;

/**
 * A weights table of FACTORS.md — "Starting weights" (the page criteria's), or the one under
 * "Profiles on social platforms" — per factor in its order: the first table after the line that
 * starts with `after`. Read from the shared project notes (../shared/FACTORS.md, there in CI too)
 * rather than copied, so the product's tables and the criteria files can't drift apart unnoticed.
 */
const FACTORS_MD = resolve(ROOT, '../shared/FACTORS.md');
function startingWeights(markdown: string, after = 'Starting weights'): Record<string, number[]> {
  const lines = markdown.split('\n');
  const from = lines.findIndex((l) => l.startsWith(after));
  if (from < 0) throw new Error(`FACTORS.md has no line starting "${after}"`);
  const out: Record<string, number[]> = {};
  let inTable = false;
  for (const line of lines.slice(from + 1)) {
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const [factor, , points] = line.split('|').slice(1, -1).map((c) => c.trim());
    if (!factor || factor === 'factor' || /^-+$/.test(factor)) continue;
    (out[factor] ??= []).push(Number(points));
  }
  return out;
}

// Compile-time: the model's message keys are message keys (a detail with no string fails here).
expectTypeOf<'criterion.reply-time.tip' | 'detail.medianReply' | 'detail.noDates'>().toExtend<MessageKey>();

describe('criteria registry', () => {
  it('criterion ids are unique, across both models', () => {
    const ids = ALL_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every file in lib/factors/criteria is in one of the registry\'s models, and is named by its id', () => {
    const files = Object.entries(CRITERION_FILES).map(([path, module]) => [/([\w-]+)\.ts$/.exec(path)![1], module.default] as const);
    for (const [name, criterion] of files) expect(criterion.id, `criteria/${name}.ts`).toBe(name);
    expect(files.map(([name]) => name).sort()).toEqual(ALL_CRITERIA.map((c) => c.id).sort());
    for (const [name, criterion] of files) expect(ALL_CRITERIA.find((c) => c.id === name), name).toBe(criterion);
  });

  it('profile criteria are named profile-*, and only they read the profile', () => {
    for (const c of PROFILE_CRITERIA) expect(c.id, c.id).toMatch(/^profile-/);
    for (const c of CRITERIA) expect(c.id, c.id).not.toMatch(/^profile-/);
    for (const c of CRITERIA) expect(c.reads, c.id).not.toContain('profile');
  });

  it.each(MODELS.map((m) => [m.name, m] as const))('%s model: every criterion belongs to a known factor, and every factor has criteria', (_, { criteria }) => {
    for (const c of criteria) expect(FACTOR_KEYS).toContain(c.factor);
    for (const key of FACTOR_KEYS) expect(criteria.some((c) => c.factor === key), key).toBe(true);
  });

  it.each(MODELS.flatMap(({ name, criteria }) => FACTOR_KEYS.map((key) => [name, key, criteria] as const)))('%s model, %s: weights sum to 100', (_, key, criteria) => {
    const sum = criteria.filter((c) => c.factor === key).reduce((n, c) => n + c.points, 0);
    expect(sum).toBe(100);
  });

  it.skipIf(!existsSync(FACTORS_MD)).each(MODELS.map((m) => [m.name, m.table, m] as const))('%s model: the weights are FACTORS.md\'s table after "%s", factor by factor in its order', (_, after, { criteria }) => {
    const table = startingWeights(readFileSync(FACTORS_MD, 'utf8'), after);
    expect(Object.keys(table)).toEqual([...FACTOR_KEYS]);
    const ours = Object.fromEntries(FACTOR_KEYS.map((key) => [key, criteria.filter((c) => c.factor === key).map((c) => c.points)]));
    expect(ours).toEqual(table);
  });

  it('the table parser reads each table, not the one before it', () => {
    const markdown = ['Starting weights:', '', '| factor | criterion | pts |', '|---|---|---|', '| credibility | a | 60 |', '| credibility | b | 40 |', '', '## Profiles on social platforms', 'Text.', '', '| factor | criterion | pts |', '|---|---|---|', '| credibility | c | 100 |'].join('\n');
    expect(startingWeights(markdown)).toEqual({ credibility: [60, 40] });
    expect(startingWeights(markdown, '## Profiles on social platforms')).toEqual({ credibility: [100] });
  });

  it('every criterion has a title and a tip in English and Norwegian', () => {
    for (const { id } of ALL_CRITERIA) {
      for (const [name, lang] of [['en', en], ['nb', nb]] as const) {
        expect(has(lang, `criterion.${id}`), `${name}: criterion.${id}`).toBe(true);
        expect(has(lang, `criterion.${id}.tip`), `${name}: criterion.${id}.tip`).toBe(true);
      }
    }
  });

  it('no criterion strings are left for criteria that no longer exist', () => {
    const ids = new Set<string>(ALL_CRITERIA.map((c) => c.id));
    const stale = Object.keys(en)
      .filter((k) => k.startsWith('criterion.'))
      .map((k) => k.slice('criterion.'.length).replace(/\.tip$/, ''))
      .filter((id) => !ids.has(id));
    expect(stale).toEqual([]);
  });

  it('each detail line is written once: in the one criterion that gives it, or in details.ts', () => {
    const owners = new Map<string, string[]>();
    const files = { ...CRITERION_FILES, ...SHARED_DETAILS };
    for (const [path, module] of Object.entries(files))
      for (const key of Object.keys(module.en).filter((k) => k.startsWith('detail.'))) owners.set(key, [...(owners.get(key) ?? []), path]);
    expect([...owners].filter(([, paths]) => paths.length > 1)).toEqual([]);
    // The catalogues hold every one of them, and nothing else is called detail.*.
    expect(Object.keys(en).filter((k) => k.startsWith('detail.')).sort()).toEqual([...owners.keys()].sort());
  });

  it('each criterion reads only what it says it reads', () => {
    const siteEvidence: SiteEvidence = {
      site: 'firma.example',
      scannedAt: NOW.toISOString(),
      requests: 3,
      timedOut: false,
      cancelled: false,
      sources: [],
      replies: { readerComments: 4, answered: 2, share: 0.5, medianHours: 30, evidence: ev('feed') },
      activity: { first: '2020-01-01T00:00:00Z', last: '2026-11-01T00:00:00Z', activeMonths24: 8, dated: 40, evidence: ev('feed') },
      contact: { emails: [finding('post@firma.example')], phones: [], addresses: [finding('Storgata 1')], organisation: [] },
    };
    const companyEvidence: CompanyEvidence = {
      official: { status: 'confirmed', site: 'firma.example', fromSite: 'https://www.linkedin.com/company/firma', fromProfile: 'https://firma.example/', siteAnalysed: true },
      registry: {
        orgNumber: '974760673', name: 'FIRMA AS', form: 'Aksjeselskap', founded: '2001-05-01', registered: '2001-05-10', website: 'www.firma.example',
        bankrupt: true, liquidation: false, forcedDissolution: false, deleted: null, source: 'https://data.brreg.no/enhetsregisteret/api/enheter/974760673', fetchedAt: NOW.toISOString(),
      },
    };
    const section = (parts: Partial<PageSignals['comments'][number]>): PageSignals['comments'][number] => ({
      system: 'native-wordpress', observable: true, count: 2, displayedCount: null, login: 'required', closed: false, evidence: ev('#comments'),
      comments: [comment('Per', '2026-11-01T10:00:00Z'), comment('Kari', '2026-11-01T12:00:00Z', { byOwner: true, replyTo: 0 })],
      ...parts,
    });
    const pages: PageSignals[] = [
      makeSignals(),
      makeSignals({
        authors: [{ name: 'Kari', visible: false, profileUrl: '/kari', bio: finding('Rådgiver'), evidence: ev('Kari') }],
        contact: { emails: [finding('a@b.no')], pages: [{ kind: 'about', url: '/om', evidence: ev('/om') }] },
        comments: [section({})],
        dates: { published: { date: '2026-10-01', evidence: ev('1. oktober 2026') }, copyright: { from: 2019, to: 2026, evidence: ev('© 2019–2026') } },
        engagement: { firstPerson: { count: 3, evidence: ev('jeg') }, sources: { count: 1, examples: [finding('https://ssb.no')] } },
      }),
      makeSignals({ comments: [section({ observable: false, count: null, comments: [], login: 'unknown', closed: true })] }),
      // Social platforms: no profile read, a profile page with everything, a post's thread.
      makeSignals({ social: 'x', profile: null }),
      makeSignals({
        social: 'linkedin',
        profile: profile({
          platform: 'linkedin', name: 'Fjord Kaffe', verified: true, about: 'Vi brenner kaffe i Bergen og sender den ut', website: 'https://fjordkaffe.no', joined: '2015',
          industry: 'Food', size: '11-50', location: 'Bergen', messageButton: true, commentsOpen: true, typicallyReplies: 'Typically replies within a day',
          contact: { emails: [finding('hei@fjordkaffe.no')], phones: [finding('+47 55 00 00 00')], addresses: [finding('Strandkaien 1')] },
          posts: [post('2026-11-20'), post('2026-09-01', false), post('2026-06-01')],
        }),
      }),
      makeSignals({ social: 'x', profile: thread('2026-11-20T10:00:00Z', [post('2026-11-20T11:00:00Z', false), post('2026-11-20T12:00:00Z')]) }),
    ];
    for (const criterion of ALL_CRITERIA) {
      const read = new Set<Input>();
      for (const page of pages)
        for (const site of [null, siteEvidence]) {
          const signals = new Proxy(page, { get: (target, key, receiver) => (typeof key === 'string' && read.add(key as Input), Reflect.get(target, key, receiver)) });
          const watched = site && new Proxy(site, { get: (target, key, receiver) => (read.add('site'), Reflect.get(target, key, receiver)) });
          const company = new Proxy(companyEvidence, { get: (target, key, receiver) => (read.add('company'), Reflect.get(target, key, receiver)) });
          criterion.evaluate(signals, NOW, watched, company);
        }
      expect([...read].filter((input) => !(criterion.reads as readonly Input[]).includes(input)), criterion.id).toEqual([]);
    }
  });

  it('the model version is derived from the criteria: the same model gives the same version, any change another', () => {
    expect(modelOf(CRITERIA).version).toBe(MODEL.version);
    expect(modelOf(PROFILE_CRITERIA).version).toBe(PROFILE_MODEL.version);
    expect(MODEL.version).toMatch(/^m[0-9a-f]{8}$/);
    expect(PROFILE_MODEL.version).toMatch(/^m[0-9a-f]{8}$/);
    expect(PROFILE_MODEL.version).not.toBe(MODEL.version);
    const [first, second, ...rest] = CRITERIA;
    const variants: Criterion[][] = [
      [{ ...first, points: first.points + 5 }, { ...second, points: second.points - 5 }, ...rest],
      [second, first, ...rest],
      [{ ...first, id: 'renamed' }, second, ...rest],
      [{ ...first, factor: 'openness' }, second, ...rest],
      [first, second, ...rest.slice(1)],
      CRITERIA.map((c) => (c.id === 'reply-time' ? { ...c, limits: { fullHours: 12, halfHours: 72 } } : c)),
    ];
    const versions = variants.map((criteria) => modelOf(criteria).version);
    expect(new Set([MODEL.version, ...versions]).size).toBe(variants.length + 1);
  });
});

describe('UI strings', () => {
  it('every factor has a label and a reader\'s question in both languages', () => {
    for (const key of FACTOR_KEYS) {
      for (const lang of [en, nb]) {
        expect(has(lang, `factor.${key}`), `factor.${key}`).toBe(true);
        expect(has(lang, `factor.${key}.question`), `factor.${key}.question`).toBe(true);
      }
    }
  });

  it('the factor labels are FACTORS.md\'s', () => {
    expect(FACTOR_KEYS.map((k) => en[`factor.${k}`])).toEqual(['Credibility', 'Transparency', 'Openness', 'Response time', 'Long-term commitment']);
    expect(FACTOR_KEYS.map((k) => nb[`factor.${k}`])).toEqual(['Troverdighet', 'Gjennomsiktighet', 'Åpenhet', 'Rask responstid', 'Langsiktighet']);
  });

  it('every level, status and access problem has words in both languages', () => {
    const statuses: CriterionStatus[] = ['met', 'partial', 'unmet', 'unobservable'];
    // Typed so that a new AccessProblem without an entry here fails the type check.
    const problems = ['restricted', 'pdf', 'file', 'navigated', 'denied', 'noTab', 'invalid', 'timeout', 'unknown'] as const satisfies readonly AccessProblem[];
    const exhaustive: [Exclude<AccessProblem, (typeof problems)[number]>] extends [never] ? true : false = true;
    expect(exhaustive).toBe(true);
    const keys = [...LEVELS.map((l) => `level.${l}`), ...statuses.map((s) => `status.${s}`), ...problems.map((p) => `error.${p}`)];
    for (const key of keys) {
      expect(has(en, key), `en ${key}`).toBe(true);
      expect(has(nb, key), `nb ${key}`).toBe(true);
    }
  });

  it('nb and en have exactly the same keys', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
  });

  it('no Norwegian string is an untranslated copy of the English one', () => {
    // Patterns of placeholders, names and numbers only: 'profile.read' ('{kind}: {name}'),
    // 'company.profile', the CSV column '{factor} (Tillit, 0–100)'.
    const ALLOWED_SAME: ReadonlySet<string> = new Set<MessageKey>(['app.name', 'profile.read', 'company.profile', 'companies.csv.score']);
    const copies = Object.keys(en).filter((k) => !ALLOWED_SAME.has(k) && en[k] === nb[k]);
    expect(copies).toEqual([]);
  });

  it('each translation uses the same {placeholders} as the English', () => {
    const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en)) expect(placeholders(nb[k]), k).toEqual(placeholders(en[k]));
  });
});

describe('layout rules (STYLE.md)', () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const code = (path: string) =>
    readFileSync(join(ROOT, path), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');

  it('scoring and patterns are pure: lib/factors and lib/patterns never touch document or browser', () => {
    const offenders = [...sources('lib/factors'), ...sources('lib/patterns')].filter((p) => /\b(?:document|window|browser|chrome)\s*[.[]|from ['"]wxt\/browser['"]/.test(code(p)));
    expect(offenders).toEqual([]);
  });

  it('components are presentational: no browser.* calls', () => {
    const offenders = sources('components').filter((p) => /\b(?:browser|chrome)\.\w|from ['"]wxt\/browser['"]/.test(code(p)));
    expect(offenders).toEqual([]);
  });

  it('the UI never renders markup from strings (no innerHTML / dangerouslySetInnerHTML)', () => {
    const offenders = [...sources('components'), ...sources('entrypoints/popup')].filter((p) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/.test(code(p)));
    expect(offenders).toEqual([]);
  });

  it('the analyser file the popup injects is built from an unlisted-script entrypoint that declares no page', () => {
    const name = /^\/([\w-]+)\.js$/.exec(ANALYSER_FILE)?.[1];
    expect(name).toBeTruthy();
    const file = `entrypoints/${name}.ts`;
    expect(existsSync(join(ROOT, file))).toBe(true);
    expect(code(file)).toMatch(/defineUnlistedScript/);
  });
});
