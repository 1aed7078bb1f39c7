// The one pass over the document that every gatherer reads. Gatherers register their selectors
// at load time (`query`, `area`); the first analysis compiles them into lookups by id, class,
// tag and attribute name, and one walk of the document then classifies every element against
// all of them at once and collects the readable text (page-text.ts). A gatherer then asks for
// the elements a selector found (`found`, `firstFound`) instead of querying the whole document.
//
// How an element is classified: each comma-separated part of a selector is keyed by its last
// compound's id, else a class, else its tag, else an attribute name; only the parts under the
// element's own id, classes, tag and attribute names are tried. A part's simple conditions
// (tag, id, classes, attributes) are checked here; the browser's own `matches` has the last word
// only where case could matter, or where the part has pseudo-classes or combinators. A part with
// combinators ("`.byline .author a`") is tried only under an element that matches its first
// compound (an `area`: a bit every descendant inherits), so not on every link of the page.

import { all, one } from '../util/dom';

/** The most text read: a page with megabytes of text costs a bounded amount. */
export const MAX_TEXT = 1_500_000;

interface Attr {
  name: string;
  op: string;
  value: string;
}
interface Compound {
  tag: string | null;
  ids: string[];
  classes: string[];
  attrs: Attr[];
  /** Has pseudo-classes: only `matches` can tell. */
  pseudo: boolean;
}
interface Entry {
  q: number;
  part: string;
  c: Compound;
  /** Combinators or pseudo-classes, or a selector word with capitals: `matches` decides. */
  verify: boolean;
  /** The area bit an ancestor must carry (the part's first compound), or 0. */
  within: number;
}
/** A part as registered: its entry but for the area bit, which compile() looks up by `first`. */
type Parsed = Omit<Entry, 'within'> & { first: string | null };

const selectors: string[] = [];
/** Each registered selector's parts, parsed once when registered. */
const parsed: Parsed[][] = [];
const index = new Map<string, number>();
const areaBit: number[] = [];
let bits = 0;
let compiled: ReturnType<typeof compile> | null = null;

/** Register a selector list; its matches, in document order, come from `found(scan, id)`. */
export function query(selector: string): number {
  const at = index.get(selector);
  if (at !== undefined) return at;
  compiled = null;
  areaBit.push(0);
  index.set(selector, selectors.length);
  const q = selectors.push(selector) - 1;
  const parts: Parsed[] = [];
  parsed.push(parts);
  for (const part of split(selector, PARTS)) {
    const chain = split(part, COMPOUNDS);
    const last = chain[chain.length - 1]!;
    const c = parseCompound(last);
    // Every selector the gatherers register has something to key on (test/signals checks that
    // the pass finds what querySelectorAll finds); a part without would never match here.
    if (!c || !(c.ids[0] ?? c.classes[0] ?? c.tag ?? c.attrs[0])) continue;
    // A part with combinators is tried only inside its first compound: that compound is an area.
    const first = chain.length > 1 && parseCompound(chain[0]!)?.pseudo === false ? chain[0]! : null;
    if (first) area(first, 8);
    parts.push({ q, part, c, verify: chain.length > 1 || c.pseudo || /[A-Z]/.test(last.replace(/\[[^\]]*\]/g, '')), first });
  }
  return q;
}

/** Register a selector list and give it back: `const X = registeredAs('…')` for `docAll(scan, X)`. */
export const registeredAs = (selector: string): string => (query(selector), selector);

/**
 * A query whose matches mark their subtree with a bit (`linkIn` answers a link's
 * `closest(selector)` with it). The gatherers' own areas always get one; the first compounds of
 * parts with combinators get one while 8 of the 30 are left (without one, such a part is simply
 * tried on every element its key finds).
 */
export function area(selector: string, spare = 0): number {
  const q = query(selector);
  if (!areaBit[q] && bits < 30 - spare) areaBit[q] = 1 << bits++;
  if (!areaBit[q] && !spare) throw new Error('scan: more than 30 areas');
  return areaBit[q]!;
}

// A selector list's parts (split at top-level commas), and a part's compounds (split at
// combinators), by one native regex each: brackets, parentheses and quotes are kept whole.
const PARTS = /(?:[^,[("']|\[[^\]]*\]|\([^)]*\)|"[^"]*"|'[^']*')+/g;
const COMPOUNDS = /(?:[^\s>+~[("']|\[[^\]]*\]|\([^)]*\)|"[^"]*"|'[^']*')+/g;
const split = (text: string, re: RegExp): string[] => (text.match(re) ?? []).map((x) => x.trim()).filter(Boolean);

const TOKEN = /^(?:(\*|[a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*([is])?)?\s*\]|(:))/;

function parseCompound(text: string): Compound | null {
  const c: Compound = { tag: null, ids: [], classes: [], attrs: [], pseudo: false };
  for (let rest = text; rest; ) {
    const m = TOKEN.exec(rest);
    if (!m) return null;
    if (m[10]) {
      // A pseudo-class ends what can be read here: the browser checks the rest.
      c.pseudo = true;
      break;
    }
    if (m[1] && m[1] !== '*') c.tag = m[1].toLowerCase();
    else if (m[2]) c.ids.push(m[2]);
    else if (m[3]) c.classes.push(m[3]);
    else if (m[4]) c.attrs.push({ name: m[4].toLowerCase(), op: m[5] ?? '', value: (m[6] ?? m[7] ?? m[8] ?? '').toLowerCase() });
    rest = rest.slice(m[0].length);
  }
  return c;
}

function compile() {
  const byId = new Map<string, Entry[]>();
  const byClass = new Map<string, Entry[]>();
  const byTag = new Map<string, Entry[]>();
  const byAttr = new Map<string, Entry[]>();
  const put = (map: Map<string, Entry[]>, key: string, e: Entry) => (map.get(key) ?? map.set(key, []).get(key)!).push(e);
  for (const { first, ...p } of parsed.flat()) {
    const e: Entry = { ...p, within: first ? (areaBit[index.get(first)!] ?? 0) : 0 };
    const { c } = e;
    if (c.ids[0]) put(byId, c.ids[0].toLowerCase(), e);
    else if (c.classes[0]) put(byClass, c.classes[0].toLowerCase(), e);
    else if (c.tag) put(byTag, c.tag, e);
    else put(byAttr, c.attrs[0]!.name, e);
  }
  // Parts keyed by an attribute name test its value for some word ("[class*=\"date\" i]"): one
  // regex of all those words tells first whether any part under the name can match at all.
  const words = new Map<string, RegExp | null>();
  for (const [name, list] of byAttr) {
    const values = list.map((e) => e.c.attrs.find((a) => a.name === name)!).map((a) => (a.op ? a.value : ''));
    words.set(name, values.every(Boolean) ? new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i') : null);
  }
  // Elements with any attribute a part is keyed by (or that hides text): found by one native
  // query of bare attribute names, which costs less than asking every element for its names.
  const named = [...new Set([...byAttr.keys(), 'hidden', 'aria-hidden'])].filter((n) => n !== 'class' && n !== 'id');
  return { byId, byClass, byTag, byAttr, words, named: named.map((n) => `[${n}]`).join(','), count: selectors.length, areas: [...areaBit] };
}

/** Whether a white-space separated list holds `word` (`~=`), without a regex per element. */
function hasWord(list: string, word: string): boolean {
  for (let at = list.indexOf(word); at >= 0; at = list.indexOf(word, at + 1)) {
    if ((at === 0 || isSpace(list.charCodeAt(at - 1))) && (at + word.length === list.length || isSpace(list.charCodeAt(at + word.length)))) return true;
  }
  return false;
}

/** JavaScript's \s, by character code (a regex per text node was a large part of the walk). */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

// The last attribute read, lower-cased: the parts under one key mostly test the same attribute.
let cacheEl: Element | null = null;
let cacheName = '';
let cacheRaw: string | null = null;
let cacheLow = '';

function attrOk(el: Element, a: Attr): 0 | 1 | 2 {
  if (cacheEl !== el || cacheName !== a.name) {
    cacheEl = el;
    cacheName = a.name;
    cacheRaw = el.getAttribute(a.name);
    cacheLow = cacheRaw?.toLowerCase() ?? '';
  }
  const raw = cacheRaw;
  if (raw === null) return 0;
  if (!a.op) return 1;
  const v = cacheLow;
  const w = a.value;
  const ok =
    a.op === '=' ? v === w
    : a.op === '*=' ? v.includes(w)
    : a.op === '^=' ? v.startsWith(w)
    : a.op === '$=' ? v.endsWith(w)
    : a.op === '~=' ? hasWord(v, w)
    : v === w || v.startsWith(`${w}-`);
  // Case-blind here; where the value had capitals the browser decides (case rules vary by attribute).
  return !ok || (a.op !== '=' && !w) ? 0 : v === raw ? 1 : 2;
}

/** 0: no; 1: yes; 2: maybe (the browser decides). */
function compoundOk(el: Element, c: Compound, tag: string, classes: string[] | null): 0 | 1 | 2 {
  let result: 1 | 2 = 1;
  if (c.tag && c.tag !== tag) return 0;
  for (const id of c.ids) {
    const own = el.getAttribute('id');
    if (own === null || own.toLowerCase() !== id.toLowerCase()) return 0;
    if (own !== id) result = 2;
  }
  for (const cls of c.classes) {
    const low = cls.toLowerCase();
    const hit = classes?.find((x) => x.toLowerCase() === low);
    if (hit === undefined) return 0;
    if (hit !== cls) result = 2;
  }
  for (const a of c.attrs) {
    const r = attrOk(el, a);
    if (!r) return 0;
    if (r === 2) result = 2;
  }
  return result;
}

/** An element's classes, split without a regex. */
function classList(value: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || isSpace(value.charCodeAt(i))) {
      if (start >= 0) out.push(value.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export interface Tracked {
  start: number;
  end: number;
  order: number;
}

/** What the pass found: every query's elements, the links, and the page's text (page-text.ts reads it). */
export interface Scan {
  doc: Document;
  found: Element[][];
  /** Every <a>, in document order, and the area bits each lies in. */
  links: Element[];
  linkBits: number[];
  /** The readable text, as page-text.ts describes it, and which element holds each run. */
  parts: string[];
  starts: number[];
  owners: Element[];
  length: number;
  truncated: boolean;
  /** Text offsets of the elements asked to be tracked (main-content candidates), and their order. */
  tracked: Map<Element, Tracked>;
  /** Each <h1> read: its order in the document and the text offset where it starts. */
  h1s: [number, number][];
  /** The walk stopped at the deadline: later elements were not classified. */
  cut: boolean;
  /** Per area bit asked for (`spanBits`), the text spans [start, end) of its outermost elements. */
  spans: Map<number, [number, number][]>;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'select', 'textarea', 'head']);
export const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table',
  'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'form', 'hr',
]);

/**
 * Walk the document once. `track` names the queries whose first element's text span is recorded
 * (the main-content candidates), `extra` an element to track as well. Text is read below
 * `doc.body` (or the root), skipping script, style and hidden subtrees, up to MAX_TEXT characters
 * or the deadline; elements are classified everywhere, head included, until the deadline.
 */
export function scanDocument(doc: Document, budget: { deadline: number; now: () => number }, track: readonly number[] = [], extra?: Element, spanBits = 0): Scan {
  compiled ??= compile();
  cacheEl = null;
  const { byId, byClass, byTag, byAttr, words, named, count, areas } = compiled;
  // What a class attribute's value asks for, worked out once per value: pages repeat a few.
  const byValue = new Map<string, { classes: string[]; entries: Entry[] }>();
  const classEntries = (value: string) => {
    let hit = byValue.get(value);
    if (!hit) {
      const classes = classList(value);
      const entries: Entry[] = [];
      for (const c of classes) entries.push(...(byClass.get(c.toLowerCase()) ?? []));
      if (words.get('class')?.test(value) !== false) entries.push(...(byAttr.get('class') ?? []));
      hit = { classes, entries };
      byValue.set(value, hit);
    }
    return hit;
  };
  // Without the query (a page that broke querySelectorAll), every element is asked.
  let withNames: Set<Element> | null;
  try {
    withNames = new Set(doc.querySelectorAll(named));
  } catch {
    withNames = null;
  }
  const found: Element[][] = Array.from({ length: count }, () => []);
  const stamp = new Int32Array(count).fill(-1);
  const trackSet = new Set(track);
  const scan: Scan = { doc, found, links: [], linkBits: [], parts: [], starts: [], owners: [], length: 0, truncated: false, tracked: new Map(), h1s: [], cut: false, spans: new Map() };
  const { parts, starts, owners, tracked } = scan;
  const root = doc.documentElement;
  if (!root) return scan;
  const textRoot = doc.body ?? root;
  const { deadline, now } = budget;

  let order = 0;
  let classes: string[] | null = null;
  let own = 0;
  let inherited = 0;
  let tag = '';
  const run = (el: Element, list: Entry[] | undefined) => {
    if (!list) return;
    for (const e of list) {
      if (stamp[e.q] === order || (e.within && !(inherited & e.within))) continue;
      const r = compoundOk(el, e.c, tag, classes);
      if (!r || ((r === 2 || e.verify) && !matches(el, e.part))) continue;
      stamp[e.q] = order;
      found[e.q]!.push(el);
      own |= areas[e.q]!;
      if (trackSet.has(e.q) && found[e.q]!.length === 1) track1(el);
    }
  };
  // Tracked before its text is read: the walk sets `start` on entering it (if text is read there).
  const track1 = (el: Element) => {
    if (!tracked.has(el)) tracked.set(el, { start: -1, end: -1, order });
  };

  // Text state: page-text.ts says what each rule is for.
  let textOn = false;
  let block = 0;
  let previousBlock = -1;
  let previous: Element | null = null;
  let textCount = 0;
  const push = (value: string) => {
    parts.push(value);
    scan.length += value.length;
  };

  // The walk: a TreeWalker over elements and text (one native call a node), with a stack of
  // what each open element changed; an element is left when the next node is not inside it.
  const stackEl: Node[] = [];
  const stackInherited: number[] = [];
  const stackText: boolean[] = [];
  const stackSpan: number[] = [];
  const close = () => {
    const el = stackEl.pop() as Element;
    const opened = stackSpan.pop()!;
    // The areas this element opened, each a span of text from where it started.
    for (let bit = 1; opened && bit < 1 << 30; bit <<= 1) {
      if (opened & bit) (scan.spans.get(bit) ?? scan.spans.set(bit, []).get(bit)!).push([spanStart.get(el)!, scan.length]);
    }
    inherited = stackInherited.pop()!;
    const on = stackText.pop()!;
    textOn = on && !scan.truncated;
    if (on) {
      const t = tracked.get(el);
      if (t) t.end = scan.length;
      if (BLOCK.has(el.localName)) block++;
    }
  };
  const spanStart = new Map<Element, number>();
  const walker = doc.createTreeWalker(root, 5);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const parent = node.parentNode;
    while (stackEl.length && stackEl[stackEl.length - 1] !== parent) close();
    if (node.nodeType === 1) {
      const el = node as Element;
      order++;
      // The clock is read every 4096 elements here (the text, every 1024 text nodes).
      if ((order & 4095) === 0 && now() > deadline) {
        scan.cut = true;
        scan.truncated = true;
        break;
      }
      tag = el.localName;
      own = 0;
      classes = null;
      // className is the attribute's text (an SVG element's is an object, a form's may be a field: read the attribute).
      const name = (el as HTMLElement).className;
      const cls = typeof name === 'string' ? name : el.getAttribute('class');
      run(el, byTag.get(tag));
      if (cls) {
        const hit = classEntries(cls);
        classes = hit.classes;
        run(el, hit.entries);
      }
      // A form's `id` may be a field named "id" (the form's named properties): then read the attribute.
      const idProp = (el as HTMLElement).id;
      const id = typeof idProp === 'string' ? idProp : el.getAttribute('id');
      if (id) {
        run(el, byId.get(id) ?? byId.get(id.toLowerCase()));
        if (words.get('id')?.test(id) !== false) run(el, byAttr.get('id'));
      }
      let hidden = false;
      if (withNames ? withNames.has(el) : el.hasAttributes()) {
        for (const name of el.getAttributeNames()) {
          if (name === 'hidden' || (name === 'aria-hidden' && el.getAttribute(name) === 'true')) hidden = true;
          const list = name === 'class' || name === 'id' ? undefined : byAttr.get(name);
          if (list && words.get(name)?.test(el.getAttribute(name) ?? '') !== false) run(el, list);
        }
      }
      if (tag === 'a') {
        scan.links.push(el);
        scan.linkBits.push(inherited | own);
      }
      if (el === extra) track1(el);
      stackEl.push(el);
      stackInherited.push(inherited);
      stackText.push(textOn);
      const opens = own & spanBits & ~inherited;
      if (opens) spanStart.set(el, scan.length);
      stackSpan.push(opens);
      inherited |= own;
      // Text: entering the element.
      if (textOn) {
        if (hidden || SKIP.has(tag)) textOn = false;
        else {
          const t = tracked.get(el);
          if (t && t.start < 0) t.start = scan.length;
          if (tag === 'h1') scan.h1s.push([order, scan.length]);
          if (BLOCK.has(tag)) block++;
          // <br> breaks the line: footers write "Street 1<br>0150 Oslo<br>Tel. …" in one element.
          if (tag === 'br') push('\n');
        }
      } else if (el === textRoot && !scan.truncated) textOn = true;
    } else if (node.nodeType === 3 && textOn) {
      const value = node.nodeValue ?? '';
      const owner = parent as Element;
      if (owner && value.trim()) {
        // Right after a <br> the line is already broken; inline runs keep the white space they have.
        const last = parts[parts.length - 1] ?? '\n';
        if (block !== previousBlock ? last !== '\n' : owner !== previous && !isSpace(last.charCodeAt(last.length - 1)) && !isSpace(value.charCodeAt(0))) push(block !== previousBlock ? '\n' : ' ');
        previous = owner;
        previousBlock = block;
        starts.push(scan.length);
        owners.push(owner);
        push(value);
        if (scan.length > MAX_TEXT || ((++textCount & 1023) === 0 && now() > deadline)) {
          scan.truncated = true;
          textOn = false;
        }
      }
    }
  }
  while (stackEl.length) close();
  for (const t of tracked.values()) if (t.end < 0 && t.start >= 0) t.end = scan.length;
  return scan;
}

/**
 * The elements of the document that match `selector`, in document order: from the pass when the
 * selector was registered before it ran (every constant selector of the gatherers is), else by
 * querying the document (a selector made up at run time). Do not change the array.
 */
export function docAll(scan: Scan, selector: string): readonly Element[] {
  const q = index.get(selector);
  return q !== undefined && q < scan.found.length ? scan.found[q]! : all(scan.doc, selector);
}

export function docFirst(scan: Scan, selector: string): Element | null {
  const q = index.get(selector);
  return q !== undefined && q < scan.found.length ? (scan.found[q]![0] ?? null) : one(scan.doc, selector);
}

/** Every registered selector (the pattern tests check that each is keyed and parses). */
export const registered = (): readonly string[] => selectors;

/** Whether a link lies in (or is) an element of the area `bit` marks: its `closest`, from the pass. */
export const linkIn = (scan: Scan, i: number, bit: number): boolean => ((scan.linkBits[i] ?? 0) & bit) !== 0;
