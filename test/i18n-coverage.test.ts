import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@babel/parser';
import { translate } from '@/lib/i18n';
import { en } from './helpers/messages';
import { nb } from './helpers/messages';

// Every UI string in en and nb: the type checker already refuses a key missing from nb.ts; these
// check at run time, and look for words written straight into the markup.

const ROOT = resolve(process.cwd());
const MESSAGES = { en, nb } as const;

describe('every message in both languages', () => {
  it.each(['en', 'nb'] as const)('%s has a non-empty text for every key of the other language', (lang) => {
    const other = lang === 'en' ? nb : en;
    const mine: Record<string, string> = MESSAGES[lang];
    const missing = Object.keys(other).filter((key) => typeof mine[key] !== 'string' || !mine[key]!.trim());
    expect(missing).toEqual([]);
  });

  it('the chart, trend, "show on page", accessibility and report strings are translated, not copied', () => {
    const keys = Object.keys(en).filter((k) => /^(show|chart|trend|a11y|reportPage)\.|^report\.export$/.test(k));
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) expect(nb[k], k).not.toBe(en[k]);
    expect(translate('nb', 'show.button')).toBe('Vis på siden');
  });
});

describe('no hard-coded words in the UI', () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.tsx$/.test(name) ? [path] : [];
    });
  // Words: two letters in a row. Symbols (× ▸ ⌖ –) and markup-only text are fine.
  const WORDS = /\p{L}{2}/u;
  const NAMED = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'value']);

  /** JSX text and accessible-name attributes written as literals, found with a real TSX parser. */
  function literalsIn(source: string): string[] {
    const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const n = node as { type?: string; value?: unknown; name?: { name?: unknown } };
      if (n.type === 'JSXText' && typeof n.value === 'string' && WORDS.test(n.value)) found.push(`text "${n.value.trim()}"`);
      if (n.type === 'JSXAttribute' && NAMED.has(String(n.name?.name))) {
        const v = n.value as { type?: string; value?: unknown } | null;
        if (v?.type === 'StringLiteral' && typeof v.value === 'string' && WORDS.test(v.value)) found.push(`${String(n.name?.name)}="${v.value}"`);
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'start' && key !== 'end') walk(value);
    };
    walk(ast.program);
    return found;
  }
  const literals = (path: string) => literalsIn(readFileSync(join(ROOT, path), 'utf8')).map((f) => `${path}: ${f}`);

  it('JSX text and accessible names in components/ and entrypoints/ come from lib/i18n', () => {
    const offenders = [...sources('components'), ...sources('entrypoints')].flatMap(literals);
    expect(offenders).toEqual([]);
  });

  it('the check finds a hard-coded word', () => {
    expect(literalsIn('const a = (x: Array<number>) => <p title="Hello" class="x">Show on page <b>×</b> {t(\'k\')}</p>;').sort()).toEqual(['text "Show on page"', 'title="Hello"']);
  });
});
