import { COMMENT_AREA } from '../patterns/comment-systems';
import { COPYRIGHT, UPDATED, wordsOf } from '../patterns/phrases';
import type { GatherContext } from './context';
import { $$, $1, digitLines, matchText } from './context';
import { all, clip, evidenceOf, inPeriphery } from './dom';
import { docAll as docAllOf, registeredAs, type Scan } from './scan';
import { dateFromPath, parseDate } from './date-text';
import type { ArchiveEntry, DatedFinding, Dates, Evidence } from '../contracts/page';
import { ARTICLE_TYPES, isType, ldString } from './structured-data';

// When the content was published and changed, how far back the site's visible history goes
// (archive widgets, dated posts), and the copyright years.

export interface Copyright {
  from: number;
  to: number;
  holder: string | null;
  evidence: Evidence;
}

/** The last copyright line on the page (footers come last): years and holder. */
export function readCopyright(ctx: GatherContext): Copyright | null {
  let found: Copyright | null = null;
  // A copyright line holds a year: only the lines with digits are read.
  for (const { match, element } of matchText(ctx, COPYRIGHT, digitLines(ctx), 10)) {
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    if (from < 1990 || to > 2200 || to < from) continue;
    found = { from, to, holder: match[3]?.trim() ?? null, evidence: evidenceOf(element, 'copyright', match[0]) };
  }
  return found;
}

// Modification stamps: WordPress/Avada `.updated` (often a hidden rich-snippet copy), "last modified".
const NOT_PUBLISHED = '.updated, [class*="modified" i], [class*="updated" i], .rich-snippet-hidden';
const UPDATE_WORDS = new RegExp(`\\b(?:${wordsOf(UPDATED)})\\b`, 'i');

// Every <meta> by its name, property or itemprop (lower-case), from the one pass: one selector
// per name would scan the whole document some twenty times.
const META = registeredAs('meta');
const PUBLISHED_MARKUP = registeredAs('time.entry-date.published, time.published, abbr.published[title], [itemprop="datePublished"]');
const BLOGGER_DATE = registeredAs('h2.date-header, .date-header');
const TIMES = registeredAs('time[datetime]');
const DATE_TEXT = registeredAs('.entry-date, .post-date, .published, .date, .dateline, .post-meta, .entry-meta, .byline, .meta, [class*="date" i], [class*="byline" i], [class*="timestamp" i], a[rel="bookmark"]');
const CALENDAR_ICONS = registeredAs('[class*="fa-calendar"], [class*="icon-calendar"]');
const ARCHIVE_WIDGET = registeredAs('#BlogArchive1_ArchiveList, .BlogArchive, .widget_archive, .wp-block-archives, .archive-list, [class*="archive" i] ul, .widget-archive');
const ARTICLE = registeredAs('article, .hentry, .post, main');
const MODIFIED_MARKUP = registeredAs('time.updated[datetime], [itemprop="dateModified"]');
const metaIndex = new WeakMap<Scan, Map<string, Element>>();
function metaByName(scan: Scan): Map<string, Element> {
  let index = metaIndex.get(scan);
  if (!index) {
    index = new Map();
    for (const el of docAllOf(scan, META)) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr)?.toLowerCase();
        if (key && !index.has(key)) index.set(key, el);
      }
    }
    metaIndex.set(scan, index);
  }
  return index;
}

function metaDate(scan: Scan, names: string[], source: string): DatedFinding | null {
  const index = metaByName(scan);
  for (const name of names) {
    const el = index.get(name.toLowerCase()) ?? null;
    // Some saved and server-rendered pages carry the value in `value` instead of `content`.
    const content = el?.getAttribute('content') ?? el?.getAttribute('value');
    const date = parseDate(content);
    if (el && date) return { date, evidence: evidenceOf(el, source, `${name}: ${content}`) };
  }
  return null;
}

export function gatherDates(ctx: GatherContext, copyright: Copyright | null): Dates {
  // Structured data first: it is the CMS's own record.
  let ldPublished: DatedFinding | null = null;
  let ldModified: DatedFinding | null = null;
  for (const { node, script } of ctx.ld) {
    if (!isType(node, ...ARTICLE_TYPES)) continue;
    const published = parseDate(ldString(node['datePublished']) ?? ldString(node['dateCreated']));
    const modified = parseDate(ldString(node['dateModified']));
    if (published && !ldPublished) ldPublished = { date: published, evidence: evidenceOf(script, 'json-ld', `datePublished: ${published}`) };
    if (modified && !ldModified) ldModified = { date: modified, evidence: evidenceOf(script, 'json-ld', `dateModified: ${modified}`) };
  }

  // Dated posts visible on the page (one on an article, many on a listing), outside comments.
  const posts: DatedFinding[] = [];
  // Each post's element, to find it again without querying its selector.
  const postElements: Element[] = [];
  const seen = new Set<string>();
  let central = 0;
  // The date is read only for an element that may count (10,000 comments carry 10,000 times).
  const addPost = (el: Element, read: () => string | null, source: string) => {
    if (posts.length >= 500 || el.closest(COMMENT_AREA)) return;
    const date = read();
    if (!date) return;
    const key = `${date.slice(0, 10)}|${el.closest('article, .post, .hentry, .date-outer') ? selectorKey(el) : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    posts.push({ date, evidence: evidenceOf(el, source) });
    postElements.push(el);
    if (!inPeriphery(el)) central++;
  };
  for (const el of $$(ctx, PUBLISHED_MARKUP)) {
    addPost(el, () => parseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent), 'published-markup');
  }
  for (const el of $$(ctx, BLOGGER_DATE)) addPost(el, () => parseDate(el.textContent), 'blogger-date');
  for (const el of $$(ctx, TIMES)) {
    if (el.matches('.updated, [itemprop="dateModified"]')) continue;
    addPost(el, () => parseDate(el.getAttribute('datetime')), 'time');
  }
  // Dates in sidebars, navigation and footers (recent-post widgets) are not this page's: without
  // one outside them, the theme's date text is read too.
  if (!central) {
    // Theme markup that prints the date as text: date classes, byline blocks ("By Ann Lee<br>March 3,
    // 2026"), Blogger's .post-timestamp without <abbr>, WordPress's permalink a[rel=bookmark], and
    // the text next to a calendar icon (Font Awesome fa-calendar, icon-calendar).
    const candidates = $$(ctx, DATE_TEXT).slice(0, 80);
    for (const icon of $$(ctx, CALENDAR_ICONS).slice(0, 10)) if (icon.parentElement) candidates.push(icon.parentElement);
    for (const el of candidates) {
      if ((el.textContent?.length ?? 0) > 120 || inPeriphery(el) || el.closest(NOT_PUBLISHED) || el.querySelector(NOT_PUBLISHED) || UPDATE_WORDS.test(el.textContent ?? '')) continue;
      addPost(el, () => parseDate(el.textContent), 'date-text');
    }
  }
  if (!central) {
    const line = dateLineNearTop(ctx);
    if (line) addPost(line.element, () => line.date, 'date-line');
  }

  const metaPublished = metaDate(ctx.scan, ['article:published_time', 'og:article:published_time', 'datePublished', 'publishDate', 'publish_date', 'article.published', 'og:published_time', 'dc.date', 'DC.date.issued', 'dcterms.created', 'date', 'pubdate', 'publish-date', 'sailthru.date', 'parsely-pub-date'], 'meta');
  const metaModified = metaDate(ctx.scan, ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified', 'last-modified'], 'meta');
  const fromPath = dateFromPath(ctx.url);
  const pathDate =
    fromPath?.day != null
      ? { date: `${fromPath.year}-${String(fromPath.month).padStart(2, '0')}-${String(fromPath.day).padStart(2, '0')}`, evidence: { snippet: clip(ctx.url), selector: null, source: 'url' } }
      : null;

  const published = ldPublished ?? metaPublished ?? firstPublishedInMain(ctx, posts, postElements) ?? pathDate;
  const modified = ldModified ?? metaModified ?? modifiedMarkup(ctx);

  // Archive widgets: Blogger BlogArchive, WordPress widget_archive, and /YYYY/MM/ links with counts.
  const archive: ArchiveEntry[] = [];
  const archiveSeen = new Set<string>();
  let archiveEvidence: Evidence | null = null;
  const widget = $1(ctx, ARCHIVE_WIDGET);
  if (widget) {
    for (const a of all(widget, 'a[href]').slice(0, 600)) {
      const href = a.getAttribute('href') ?? '';
      const ym = dateFromPath(href.endsWith('/') ? href : `${href}/`) ?? yearOnly(href);
      if (!ym) continue;
      const key = `${ym.year}-${ym.month ?? ''}`;
      if (archiveSeen.has(key)) continue;
      archiveSeen.add(key);
      const countText = `${a.textContent ?? ''} ${a.nextElementSibling?.textContent ?? ''} ${a.parentElement?.textContent?.slice(0, 200) ?? ''}`;
      const count = /\((\d{1,5})\)/.exec(countText)?.[1];
      archive.push({ year: ym.year, month: ym.month, count: count ? Number(count) : null });
    }
    if (archive.length) archiveEvidence = evidenceOf(widget, 'archive', `${archive.length} archive entries`);
  }

  return {
    published,
    modified,
    posts,
    archive: archive.filter((e) => e.year >= 1990 && e.year <= 2200),
    archiveEvidence,
    copyright: copyright ? { from: copyright.from, to: copyright.to, evidence: copyright.evidence } : null,
  };
}

function selectorKey(el: Element): string {
  return (el.closest('article, .post, .hentry, .date-outer')?.getAttribute('id') ?? '') + el.localName;
}

function yearOnly(href: string): { year: number; month: null } | null {
  const m = /\/((?:19|20)\d{2})\/?(?:$|[?#])/.exec(href);
  return m ? { year: Number(m[1]), month: null } : null;
}

function firstPublishedInMain(ctx: GatherContext, posts: DatedFinding[], elements: Element[]): DatedFinding | null {
  if (!posts.length) return null;
  const article = $1(ctx, ARTICLE) ?? ctx.main;
  let outside: DatedFinding | null = null;
  for (const [i, p] of posts.entries()) {
    const el = elements[i]!;
    if (el && article.contains(el)) return p;
    if (el && !outside && !inPeriphery(el)) outside = p;
  }
  return outside ?? posts[0] ?? null;
}

function modifiedMarkup(ctx: GatherContext): DatedFinding | null {
  const el = $1(ctx, MODIFIED_MARKUP);
  const date = parseDate(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent);
  return el && date ? { date, evidence: evidenceOf(el, 'updated-markup') } : null;
}

/**
 * A page with no date markup often prints the date as a short line of its own near the headline:
 * "Ann Lee on June 5, 2026", "Publisert 3. mai 2026", "12.03.2026 · 4 min", "Von Lena Vogel |
 * 12. März 2026 | Allgemein | 3 Kommentare" (static-site, hand-made and company templates), or
 * just above it (a kicker). Only short lines at the top of the main content and the two lines
 * before it count, so dates inside prose and tables further down do not.
 */
function dateLineNearTop(ctx: GatherContext): { element: Element; date: string } | null {
  const { text } = ctx.text;
  const [start, end] = ctx.text.main;
  let offset = Math.max(0, text.lastIndexOf('\n', text.lastIndexOf('\n', start - 2) - 1) + 1);
  for (const raw of text.slice(offset, Math.min(end, start + 3000)).split('\n')) {
    const at = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (line.length < 6 || line.length > 120 || UPDATE_WORDS.test(line) || line.split(/\s+/).length > 16) continue;
    // Step past a hidden modification stamp on the same line ("<span class=updated>…</span> June 5").
    for (let pos = 0, tries = 0; tries < 3; tries++) {
      const rest = raw.slice(pos);
      const date = parseDate(rest);
      const digit = rest.search(/\d/);
      const element = date ? ctx.text.elementAt(at + pos + digit) : null;
      if (!date || !element || element.closest(COMMENT_AREA) || (at < start && inPeriphery(element))) break;
      if (!element.closest(NOT_PUBLISHED)) return { element, date };
      pos += digit + Math.max(1, element.textContent?.length ?? 0);
    }
  }
  return null;
}
