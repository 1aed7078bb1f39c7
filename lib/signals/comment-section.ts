import { ANONYMOUS_FIELDS, CLOSED_MARK, LOGIN_CONTROL, COMMENT_SYSTEMS, COMMENT_TEXTAREA, type CommentSystemId, COUNT_AT, type CommentSystemRecord, type Counter, type Embed, type Reader } from '../patterns/comment-systems';
import { COMMENT_COUNT, COMMENT_WORD, COMMENTER_SAYS, COMMENTS_CLOSED, LOGIN_REQUIRED, LOGIN_WORD, NO_COMMENTS } from '../patterns/phrases';
import { slugOf } from './author';
import { $$, $1, SCRIPTS, type GatherContext } from './context';
import { all, clip, evidenceOf, first } from './dom';
import { registeredAs } from './scan';
import { parseDate, parseEpochMillis } from './date-text';
import type { Comment, CommentSection, LoginPolicy } from '../contracts/page';

// Comment sections: the one engine that runs the records of lib/patterns/comment-systems.ts —
// which system, whether its contents can be read, the comments themselves (author, owner or
// not, time, what they answer), who may comment and whether it is closed.

const MAX_COMMENTS = 500;
const MAX_INLINE_SCRIPT = 200_000;
const SYSTEMS = Object.entries(COMMENT_SYSTEMS) as [CommentSystemId, CommentSystemRecord][];
const EMBEDS = SYSTEMS.filter((s): s is [CommentSystemId, Embed] => s[1].kind === 'embed');
// One query for every embed's container at once: most pages have none, and thirty separate
// queries each scanned the whole document to say so.
const EMBED_DOM = registeredAs(EMBEDS.flatMap(([, e]) => e.dom).join(', '));
const INLINE_SCRIPTS = registeredAs('script:not([src])');
// Every selector the records look for in the whole document, for the one pass.
for (const [, r] of SYSTEMS) {
  if (r.kind === 'embed') r.dom.forEach(registeredAs);
  else if (r.kind === 'counter') registeredAs(r.mark);
  else {
    for (const s of [r.mark, r.orFirst, r.form, typeof r.login === 'object' ? r.login.required : undefined, ...(typeof r.items === 'string' ? [r.items] : r.items)]) if (s) registeredAs(s);
  }
}
[COMMENT_TEXTAREA, COUNT_AT, CLOSED_MARK].forEach(registeredAs);

function inlineScriptText(ctx: GatherContext): string {
  let text = '';
  for (const s of $$(ctx, INLINE_SCRIPTS)) {
    const t = s.textContent ?? '';
    if (t.length < 20_000) text += `${t}\n`;
    if (text.length > MAX_INLINE_SCRIPT) break;
  }
  return text;
}

/** The start of an element's textContent, read no further than `max` characters (a section may hold 10,000 comments). */
function textStart(el: Element, max: number): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) text += node.nodeValue ?? '';
  return text.slice(0, max);
}
const sectionText = (section: Element) => textStart(section, 50_000);
/** What `root.querySelectorAll(selector)` finds, from the one pass (a section may be most of the page). */
const within = (ctx: GatherContext, root: Element, selector: string) => $$(ctx, selector).filter((el) => el !== root && root.contains(el));
const textLength = (el: Element) => (el.textContent ?? '').trim().length;

/** The element of `item`'s own that matches: not one inside a reply nested in it. */
function ownElement(item: Element, selector: string, itemSelector: string): Element | null {
  for (const el of all(item, selector)) if (el.closest(itemSelector) === item) return el;
  return null;
}

function displayedCount(ctx: GatherContext, section: Element): number | null {
  for (const el of within(ctx, section, COUNT_AT)) {
    const text = clip(el.textContent, 120);
    if (NO_COMMENTS.test(text)) return 0;
    const m = COMMENT_COUNT.exec(text);
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

// A form to comment with: one with a textarea inside the section, or one with a textarea named
// or labelled for comments anywhere.
function commentForm(ctx: GatherContext, section: Element): Element | null {
  const inSection = section.querySelector('form textarea')?.closest('form') ?? (section.matches('form') && section.querySelector('textarea') ? section : null);
  return inSection ?? $1(ctx, COMMENT_TEXTAREA)?.closest('form') ?? null;
}

/**
 * Who may comment, told by markup and phrases: a login phrase in the section or anywhere in the
 * page's text ("You must be logged in to post a comment", "Logg inn for å kommentere"), a
 * password field in the comment form → required; a form asking for name or e-mail and no
 * password (WordPress, Contao, most home-made forms) → anyone may comment.
 */
function loginPolicy(ctx: GatherContext, reader: Reader, section: Element, form: () => Element | null): LoginPolicy {
  const rule = reader.login;
  if (typeof rule === 'string') return rule;
  if (rule.required && $1(ctx, rule.required)) return 'required';
  if (LOGIN_REQUIRED.test(sectionText(section))) return 'required';
  if (rule.iframe) return 'unknown';
  const f = form();
  // No form, but a button or link to sign in where the form would be ("Log in to comment",
  // "Connexion", a link to /login?redirect=…): commenting needs an account.
  if (!f && all(section, LOGIN_CONTROL).some((el) => LOGIN_WORD.test(clip(el.textContent, 60)) || el.matches('a[href*="login" i], a[href*="signin" i], a[href*="sign-in" i]'))) return 'required';
  if (f?.querySelector('input[type="password"]')) return 'required';
  if (f?.querySelector(ANONYMOUS_FIELDS)) return 'not-required';
  return LOGIN_REQUIRED.test(ctx.text.text) ? 'required' : 'unknown';
}

function timeOf(item: Element, reader: Reader, itemSelector: string): string | null {
  for (const source of reader.time) {
    let el = ownElement(item, source.at, itemSelector);
    if (!el && source.after) {
      let sibling: Element | null = item;
      for (let i = 0; i < source.after && sibling; i++) sibling = sibling.nextElementSibling;
      el = sibling?.querySelector(source.at) ?? null;
    }
    if (!el) continue;
    const time = source.epoch
      ? parseEpochMillis(source.epoch.exec(el.getAttribute('href') ?? '')?.[1])
      : parseDate(source.attr ? el.getAttribute(source.attr) : el.textContent);
    if (time) return time;
  }
  return null;
}

function readComments(reader: Reader, items: Element[], itemSelector: string, ownerNames: Set<string>): Comment[] {
  const index = new Map<Element, number>();
  const out: Comment[] = [];
  const { author: by, owner } = reader;
  // Signed-in commenters are the site's own people only where others comment as guests.
  const user = owner?.user && items.some((i) => !i.matches(owner.user!)) ? owner.user : null;
  for (const item of items.slice(0, MAX_COMMENTS)) {
    const classes = item.className?.toString() ?? '';
    const account = owner?.account?.exec(classes)?.[1];
    const authorEl = ownElement(item, by.at, itemSelector) ?? (by.self && item.matches(by.self) ? item : null);
    const author = clip(authorEl?.textContent?.replace(COMMENTER_SAYS, ''), 120) || null;
    const time = timeOf(item, reader, itemSelector);
    const marked =
      !!owner &&
      ((!!owner.at && !!ownElement(item, owner.at, itemSelector)) ||
        (!!owner.item && item.matches(owner.item)) ||
        !!owner.classes?.test(classes) ||
        (!!account && ownerNames.has(slugOf(account))) ||
        (!!user && item.matches(user)));
    // Replies nest inside the comment they answer.
    const parent = item.parentElement?.closest(itemSelector);
    const replyTo = parent ? (index.get(parent) ?? null) : null;
    index.set(item, out.length);
    out.push({
      author,
      byOwner: marked || (!!author && ownerNames.has(author.toLowerCase())),
      time,
      replyTo,
      evidence: evidenceOf(item, 'comment', `${author ?? '?'}${time ? ` · ${time.slice(0, 16)}` : ''}`),
    });
  }
  return out;
}

/** The section a reader finds, with the element it lives in; null when its marks are not on the page. */
function read(ctx: GatherContext, system: CommentSystemId, reader: Reader, ownerNames: Set<string>): { section: CommentSection; root: Element } | null {
  if (reader.platform && ctx.platform.name !== reader.platform) return null;
  const mark = $1(ctx, reader.mark);
  if (!mark && !reader.loose) return null;
  const selectors = typeof reader.items === 'string' ? [reader.items] : reader.items;
  // Items anywhere in the page (the pass has them), the list being the first selector that finds one in `root`.
  const itemsIn = (root: ParentNode | null) => {
    const selector = selectors.find((sel) => (root ? first(root, sel) : $1(ctx, sel))) ?? selectors[0]!;
    return { selector, items: $$(ctx, selector).filter((el) => !reader.notIn || !el.closest(reader.notIn)) };
  };
  let root: Element | null;
  let found: { selector: string; items: Element[] } | null = null;
  if (mark) {
    root = reader.parent ? (mark.parentElement ?? mark) : ((reader.within && mark.closest(reader.within)) || (reader.orFirst && $1(ctx, reader.orFirst)) || mark);
  } else {
    // Without a container by name, repeated comments make one (their parent).
    found = itemsIn(null);
    root = found.items.length > 1 ? found.items[0]!.parentElement : null;
  }
  if (!root) return null;
  const { backlinks } = reader;
  if (backlinks) {
    const backlinksText = all(root, backlinks.at).reduce((n, b) => n + textLength(b), 0);
    if (!first(root, backlinks.place) && !first(root, selectors.join(', ')) && textLength(root) - backlinksText < 10) return null;
  }
  found ??= itemsIn(null);
  let form: Element | null | undefined;
  const formOf = () => (form === undefined ? (form = (reader.form && $1(ctx, reader.form)) || commentForm(ctx, root)) : form);
  if (reader.loose && !found.items.length && !formOf() && !COMMENT_WORD.test(textStart(root, 2000))) return null;
  const comments = readComments(reader, found.items, found.selector, ownerNames);
  const heading = reader.evidence.heading ? clip(root.querySelector(reader.evidence.heading)?.textContent) : '';
  return {
    root,
    section: {
      system,
      observable: true,
      count: comments.length,
      displayedCount: displayedCount(ctx, root),
      comments,
      login: loginPolicy(ctx, reader, root, formOf),
      closed: (COMMENTS_CLOSED.test(sectionText(root)) || !!within(ctx, root, CLOSED_MARK).length) && !(reader.form && $1(ctx, reader.form)),
      evidence: evidenceOf(root, reader.evidence.source, heading || reader.evidence.label),
    },
  };
}

/** A count shown beside an icon ("7 responses"), the comments themselves loaded by script. */
function count(ctx: GatherContext, system: CommentSystemId, counter: Counter): CommentSection | null {
  for (const icon of $$(ctx, counter.mark).slice(0, 6)) {
    const holder = icon.closest(counter.holder)?.parentElement;
    const m = COMMENT_COUNT.exec(clip(holder?.textContent, 200));
    if (!holder || !m?.[1] || !Number(m[1])) continue;
    return { system, observable: false, count: null, displayedCount: Number(m[1]), comments: [], login: counter.login, closed: false, evidence: evidenceOf(holder, counter.source, m[0]) };
  }
  return null;
}

export function gatherComments(ctx: GatherContext, ownerNames: Set<string>): CommentSection[] {
  const sections: CommentSection[] = [];
  let native: { section: CommentSection; root: Element; reader: Reader } | null = null;
  for (const [system, record] of SYSTEMS) {
    if (sections.length) break;
    if (record.kind === 'counter') {
      const section = count(ctx, system, record);
      if (section) sections.push(section);
    } else if (record.kind === 'reader' && !record.fallback) {
      const found = read(ctx, system, record, ownerNames);
      if (found) sections.push(found.section);
      if (found) native = { ...found, reader: record };
    }
  }

  const scripts = $$(ctx, SCRIPTS).map((s) => s.getAttribute('src') ?? '');
  const inline = inlineScriptText(ctx);
  const hosts: Element[] = [];
  const anyContainer = $1(ctx, EMBED_DOM);
  for (const [system, embed] of EMBEDS) {
    const el = anyContainer ? (embed.dom.map((d) => $1(ctx, d)).find(Boolean) ?? null) : null;
    const scriptHit = embed.script.find((p) => scripts.some((s) => s.includes(p)) || inline.includes(p));
    if (!el && !scriptHit) continue;
    if (!el && embed.dom.length && !embed.scriptAlone) continue;
    // Made up from what was found, so not one of the pass's selectors: queried (rare: a script hit).
    const holder = el ?? first(ctx.doc, `script[src*="${scriptHit?.replace(/"/g, '') ?? ''}"]`);
    if (el) hosts.push(el);
    sections.push({
      system,
      observable: false,
      count: null,
      displayedCount: null,
      comments: [],
      login: embed.login,
      closed: false,
      evidence: evidenceOf(holder, system, `${system}${scriptHit ? ` (${scriptHit})` : ''}`),
    });
  }
  // A theme's comment area that only hosts an embed (news sites on WordPress VIP embedding
  // Viafoura or Disqus in #comments): no comments, no form of its own — the embed is the section.
  if (native?.reader.form && !native.section.count && !$1(ctx, native.reader.form) && hosts.some((h) => native.root.contains(h))) sections.shift();

  if (!sections.length) {
    for (const [system, record] of SYSTEMS) {
      const found = record.kind === 'reader' && record.fallback ? read(ctx, system, record, ownerNames) : null;
      if (found) {
        sections.push(found.section);
        break;
      }
    }
  }
  return sections.slice(0, 10);
}
