import { COMMENT_AREA } from '../patterns/comment-systems';
import type { Evidence } from '../contracts/page';

// DOM helpers shared by the gatherers. They run inside pages nobody on the team wrote, so they
// use the prototype methods captured at load time where a page could have replaced them, cap
// every string they return and never throw on odd markup.

export const MAX_SNIPPET = 160;

/** Collapse white space and cut to `max` characters, marking the cut. */
export function clip(value: string | null | undefined, max = MAX_SNIPPET): string {
  if (!value) return '';
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const cssEscape = (value: string): string =>
  typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);

/** PageSignals' limit for Evidence.selector: a longer one fails the popup's schema check. */
const MAX_SELECTOR = 1000;

// nth-of-type positions, counted once per parent: evidence for 10,000 comments in one list would
// otherwise count up to 10,000 siblings per comment.
const positions = new WeakMap<Element, Map<Element, number>>();

function nthOfType(el: Element): number {
  const parent = el.parentElement;
  if (!parent) return 1;
  let map = positions.get(parent);
  if (!map) {
    map = new Map();
    const seen = new Map<string, number>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const n = (seen.get(child.localName) ?? 0) + 1;
      seen.set(child.localName, n);
      map.set(child, n);
    }
    positions.set(parent, map);
  }
  return map.get(el) ?? 1;
}

/**
 * A selector that finds `el` again: the nearest ancestor with a unique-looking id, then
 * `tag:nth-of-type(n)` steps. Bounded in depth so that deeply nested pages stay cheap, and in
 * length: 40 levels of long tag names (custom elements, `blockquote`) passed 1000 characters
 * and made the whole analysis fail validation; past the limit the selector starts lower down.
 */
export function selectorFor(el: Element | null | undefined): string | null {
  if (!el || el.nodeType !== 1) return null;
  const steps: string[] = [];
  let length = 0;
  const add = (step: string): boolean => {
    if (length + step.length + 3 > MAX_SELECTOR) return false;
    steps.unshift(step);
    length += step.length + 3;
    return true;
  };
  let node: Element | null = el;
  for (let depth = 0; node && depth < 40; depth++) {
    const tag = node.localName;
    if (!tag || tag === 'html') break;
    const id = node.getAttribute('id');
    if (id && id.length < 80 && /^[A-Za-z][\w:.-]*$/.test(id)) {
      add(`#${cssEscape(id)}`);
      return steps.length ? steps.join(' > ') : null;
    }
    if (tag === 'body') {
      add('body');
      return steps.join(' > ');
    }
    const index = nthOfType(node);
    if (!add(`${/^[a-z][a-z0-9-]{0,60}$/.test(tag) ? tag : '*'}:nth-of-type(${index})`)) break;
    node = node.parentElement;
  }
  return steps.length ? steps.join(' > ') : null;
}

export function evidenceOf(el: Element | null | undefined, source: string, snippet?: string): Evidence {
  return {
    snippet: clip(snippet ?? el?.textContent ?? ''),
    selector: selectorFor(el),
    source,
  };
}

/** Text of an element with its text nodes (and <br>s) kept apart: "Firma AS<br>Storgata 1" reads "Firma AS Storgata 1". */
export function spacedText(el: Element | null | undefined, max = 400): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node && length < max * 2; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    parts.push(value);
    length += value.length;
  }
  return clip(parts.join(' '), max);
}

/** querySelectorAll that survives invalid selectors and returns an array. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Absolute http(s) URL of a link, or null for fragments, javascript: and the like. */
/** The parsed http(s) URL of a link, or null for fragments, javascript: and the like. */
export function urlOf(el: Element, base: string): URL | null {
  const raw = el.getAttribute('href');
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function hrefOf(el: Element, base: string): string | null {
  return urlOf(el, base)?.href ?? null;
}

/** Whether a reader can see the element (CSS hidden, [hidden], zero size in a laid-out page). */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return check.call(el, { visibilityProperty: true, opacityProperty: false });
    } catch {
      /* fall through */
    }
  }
  return !el.closest('[hidden], [aria-hidden="true"], template, noscript');
}

/** Areas whose text is not about the main content: navigation, footers, sidebars, comments. */
export const PERIPHERY = `nav, footer, aside, header nav, [role="navigation"], [role="contentinfo"], [role="complementary"], .sidebar, #sidebar, .widget, ${COMMENT_AREA}, #disqus_thread`;

export function inPeriphery(el: Element): boolean {
  try {
    return el.closest(PERIPHERY) !== null;
  } catch {
    return false;
  }
}

/** The element that holds the page's main content, best guess first. */
export function mainContent(doc: Document): Element {
  const candidates = [
    '[itemprop="articleBody"]',
    '.post-body',
    '.entry-content',
    '.post-content',
    '.article-body',
    '.article-content',
    'article .content',
    'article',
    'main',
    '[role="main"]',
    '#content',
    '.content',
  ];
  for (const selector of candidates) {
    const el = first(doc, selector);
    if (el && (el.textContent?.length ?? 0) > 200) return el;
  }
  return doc.body ?? doc.documentElement;
}
