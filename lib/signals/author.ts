import { COMMENT_AREA } from '../patterns/comment-systems';
import { AND, BY, BYLINE_PHRASES, BYLINE_PREFIXES, COPYRIGHT_WORDS, listOf, MONTHS, NOT_NAMES, ON_DATE, POSTS, RELATIVE_DAYS, RIGHTS, SIGNOFFS, UPDATED, WITH, wordsOf } from '../patterns/phrases';
import type { GatherContext } from './context';
import { $$, $1, matchText } from './context';
import { all, clip, evidenceOf, hrefOf, inPeriphery, isVisible } from './dom';
import { registeredAs } from './scan';
import type { Author, Evidence, Finding } from '../contracts/page';
import { ARTICLE_TYPES, isType, ldList, ldString, type LdNode } from './structured-data';

// Who wrote the main content: structured data, byline markup, rel=author links, "Skrevet av …"
// lines and signatures. Candidates inside comments, sidebars and footers are ignored (a
// commenter or a widget author is not the post's author).

const PREFIX_RE = new RegExp(`^(?:${wordsOf(BYLINE_PREFIXES)})\\b\\s*:?\\s*`, 'i');
const NOT_A_NAME = new RegExp(`(?:^|\\s)(?:${wordsOf(NOT_NAMES)})(?:[\\s:]|$)`, 'i');
const VIEW_ALL = new RegExp(`^.*\\b(?:${wordsOf(POSTS)})\\s+(?:${wordsOf(BY)})\\s+`, 'i');
const BY_BEFORE = new RegExp(`(?:^|\\s)(?:${wordsOf(BY)})\\s*$`, 'i');
// What follows a name in a byline: roles, dates ("March 25", "am 26/10/13", "on 5 June", "Jul 1"
// glued on by markup), "Updated …" stamps (news bylines, forums).
const AFTER_NAME = new RegExp(
  `\\s*(?:[|•·,;/]|\\s[-–—]\\s|\\b(?:${wordsOf(ON_DATE)})\\s+(?:\\w+\\s+)?\\d|\\b\\d{1,2}\\.\\s|\\b\\d{4}\\b|\\b(?:${wordsOf(RELATIVE_DAYS)})\\b|\\b(?:${wordsOf(UPDATED)})\\b|(?<=[\\p{Ll}\\s])(?:${MONTHS.en!.map(([name]) => name!.slice(0, 3)).join('|')})[a-z]*\\.?\\s+\\d)`,
  'iu',
);
const COPYRIGHT_LINE = new RegExp(`©|\\(c\\)|${wordsOf(COPYRIGHT_WORDS)}|${wordsOf(RIGHTS)}`, 'i');

/** Tidy a byline into a name: drop "By"/"Av", dates and roles after a separator. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.replace(/\s+/g, ' ').trim();
  // A news dateline, not a byline: "CAIRO —", "OSLO (NTB) –".
  if (/https?:|www\./i.test(name) || /\s[-–—]$/.test(name)) return null;
  // WordPress author boxes: "View all posts by Jane Doe", "Vis alle innlegg av …", "Alle Beiträge von …".
  name = name.replace(VIEW_ALL, '');
  for (let i = 0; i < 2; i++) name = name.replace(PREFIX_RE, '').replace(/^[|•·,;/\s]+/, '');
  name = name.split(AFTER_NAME)[0] ?? '';
  name = name.replace(/^[@"'“”«»(~]+|[@"'“”«»):.]+$/g, '').trim();
  if (name.length < 2 || name.length > 70) return null;
  if (!/\p{L}/u.test(name) || /[@<>{}=]|https?:|www\./i.test(name)) return null;
  // A date the byline markup holds beside the name ("May 5" of "May 5, 2026"), not a name.
  if (name.split(' ').length > 6 || NOT_A_NAME.test(name) || /^\p{L}+\.? \d{1,2}$|^\d{1,2}\.? \p{L}+$/u.test(name)) return null;
  return name;
}

const FULL_NAME = /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3}$/u;

// A byline naming several people: "A, B and C", "A und B", "A (avec B et C)" (Blogger team
// posts, news sites). Without a list word the part after a comma is a role, not a name.
const LIST_WORD = new RegExp(`\\s(?:${wordsOf(AND)}|&)\\s|\\((?:${wordsOf(WITH)})\\s`, 'i');
const NAME_SEPARATOR = new RegExp(`\\s*(?:,|\\s(?:${wordsOf(AND)}|&|${wordsOf(WITH)})\\s)\\s*`, 'i');
export function cleanNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const flat = raw.replace(/\s+/g, ' ').replace(/^[|\s]+|[|\s]+$/g, '');
  if (!LIST_WORD.test(flat)) return [cleanName(flat)].filter((n): n is string => !!n);
  const head = flat.replace(PREFIX_RE, '').split(/\s[-–—|]\s/)[0]!.replace(/[()]/g, ' ');
  return [...new Set(head.split(NAME_SEPARATOR).map(cleanName).filter((n): n is string => !!n))];
}

const NAME_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, div, li, br';

/**
 * An element's text without screen-reader-only labels ("Author", "Posted on") glued to the name,
 * and with its blocks kept apart: author cards put the name and the role in separate headings
 * inside one link (<a><h4>Ann Lee</h4><h5>Editor</h5></a>), whose textContent runs them together.
 */
function nameText(el: Element): string {
  const hidden = '.screen-reader-text, .sr-only, .visually-hidden';
  const text = el.textContent ?? '';
  if (text.length > 200 || (!el.querySelector(hidden) && !el.querySelector(NAME_BLOCKS))) return text;
  const copy = el.cloneNode(true) as Element;
  for (const x of all(copy, hidden)) x.remove();
  for (const block of all(copy, NAME_BLOCKS)) block.after(' | ');
  return copy.textContent ?? '';
}

// Case-insensitive lead phrase, case-sensitive name (capitalised words): the u flag with i would
// let \p{Lu} match lower case too.
const anyCase = (phrase: string) => phrase.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
/** Where BYLINE_TEXT can start: its phrases in any case (matchText's `lead`). */
const BYLINE_LEAD = new RegExp(wordsOf(BYLINE_PHRASES), 'giu');
const BYLINE_TEXT = new RegExp(
  `(?:${listOf(BYLINE_PHRASES).map(anyCase).join('|')})\\s*:?\\s*([\\p{Lu}][\\p{L}.'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}.'’-]+){0,3})`,
  'gu',
);

// A line of its own that is only a byline: "By Jane Doe", "Av Kari Nordmann • 3. mai", "// By A B"
// (news stories and company blogs that print the byline as a paragraph).
const BYLINE_LINE = new RegExp(
  `^[^\\p{L}\\n]{0,3}(?:${listOf(BY).map(anyCase).join('|')})[ \\t]+([\\p{Lu}][\\p{L}.'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}.'’-]+){0,3})[ \\t]*(?:[•|·,–—-][^\\n]*)?$`,
  'gmu',
);

// "Ann Lee on June 5, 2023" right under the title, no "By" (Tailwind company blogs, static-site
// generators): a name, then "on"/"am"/"le" and a written date, alone on its line.
const NAME_ON_DATE = new RegExp(
  `^[^\\S\\n]*([\\p{Lu}][\\p{L}.'’-]+(?:[^\\S\\n]+[\\p{Lu}][\\p{L}.'’-]+){0,3})[^\\S\\n]+(?:${listOf(ON_DATE).map(anyCase).join('|')})[^\\S\\n]+(?:\\p{L}+\\.?[^\\S\\n]+\\d{1,2},?[^\\S\\n]+\\d{4}|\\d{1,2}\\.?[^\\S\\n]+\\p{L}+\\.?[^\\S\\n]+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})[^\\S\\n]*$`,
  'gmu',
);

// "Title by <a href="/profile/…">name</a>" (fiction and forum sites, user names in any case).
const PROFILE_LINKS = registeredAs('a[href*="/profile/"], a[href*="/profiles/"], a[href*="/user/"], a[href*="/users/"], a[href*="/members/"]');

const BYLINE_SELECTORS = [
  // News sites that style the byline as a "signature" block (Radio-Canada's m-signature).
  { selector: '[class*="signature" i] [itemprop="name"], [class*="signature" i][itemprop="name"]', source: 'byline:signature' },
  // Blogger: "Posted by" block, then the fn/author markup, then the profile link.
  { selector: '.post-author.vcard .fn, .post-author .fn', source: 'byline:blogger' },
  { selector: '.post-author.vcard, span.post-author', source: 'byline:blogger' },
  // WordPress themes.
  { selector: '.byline .author .fn, .byline .author a, .byline .fn, .posted-by .author a, .posted-by a', source: 'byline:wordpress' },
  { selector: 'a.entry-author, .entry-author-name, .entry-author a, .author-name, .post-author-name, .article-author-name', source: 'byline' },
  // Microformats and hAtom.
  { selector: '.h-entry .p-author .p-name, .h-entry .p-author, .hentry .author.vcard .fn, .hentry .vcard .fn', source: 'microformats' },
  { selector: 'a[rel~="author"]', source: 'rel-author' },
  { selector: 'a[href*="/author/"], a[href*="/forfatter/"], a[href*="/autor/"], a[href*="/authors/"]', source: 'author-link' },
  // Medium and Substack profile links.
  { selector: 'a[href^="/@"], a[href*="medium.com/@"], a[href*="substack.com/@"]', source: 'byline:medium' },
  { selector: '[class*="byline" i], [class*="writtenby" i], [class*="dateline" i], [class*="author" i], [id*="author" i], [class*="forfatter" i]', source: 'byline' },
];
for (const b of BYLINE_SELECTORS) registeredAs(b.selector);

const BIO_SELECTOR = registeredAs(
  '.author-bio, .author-description, .author-info, .about-author, .author-box, .entry-author-bio, .author-details, .author-about, .profile-textblock, .p-note, [class*="author-bio" i], [class*="authorbio" i], [class*="bio" i][class*="author" i]',
);
const H1 = registeredAs('h1');
const MICRODATA_AUTHOR = registeredAs('[itemprop~="author"]');
const META_AUTHORS = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]', 'meta[name="dc.creator" i]', 'meta[name="DC.creator"]', 'meta[name="sailthru.author"]'].map(registeredAs);

// Where a name is not the post's author: comments, forms, captions and photo credits, widgets
// (except Blogger's main .widget.Blog, which holds the posts), sidebars, navigation, footers.
const NOT_BYLINE = `${COMMENT_AREA}, .widget:not(.Blog), aside, footer, nav, .sidebar, #sidebar, form, label, figcaption, [class*="caption" i], [class*="credit" i]`;

// Classes that themes hide with their own (external, often unsaved) style sheets: Avada's
// rich-snippet-hidden copies of the author for search engines, Bootstrap's and WordPress's
// hidden helpers.
const HIDDEN_CLASS = '.rich-snippet-hidden, .screen-reader-text, .sr-only, .visually-hidden, .d-none, .hidden';
const isShown = (el: Element) => isVisible(el) && !el.closest(HIDDEN_CLASS);

const ITEM = 'article, [itemtype*="Article"], [itemtype*="Posting"]';
const CARD_TITLE = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

interface Candidate {
  name: string;
  visible: boolean;
  profileUrl: string | null;
  bio: Finding | null;
  evidence: Evidence;
  rank: number;
  /** A "Posted by …" line in the main content: kept even when metadata names someone else. */
  explicit?: boolean;
}

const MAX_PROFILE_URL = 2000;

function profileFrom(el: Element, ctx: GatherContext): string | null {
  const link = el.closest('a[href]') ?? (el.querySelector?.('a[href]') || null);
  if (!link) return null;
  const url = hrefOf(link, ctx.url);
  if (!url) return null;
  const page = ctx.url.split('#')[0];
  return url.split('#')[0] === page ? null : url;
}

export function gatherAuthors(ctx: GatherContext): { authors: Author[]; signatures: Finding[] } {
  const candidates: Candidate[] = [];
  // Every way of finding an author ends here: a profile address longer than the contract's limit
  // (Author.profileUrl, 2,000 characters) is tracking noise or hostile, and dropped, not cut.
  const add = (c: Candidate) => candidates.push(c.profileUrl && c.profileUrl.length > MAX_PROFILE_URL ? { ...c, profileUrl: null } : c);
  // Related-post and recommendation cards (WordPress and news themes): an article item of its
  // own, with a linked heading and no <h1>, apart from the article that holds the page's title.
  const h1 = $1(ctx, H1);
  const mainItem = h1?.closest(ITEM) ?? null;
  const inTeaser = (el: Element): boolean => {
    const owner = mainItem && el.closest(ITEM);
    return !!owner && owner !== mainItem && !owner.contains(mainItem) && !owner.querySelector('h1') && !!owner.querySelector(CARD_TITLE);
  };

  // 1. JSON-LD author of an article-like node.
  // Yoast and Rank Math put the author in the @graph and refer to it by @id.
  const byId = new Map(ctx.ld.map(({ node }) => [node['@id'], node]));
  for (const { node, script } of ctx.ld) {
    if (!isType(node, ...ARTICLE_TYPES)) continue;
    for (const ref of ldList(node['author'] ?? node['creator'])) {
      // Only a string @id refers to another node: without one, get(undefined) would return any
      // node that has no @id either (an image, a place) and take its name.
      const id = ref && typeof ref === 'object' ? (ref as LdNode)['@id'] : undefined;
      const a = (typeof id === 'string' && byId.get(id)) || ref;
      const name = cleanName(ldString(a));
      if (!name) continue;
      const obj = a && typeof a === 'object' ? (a as Record<string, unknown>) : {};
      const profile = ldString(obj['url']) ?? ldString(ldList(obj['sameAs'])[0]);
      add({
        name,
        visible: false,
        profileUrl: profile && /^https?:/i.test(profile) ? profile : null,
        bio: ldBio(obj, script),
        evidence: evidenceOf(script, 'json-ld', `author: ${name}`),
        rank: 1,
      });
    }
  }

  // 2. Microdata author (outside comments).
  for (const el of $$(ctx, MICRODATA_AUTHOR)) {
    if (inPeriphery(el) && !el.closest('.post-footer, .post-header, article')) continue;
    // Comments, and product reviews (shop pages: schema.org Review inside a Product).
    if (el.closest(`${COMMENT_AREA}, [itemprop~="review"]`) || inTeaser(el)) continue;
    const nameEl = el.querySelector('[itemprop="name"]') ?? el;
    const content = nameEl.getAttribute('content');
    // A name only in a content="" attribute of an empty element is markup, not shown text.
    const shown = content === null || !!nameEl.textContent?.trim();
    for (const name of cleanNames(content ?? nameText(nameEl)))
      add({ name, visible: shown && isShown(nameEl), profileUrl: profileFrom(nameEl, ctx), bio: null, evidence: evidenceOf(el, 'microdata'), rank: 2 });
  }

  // 3. Byline markup.
  BYLINE_SELECTORS.forEach(({ selector, source }, i) => {
    let seen = 0;
    for (const el of $$(ctx, selector)) {
      if (seen > 30) break;
      // HTML's <address> inside an <article> gives that article's author (the HTML standard's
      // own byline element); news templates put it in a meta column that is an <aside>.
      if (el.closest(NOT_BYLINE) && !(el.closest('article address') && !el.closest(COMMENT_AREA))) continue;
      if (inTeaser(el)) continue;
      // An author box names the author too, but only through its name link, not its bio text.
      if (!/link|rel/.test(source) && (el.matches(BIO_SELECTOR) || el.closest(BIO_SELECTOR))) continue;
      const raw = nameText(el);
      if (raw.length > 120) continue;
      const names = cleanNames(raw);
      if (!names.length) continue;
      seen++;
      for (const name of names) add({ name, visible: isShown(el), profileUrl: profileFrom(el, ctx), bio: null, evidence: evidenceOf(el, source), rank: 3 + i / 100 });
    }
  });

  // 4. "Skrevet av Kari Nordmann" / "Posted by Jane Doe" in the text.
  for (const [pattern, range, lead] of [[BYLINE_TEXT, undefined, BYLINE_LEAD], [BYLINE_LINE, ctx.text.main]] as const) {
    for (const { match, element } of matchText(ctx, pattern, range, 20, lead)) {
      if (element?.closest(NOT_BYLINE) || (element && inTeaser(element))) continue;
      const name = cleanName(match[1]);
      const explicit = !!element && ctx.main.contains(element);
      if (name) add({ name, visible: true, profileUrl: element ? profileFrom(element, ctx) : null, bio: null, evidence: evidenceOf(element, 'text', match[0]), rank: 4, explicit });
    }
  }

  // 4b. "Name on June 5, 2023" in the title's neighbourhood (the first lines of the main text).
  const top: [number, number] = [ctx.text.main[0], Math.min(ctx.text.main[1], ctx.text.main[0] + 400)];
  for (const { match, element } of matchText(ctx, NAME_ON_DATE, top, 3)) {
    if (element?.closest(NOT_BYLINE)) continue;
    const name = cleanName(match[1]);
    if (name) add({ name, visible: true, profileUrl: element ? profileFrom(element, ctx) : null, bio: null, evidence: evidenceOf(element, 'text', match[0]), rank: 4, explicit: true });
  }

  // 4c. "by" just before a profile link.
  let profiles = 0;
  for (const el of $$(ctx, PROFILE_LINKS)) {
    if (profiles++ > 30) break;
    if (el.closest(NOT_BYLINE) || inTeaser(el) || !BY_BEFORE.test(textBefore(el))) continue;
    const name = cleanName(el.textContent);
    if (name) add({ name, visible: isShown(el), profileUrl: profileFrom(el, ctx), bio: null, evidence: evidenceOf(el, 'byline'), rank: 3.5 });
  }

  // 4d. A linked name on a short line under the title, the link going to that person's page
  // ("/team/ana-garcia/", "/people/jane.doe"): company blogs and static sites that print the
  // byline with no class, rel or author path.
  for (const el of h1 ? linksUnderTitle(h1) : []) {
    const text = (el.textContent ?? '').trim();
    const url = hrefOf(el, ctx.url);
    if (!FULL_NAME.test(text) || !url || el.closest(NOT_BYLINE) || !slugOf(new URL(url).pathname.replace(TAXONOMY, ' ')).includes(slugOf(text))) continue;
    add({ name: text, visible: isShown(el), profileUrl: url, bio: null, evidence: evidenceOf(el, 'byline:title-link'), rank: 3.6 });
  }

  // 5. Signature: a closing greeting, then a name on the same or next line.
  const signatures: Finding[] = [];
  // Any-case greeting, capitalised name: with the i flag \p{Lu} would take "for as low as" too.
  const signoff = new RegExp(`(?:^|\\n)\\s*(?:${listOf(SIGNOFFS).map(anyCase).join('|')})\\s*[,!.:]?\\s*\\n?\\s*([\\p{Lu}][\\p{L}.'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}.'’-]+){0,3})`, 'gu');
  for (const { match, element } of matchText(ctx, signoff, ctx.text.main, 5)) {
    // A commenter's "Regards, Joachim" signs the comment, not the post.
    if (element?.closest(NOT_BYLINE)) continue;
    const name = cleanName(match[1]);
    if (!name) continue;
    const evidence = evidenceOf(element, 'signature', match[0]);
    signatures.push({ value: name, evidence });
    add({ name, visible: true, profileUrl: null, bio: null, evidence, rank: 5 });
  }

  // 6. Meta tags: often the site's developer, so only weak evidence (not visible).
  for (const sel of META_AUTHORS) {
    for (const el of $$(ctx, sel)) {
      // Some saved and server-rendered pages carry the value in `value` instead of `content`.
      const content = el.getAttribute('content') ?? el.getAttribute('value') ?? '';
      if (/^https?:/i.test(content)) {
        // article:author is often a profile URL (Medium, Facebook): keep it as a profile.
        add({ name: '', visible: false, profileUrl: content, bio: null, evidence: evidenceOf(el, 'meta', content), rank: 9 });
        continue;
      }
      // News sites list co-authors with commas: "Ann Lee, Bo Berg" (each part a full name).
      const parts = content.split(/\s*,\s*/);
      const names = parts.length > 1 && parts.every((p) => FULL_NAME.test(p)) ? parts.map(cleanName) : [cleanName(content)];
      for (const name of names) if (name) add({ name, visible: false, profileUrl: null, bio: null, evidence: evidenceOf(el, 'meta', `${sel}: ${name}`), rank: 8 });
    }
  }

  return { authors: merge(candidates, ctx), signatures };
}

function merge(candidates: Candidate[], ctx: GatherContext): Author[] {
  const byKey = new Map<string, Author & { rank: number; confirmed: boolean; explicit?: boolean }>();
  const looseProfiles = candidates.filter((c) => !c.name && c.profileUrl).map((c) => c.profileUrl!);
  const pageText = lowerText(ctx);
  for (const c of [...candidates].sort((a, b) => a.rank - b.rank)) {
    if (!c.name) continue;
    const key = c.name.toLowerCase();
    const existing = byKey.get(key);
    if (existing && c.explicit) existing.explicit = true;
    // Named by the page's metadata (JSON-LD, microdata, meta author) as well as shown.
    const confirms = c.rank < 3 || c.rank === 8;
    if (existing) {
      existing.confirmed ||= confirms;
      existing.visible ||= c.visible;
      existing.profileUrl ??= c.profileUrl;
      existing.bio ??= c.bio;
      if (!existing.evidence.selector?.length || existing.evidence.source === 'json-ld' || existing.evidence.source === 'meta') {
        if (c.visible) existing.evidence = c.evidence;
      }
      continue;
    }
    // Past the cap no new names, but later (metadata) candidates still confirm the kept ones.
    if (byKey.size >= 20) continue;
    byKey.set(key, { name: c.name, visible: c.visible, profileUrl: c.profileUrl, bio: c.bio, evidence: c.evidence, rank: c.rank, confirmed: confirms, explicit: c.explicit });
  }
  let authors = [...byKey.values()];
  for (const a of authors) {
    // A name known from metadata counts as shown when the reader can find it in the text.
    if (!a.visible && a.rank < 3 && pageText.includes(a.name.toLowerCase())) a.visible = true;
    // A meta author (often the site's developer) counts as shown only when a short line of its own
    // carries the name outside footers and navigation: "Ann Lee, June 5, 2026", "// By Ann Lee • date"
    // (static-site and company-blog templates with no byline markup).
    if (!a.visible && a.rank === 8) a.visible = shownAsByline(ctx, a.name);
    a.profileUrl ??= looseProfiles[0] ?? null;
  }
  // When the page's metadata names an author who is also shown, other byline-like names on the
  // page (related stories, teasers, commenters, duplicated labels) are not the post's authors.
  if (authors.some((a) => a.confirmed && a.visible)) authors = authors.filter((a) => a.confirmed || a.explicit || !a.visible);
  const bio = findBio(ctx);
  if (bio && authors[0]) authors[0].bio ??= bio;
  return authors.map(({ rank: _rank, confirmed: _confirmed, explicit: _explicit, ...a }) => a);
}

/** Letters only, lower case, accents dropped: "Ana García" and "/equipo/ana-garcia/" meet as "anagarcia". */
export const slugOf = (text: string) => text.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
/** Paths of topics, not people: "/category/product-news/", "/tag/…", "/kategorie/…". */
const TAXONOMY = /.*\/(?:categor|kategori|tag|topic|thema|section|schlagwort|etiqueta)[^/]*\/.*/i;

/** Links on the short lines right after the title (its next siblings, or its header's). */
function linksUnderTitle(h1: Element): Element[] {
  for (let el: Element | null = h1, depth = 0; el && depth < 2; el = el.parentElement, depth++) {
    const links: Element[] = [];
    for (let sib = el.nextElementSibling, n = 0; sib && n < 3; sib = sib.nextElementSibling, n++) {
      if ((sib.textContent?.length ?? 0) > 150) break;
      links.push(...(sib.matches('a[href]') ? [sib] : all(sib, 'a[href]').slice(0, 6)));
    }
    if (links.length) return links;
  }
  return [];
}

/** The text just before an element, looking up to two ancestors for a previous sibling. */
function textBefore(el: Element): string {
  for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    for (let prev = cur.previousSibling; prev; prev = prev.previousSibling) {
      const text = prev.textContent?.trim();
      if (text) return text.slice(-40);
    }
  }
  return '';
}

// The page text in lower case, made once (it may be megabytes).
const lowered = new WeakMap<GatherContext, string>();
function lowerText(ctx: GatherContext): string {
  let text = lowered.get(ctx);
  if (text === undefined) lowered.set(ctx, (text = ctx.text.text.toLowerCase()));
  return text;
}

function shownAsByline(ctx: GatherContext, name: string): boolean {
  const lower = lowerText(ctx);
  const needle = name.toLowerCase();
  for (let at = lower.indexOf(needle), n = 0; at >= 0 && n < 20; at = lower.indexOf(needle, at + 1), n++) {
    const el = ctx.text.elementAt(at);
    const line = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!el || line.length > name.length + 40 || COPYRIGHT_LINE.test(line)) continue;
    if (!el.closest(`${NOT_BYLINE}, header, h1, h2, h3`)) return true;
  }
  return false;
}

function findBio(ctx: GatherContext): Finding | null {
  const el = $1(ctx, BIO_SELECTOR);
  if (!el) return null;
  const value = clip(el.textContent, 300);
  return value.length >= 20 ? { value, evidence: evidenceOf(el, 'author-bio') } : null;
}

function ldBio(obj: Record<string, unknown>, script: Element): Finding | null {
  const value = clip(ldString(obj['description']) ?? ldString(obj['jobTitle']), 300);
  return value ? { value, evidence: evidenceOf(script, 'json-ld', value) } : null;
}
