import { COMMENT_AREA } from '../patterns/comment-systems';
import type { Evidence } from '../contracts/page';
import { docFirst, query, type Scan } from './scan';
import { all, clip as clipTo, one as first, selectorFor } from '../util/dom';

export { all, first, selectorFor };

// DOM helpers shared by the gatherers. They run inside pages nobody on the team wrote, so they
// use the prototype methods captured at load time where a page could have replaced them, cap
// every string they return and never throw on odd markup.

export const MAX_SNIPPET = 160;

/** Collapse white space and cut to `max` characters (a snippet's length by default), marking the cut. */
export const clip = (value: string | null | undefined, max = MAX_SNIPPET): string => clipTo(value, max);

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

/**
 * Areas whose text is not about the main content: navigation, footers, sidebars, widgets (but
 * Blogger's .widget.Blog, which holds the posts), comments.
 */
export const PERIPHERY = `nav, footer, aside, header nav, [role="navigation"], [role="contentinfo"], [role="complementary"], .sidebar, #sidebar, .widget:not(.Blog), ${COMMENT_AREA}, #disqus_thread`;

export function inPeriphery(el: Element): boolean {
  try {
    return el.closest(PERIPHERY) !== null;
  } catch {
    return false;
  }
}

/** Where the page's main content may be, best guess first (registered with the one pass, which tracks their text). */
const CANDIDATES = [
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
export const MAIN_CANDIDATES = CANDIDATES.map(query);

/** The element that holds the page's main content, best guess first. */
export function mainContent(scan: Scan): Element {
  for (const selector of CANDIDATES) {
    const el = docFirst(scan, selector);
    if (el && (el.textContent?.length ?? 0) > 200) return el;
  }
  return scan.doc.body ?? scan.doc.documentElement;
}
