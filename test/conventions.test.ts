import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ANALYSER_FILE } from '@/lib/analyse-tab';
import { CRITERIA, FACTOR_KEYS, LEVELS, type CriterionStatus } from '@/lib/factors';
import { EVALUATORS } from '@/lib/factors/evaluators';
import { type MessageKey } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { nb } from '@/lib/i18n/nb';
import type { AccessProblem } from '@/lib/page-access';

// Registries, strings and layout rules that must stay complete as criteria are added
// (STYLE.md: "A conventions test can check that registries, tests and strings stay complete").

const ROOT = resolve(process.cwd());
const MESSAGES = { en, nb } as const;
const has = (lang: Record<string, string>, key: string) => typeof lang[key] === 'string' && lang[key]!.trim() !== '';

// FACTORS.md, "Starting weights": the product's table, copied here on purpose so a change to
// weights.ts that isn't also made in FACTORS.md (or vice versa) is noticed.
const FACTORS_MD_POINTS: Record<(typeof FACTOR_KEYS)[number], number[]> = {
  credibility: [30, 20, 20, 15, 15],
  transparency: [25, 15, 15, 20, 10, 15],
  openness: [30, 25, 20, 15, 10],
  responsiveness: [35, 35, 15, 15],
  longevity: [30, 25, 20, 10, 15],
};

describe('criteria registry', () => {
  it('criterion ids are unique', () => {
    const ids = CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every criterion has an evaluator, and every evaluator a criterion', () => {
    for (const c of CRITERIA) expect(typeof EVALUATORS[c.id], c.id).toBe('function');
    expect(Object.keys(EVALUATORS).sort()).toEqual(CRITERIA.map((c) => c.id).sort());
  });

  it('every criterion belongs to a known factor, and every factor has criteria', () => {
    for (const c of CRITERIA) expect(FACTOR_KEYS).toContain(c.factor);
    for (const key of FACTOR_KEYS) expect(CRITERIA.some((c) => c.factor === key), key).toBe(true);
  });

  it.each(FACTOR_KEYS)('%s: weights sum to 100', (key) => {
    const sum = CRITERIA.filter((c) => c.factor === key).reduce((n, c) => n + c.points, 0);
    expect(sum).toBe(100);
  });

  it.each(FACTOR_KEYS)('%s: weights are the ones in FACTORS.md, in its order', (key) => {
    expect(CRITERIA.filter((c) => c.factor === key).map((c) => c.points)).toEqual(FACTORS_MD_POINTS[key]);
  });

  it('every criterion has a title and a tip in English and Norwegian', () => {
    for (const { id } of CRITERIA) {
      for (const [name, lang] of [['en', en], ['nb', nb]] as const) {
        expect(has(lang, `criterion.${id}`), `${name}: criterion.${id}`).toBe(true);
        expect(has(lang, `criterion.${id}.tip`), `${name}: criterion.${id}.tip`).toBe(true);
      }
    }
  });

  it('no criterion strings are left for criteria that no longer exist', () => {
    const ids = new Set<string>(CRITERIA.map((c) => c.id));
    const stale = Object.keys(en)
      .filter((k) => k.startsWith('criterion.'))
      .map((k) => k.slice('criterion.'.length).replace(/\.tip$/, ''))
      .filter((id) => !ids.has(id));
    expect(stale).toEqual([]);
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
    const ALLOWED_SAME = new Set<MessageKey>(['app.name']);
    const copies = (Object.keys(en) as MessageKey[]).filter((k) => !ALLOWED_SAME.has(k) && en[k] === nb[k]);
    expect(copies).toEqual([]);
  });

  it('each translation uses the same {placeholders} as the English', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as MessageKey[]) expect(placeholders(nb[k]), k).toEqual(placeholders(en[k]));
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
