import { Window } from 'happy-dom';
import { CHAT_WIDGETS, CONTACT_FORM, FEED_TYPES, SOCIAL_HOSTS } from '@/lib/patterns/channels';
import * as commentSystems from '@/lib/patterns/comment-systems';
import * as phrases from '@/lib/patterns/phrases';
import { PLATFORMS } from '@/lib/patterns/platforms';
import { LoginPolicy, PLATFORM_NAMES } from '@/lib/contracts/page';

// The pattern data (lib/patterns) is checked as data, the way Wappalyzer's CI checks its
// technology files: records complete, ids well formed, every selector parses,
// every regex compiles and never matches nothing, every word list is grouped by a known language.

const { COMMENT_SYSTEMS } = commentSystems;
const doc = new Window().document;
const parses = (selector: string) => {
  try {
    doc.querySelector(selector);
    return true;
  } catch {
    return false;
  }
};
const duplicates = (list: readonly string[]) => list.filter((x, i) => list.indexOf(x) !== i);
const LOGIN = LoginPolicy.options;

/** Every selector of a comment-system record, with where it sits. */
function selectorsOf(id: string, record: commentSystems.CommentSystemRecord): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, s: string | undefined) => s !== undefined && out.push([`${id}.${where}`, s]);
  if (record.kind === 'embed') record.dom.forEach((s, i) => add(`dom[${i}]`, s));
  else if (record.kind === 'counter') (add('mark', record.mark), add('holder', record.holder));
  else {
    for (const key of ['mark', 'within', 'orFirst', 'notIn', 'form'] as const) add(key, record[key]);
    (typeof record.items === 'string' ? [record.items] : record.items).forEach((s, i) => add(`items[${i}]`, s));
    add('backlinks.at', record.backlinks?.at);
    add('backlinks.place', record.backlinks?.place);
    add('author.at', record.author.at);
    add('author.self', record.author.self);
    record.time.forEach((t, i) => add(`time[${i}].at`, t.at));
    add('owner.at', record.owner?.at);
    add('owner.item', record.owner?.item);
    if (typeof record.login !== 'string') add('login.required', record.login.required);
  }
  return out;
}

describe('comment-system records', () => {
  const entries = Object.entries(COMMENT_SYSTEMS);

  it('have ids a summary and a fixture file can carry (lower case, digits, dashes)', () => {
    for (const id of Object.keys(COMMENT_SYSTEMS)) expect(id).toMatch(/^[a-z][a-z0-9-]{1,39}$/);
  });

  it('have selectors that parse', () => {
    const all = entries.flatMap(([id, r]) => selectorsOf(id, r));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, s]) => !s.trim() || !parses(s))).toEqual([]);
  });

  it('are complete: a way to be found, and a login policy the contract knows', () => {
    for (const [id, r] of entries) {
      if (r.kind === 'embed') {
        expect(r.dom.length + r.script.length, id).toBeGreaterThan(0);
        expect(r.script.filter((s) => !s.trim()), id).toEqual([]);
        expect(LOGIN, id).toContain(r.login);
      } else if (r.kind === 'counter') {
        expect(LOGIN, id).toContain(r.login);
        expect(r.source, id).toBeTruthy();
      } else {
        expect(r.items.length, id).toBeGreaterThan(0);
        expect(r.time.length, id).toBeGreaterThan(0);
        expect(r.evidence.source && r.evidence.label, id).toBeTruthy();
        if (typeof r.login === 'string') expect(LOGIN, id).toContain(r.login);
        if (r.platform) expect(PLATFORM_NAMES, id).toContain(r.platform);
      }
    }
  });

  it('have one catch-all at most, tried last', () => {
    const fallbacks = entries.filter(([, r]) => r.kind === 'reader' && r.fallback).map(([id]) => id);
    expect(fallbacks).toEqual([entries.at(-1)![0]]);
  });

  it('share selectors that parse: the comment area, counts, closed marks, forms', () => {
    const shared = Object.entries(commentSystems as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
    expect(shared.map(([name]) => name)).toEqual(expect.arrayContaining(['COMMENT', 'COMMENT_AREA', 'COUNT_AT', 'CLOSED_MARK', 'COMMENT_TEXTAREA', 'ANONYMOUS_FIELDS']));
    expect(shared.filter(([, s]) => !parses(s))).toEqual([]);
  });
});

describe('platform records', () => {
  it('are keyed by exactly the contract’s platform names, each with a way to be found', () => {
    expect(Object.keys(PLATFORMS).sort()).toEqual([...PLATFORM_NAMES].sort());
    for (const [name, p] of Object.entries(PLATFORMS)) expect(p.generator ?? p.host ?? p.dom, name).toBeTruthy();
  });

  it('have selectors that parse', () => {
    const selectors = Object.values(PLATFORMS).flatMap((p) => [p.dom, p.apiRoot].filter((s): s is string => !!s));
    expect(selectors.filter((s) => !parses(s))).toEqual([]);
  });
});

describe('channels', () => {
  it('name each chat widget once, with selectors that parse', () => {
    expect(duplicates(CHAT_WIDGETS.map((w) => w.name))).toEqual([]);
    expect(CHAT_WIDGETS.flatMap((w) => w.dom).filter((s) => !parses(s))).toEqual([]);
    expect(CHAT_WIDGETS.filter((w) => !w.script.length && !w.dom.length)).toEqual([]);
    expect(parses(CONTACT_FORM)).toBe(true);
  });

  it('list each social host and feed type once', () => {
    expect(duplicates(SOCIAL_HOSTS)).toEqual([]);
    expect(duplicates(FEED_TYPES)).toEqual([]);
  });
});

describe('phrases', () => {
  const exported = Object.entries(phrases as Record<string, unknown>);
  /** The exported lists grouped by language: objects whose values are all arrays. */
  const lists = exported.filter(
    (e): e is [string, phrases.ByLanguage<unknown>] => !!e[1] && typeof e[1] === 'object' && !(e[1] instanceof RegExp) && !Array.isArray(e[1]) && Object.values(e[1]).every(Array.isArray),
  );
  /** Every exported regex, also inside objects (PAGE_LINKS). */
  const regexes: [string, RegExp][] = exported.flatMap(([name, value]) =>
    value instanceof RegExp
      ? [[name, value]]
      : value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => (v && typeof v === 'object' && !(v instanceof RegExp) ? Object.entries(v).map(([k2, r]) => [`${name}.${k}.${k2}`, r]) : [[`${name}.${k}`, v]])).filter((e): e is [string, RegExp] => e[1] instanceof RegExp)
        : [],
  );

  it('find every list grouped by language, and every regex', () => {
    expect(lists.map(([name]) => name)).toEqual(expect.arrayContaining(['BYLINE_PREFIXES', 'SIGNOFFS', 'MONTHS', 'NOT_NAMES', 'UPDATED', 'COUNT_WORDS', 'FIRST_PERSON_WORDS']));
    expect(regexes.map(([name]) => name)).toEqual(expect.arrayContaining(['LOGIN_REQUIRED', 'INVITATIONS', 'PROMISES', 'COMMENT_COUNT', 'PAGE_LINKS.contact.text']));
  });

  it('group every list by a known language', () => {
    const unknown = lists.flatMap(([name, list]) => Object.keys(list).filter((lang) => !(phrases.LANGUAGES as readonly string[]).includes(lang)).map((lang) => `${name}.${lang}`));
    expect(unknown).toEqual([]);
  });

  it('write words in lower case, trimmed, each once per language', () => {
    const bad = lists.flatMap(([name, list]) =>
      Object.entries(list).flatMap(([lang, words]) => {
        const flat = (words as unknown[]).flat().filter((w): w is string => typeof w === 'string');
        return [...flat.filter((w) => !w || w !== w.trim().toLowerCase()), ...duplicates(flat).map((w) => `twice: ${w}`)].map((w) => `${name}.${lang}: ${w}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('give every language twelve months, each with a name', () => {
    for (const [lang, months] of Object.entries(phrases.MONTHS)) {
      expect(months!.length, lang).toBe(12);
      expect(months!.filter((names) => !names.length), lang).toEqual([]);
    }
  });

  it('have regexes that never match an empty text (a stray "|" would match everywhere)', () => {
    const empty = regexes.filter(([, re]) => new RegExp(re.source, re.flags.replace('g', '')).test(''));
    expect(empty.map(([name]) => name)).toEqual([]);
  });

  it('build regexes whose words match as written', () => {
    expect(phrases.COMMENT_COUNT.exec('3 thoughts on “Beans”')?.[1]).toBe('3');
    expect(phrases.COMMENT_COUNT.exec('Kommentare (12)')?.[2]).toBe('12');
    expect(phrases.LOGIN_REQUIRED.test('Logg inn for å kommentere')).toBe(true);
    expect(phrases.COMMENTER_SAYS.test('Lisa')).toBe(false);
    expect('Kari sa…:'.replace(phrases.COMMENTER_SAYS, '')).toBe('Kari');
    expect(new RegExp(`^(?:${phrases.wordsOf({ en: ['a.b'] })})$`).test('axb')).toBe(false);
  });
});
