import type { Evidence } from '../contracts/page';
import { all, clip as clipTo, one, selectorFor } from '../util/dom';

// DOM helpers for the profile readers, on top of the ones they share with the page gatherers
// (lib/util/dom.ts).

export { all, one, selectorFor };

/** Collapse white space and cut to `max` characters (a profile value's length by default). */
export const clip = (value: string | null | undefined, max = 300): string => clipTo(value, max);

export const textOf = (el: Element | null | undefined, max = 2000) => clip(el?.textContent, max);

/** Text with its text nodes kept apart: "@acme2009" and "25K subscribers" must not run together. */
export function spacedText(el: Element | null | undefined, max = 3000): string {
  if (!el) return '';
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(), length = 0; n && length < max; n = walker.nextNode()) {
    parts.push(n.nodeValue ?? '');
    length += parts[parts.length - 1]!.length;
  }
  return clip(parts.join(' '), max);
}

/** The content of `<meta property=key>` or `<meta name=key>` in the head, where they live (a head is small: this runs on every page). */
export const metaOf = (doc: Document, key: string) =>
  one(doc.head ?? doc, `meta[property="${key}"],meta[name="${key}"]`)?.getAttribute('content')?.trim() || null;

/** Evidence of a finding: the element (if it has one), how it was read, and what it says. */
export const ev = (el: Element | null | undefined, source: string, snippet?: string | null): Evidence => ({
  snippet: clip(snippet ?? el?.textContent, 300),
  selector: selectorFor(el),
  source,
});

/** The text of an element's first text node that passes `test` (a name beside its badge and handle). */
export function firstText(el: Element | null | undefined, test: (t: string) => boolean = Boolean, limit = 50): string | null {
  if (!el) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(), i = 0; n && i < limit; n = walker.nextNode(), i++) {
    const t = clip(n.nodeValue, 300).replace(/^[\u202a-\u202e]+|[\u202a-\u202e]+$/g, '');
    if (t && test(t)) return t;
  }
  return null;
}

/** Decode a JSON string literal's body as it sits in a script ("P\u00f3\u0142", "https:\/\/…"). */
export function jsonText(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return null;
  }
}

/** Text of the scripts whose text contains `marker` (embedded data: relay JSON, ytInitialData). */
export const scriptsWith = (doc: Document, marker: string) =>
  all(doc, 'script:not([src])').map((s) => s.textContent ?? '').filter((t) => t.includes(marker));
