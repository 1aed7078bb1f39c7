import {
  BLOGGER_BACKLINKS,
  BLOGGER_COMMENT,
  BLOGGER_FORM,
  BLOGGER_SECTION,
  GENERIC_COMMENT,
  GENERIC_SECTION,
  MEDIUM_RESPONSES,
  SUBSTACK_COMMENT,
  SUBSTACK_PAGE,
  SUBSTACK_SECTION,
  THIRD_PARTY_SYSTEMS,
  WORDPRESS_COMMENT,
  WORDPRESS_FORM,
  WORDPRESS_MARKS,
  WORDPRESS_SECTION,
  WPDISCUZ_COMMENT,
  WPDISCUZ_SECTION,
  XENFORO_COMMENT,
  XENFORO_SECTION,
} from '../patterns/comment-systems';
import { COMMENT_COUNT, COMMENTS_CLOSED, LOGIN_REQUIRED, NO_COMMENTS } from '../patterns/phrases';
import type { GatherContext } from './context';
import { all, clip, evidenceOf, first } from './dom';
import { parseDate, parseEpochMillis } from './date-text';
import type { Comment, CommentSection, LoginPolicy } from '../contracts/page';

// Comment sections: which system, whether its contents can be read, the comments themselves
// (author, owner or not, time, what they answer), who may comment and whether it is closed.

const MAX_COMMENTS = 500;
const THIRD_PARTY_DOM = THIRD_PARTY_SYSTEMS.flatMap((system) => system.dom).join(', ');
const MAX_INLINE_SCRIPT = 200_000;

function inlineScriptText(doc: Document): string {
  let text = '';
  for (const s of all(doc, 'script:not([src])')) {
    const t = s.textContent ?? '';
    if (t.length < 20_000) text += `${t}\n`;
    if (text.length > MAX_INLINE_SCRIPT) break;
  }
  return text;
}

function isBloggerPage(doc: Document): boolean {
  return !!first(doc, 'meta[name="generator"][content="Blogger" i], meta[content*="blogger" i][name="generator"], #Blog1, .blog-posts, link[href*="blogger.com/"], script[src*="blogger.com/"]');
}

/** The comment that owns an element: its nearest comment ancestor. */
const ownerComment = (el: Element, itemSelector: string) => el.closest(itemSelector);

function ownText(item: Element, selector: string, itemSelector: string): Element | null {
  for (const el of all(item, selector)) if (ownerComment(el, itemSelector) === item) return el;
  return null;
}

function readComments(
  items: Element[],
  itemSelector: string,
  read: (item: Element) => { author: string | null; byOwner: boolean; time: string | null },
  ownerNames: Set<string>,
): Comment[] {
  const index = new Map<Element, number>();
  const out: Comment[] = [];
  for (const item of items.slice(0, MAX_COMMENTS)) {
    const { author, byOwner, time } = read(item);
    const parent = item.parentElement?.closest(itemSelector);
    const replyTo = parent ? (index.get(parent) ?? null) : null;
    index.set(item, out.length);
    out.push({
      author: author ? clip(author, 120) : null,
      byOwner: byOwner || (!!author && ownerNames.has(author.toLowerCase())),
      time,
      replyTo,
      evidence: evidenceOf(item, 'comment', `${author ?? '?'}${time ? ` · ${time.slice(0, 16)}` : ''}`),
    });
  }
  return out;
}

function displayedCount(section: Element): number | null {
  for (const el of all(section, 'h2, h3, h4, .comments-title, .comment-count, .comments-count, #comments-title, [class*="comments-total"]')) {
    const text = clip(el.textContent, 120);
    if (NO_COMMENTS.test(text)) return 0;
    const m = COMMENT_COUNT.exec(text);
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

function sectionText(section: Element): string {
  return (section.textContent ?? '').slice(0, 50_000);
}

// A form to comment with: one with a textarea named or labelled for comments, or any form with a
// textarea inside the comment section.
const COMMENT_TEXTAREA = 'textarea[name*="comment" i], textarea[id*="comment" i], textarea[name="post"], textarea[name="message"], textarea[name="text"]';
function commentForm(doc: Document, section: Element): Element | null {
  const inSection = section.querySelector('form textarea')?.closest('form') ?? (section.matches('form') && section.querySelector('textarea') ? section : null);
  return inSection ?? first(doc, COMMENT_TEXTAREA)?.closest('form') ?? null;
}

/**
 * Who may comment, told by markup and phrases: a login phrase in the section or anywhere in the
 * page's text ("You must be logged in to post a comment", "Logg inn for å kommentere"), a
 * password field in the comment form → required; a form asking for name or e-mail and no
 * password (WordPress, Contao, most home-made forms) → anyone may comment.
 */
function loginPolicy(ctx: GatherContext, section: Element, form: Element | null = commentForm(ctx.doc, section)): LoginPolicy {
  if (LOGIN_REQUIRED.test(sectionText(section))) return 'required';
  if (form?.querySelector('input[type="password"]')) return 'required';
  const anonymous = form?.querySelector('input[name="author"], input[name*="name" i]:not([type="hidden"]), input[type="email"], input[name*="mail" i]:not([type="hidden"])');
  if (anonymous) return 'not-required';
  return LOGIN_REQUIRED.test(ctx.text.text) ? 'required' : 'unknown';
}

function wordpressLogin(ctx: GatherContext, section: Element): LoginPolicy {
  if (first(ctx.doc, 'p.must-log-in, .must-log-in')) return 'required';
  return loginPolicy(ctx, section, first(ctx.doc, WORDPRESS_FORM) ?? commentForm(ctx.doc, section));
}

export function gatherComments(ctx: GatherContext, ownerNames: Set<string>): CommentSection[] {
  const { doc } = ctx;
  const sections: CommentSection[] = [];
  const scripts = all(doc, 'script[src]').map((s) => s.getAttribute('src') ?? '');
  const inline = inlineScriptText(doc);
  let wpSection: Element | null = null;
  const closedIn = (el: Element) => COMMENTS_CLOSED.test(sectionText(el)) || !!el.querySelector('.comments-closed, p.nocomments, .no-comments-allowed');

  if (isBloggerPage(doc)) {
    const section = first(doc, BLOGGER_SECTION);
    const root = section ? (section.closest('.comments, #comments') ?? section) : null;
    // A #comments block holding only "Links to this post" (backlinks) is no place to comment.
    const backlinksOnly = (el: Element) =>
      !el.querySelector(BLOGGER_FORM) && !BLOGGER_COMMENT.some((sel) => el.querySelector(sel)) &&
      (el.textContent ?? '').trim().length - all(el, BLOGGER_BACKLINKS).reduce((n, b) => n + (b.textContent ?? '').trim().length, 0) < 10;
    if (root && !backlinksOnly(root)) {
      // Templates differ: threaded (li.comment), classic (dt.comment-author), or bare blocks.
      const itemSelector = BLOGGER_COMMENT.find((sel) => first(doc, sel)) ?? BLOGGER_COMMENT[0]!;
      const items = all(doc, itemSelector);
      const comments = readComments(
        items,
        itemSelector,
        (item) => {
          // Replies nest inside their parent's item: read only the item's own parts.
          const authorEl = ownText(item, 'cite.user, .comment-header .user, .profile-name-link', itemSelector) ?? (item.matches('dt') ? item : null);
          const link =
            ownText(item, 'a[href*="showComment="]', itemSelector) ??
            item.nextElementSibling?.nextElementSibling?.querySelector('a[href*="showComment="]');
          const millis = /showComment=(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
          return {
            author: clip(authorEl?.textContent?.replace(/\s*(?:sa|said|skrev|hat gesagt|meinte)…?:?\s*$/i, ''), 120) || null,
            byOwner: !!ownText(item, '.blog-author', itemSelector) || item.classList.contains('blog-author'),
            time: parseEpochMillis(millis) ?? parseDate(link?.textContent),
          };
        },
        ownerNames,
      );
      const shown = displayedCount(root);
      sections.push({
        system: 'blogger',
        observable: true,
        count: comments.length,
        displayedCount: shown,
        comments,
        // The Blogger comment form is an iframe whose policy (anonymous or Google account) is a blog setting.
        login: LOGIN_REQUIRED.test(sectionText(root)) ? 'required' : 'unknown',
        closed: closedIn(root),
        evidence: evidenceOf(root, 'blogger', clip(root.querySelector('h4, h3, h2')?.textContent) || 'Blogger comments'),
      });
    }
  }

  const wpdiscuz = first(doc, WPDISCUZ_SECTION);
  if (wpdiscuz) {
    const items = all(doc, WPDISCUZ_COMMENT);
    const comments = readComments(
      items,
      WPDISCUZ_COMMENT,
      (item) => ({
        author: clip(ownText(item, '.wpd-comment-author', WPDISCUZ_COMMENT)?.textContent, 120) || null,
        byOwner: !!ownText(item, '.wpd-blog-post_author, .wpd-blog-author', WPDISCUZ_COMMENT),
        time: parseDate(ownText(item, '.wpd-comment-date', WPDISCUZ_COMMENT)?.getAttribute('title') ?? ownText(item, '.wpd-comment-date', WPDISCUZ_COMMENT)?.textContent),
      }),
      ownerNames,
    );
    sections.push({
      system: 'wpdiscuz',
      observable: true,
      count: comments.length,
      displayedCount: displayedCount(wpdiscuz),
      comments,
      login: LOGIN_REQUIRED.test(sectionText(wpdiscuz)) ? 'required' : wpdiscuz.querySelector('input[name="wc_name"], .wc_name') ? 'not-required' : 'unknown',
      closed: closedIn(wpdiscuz),
      evidence: evidenceOf(wpdiscuz, 'wpdiscuz', 'wpDiscuz'),
    });
  } else if (!sections.length) {
    const wpMarks = first(doc, WORDPRESS_MARKS);
    if (wpMarks) {
      const section = wpMarks.closest('#comments, .comments-area, .comments') ?? first(doc, '#comments') ?? wpMarks;
      wpSection = section;
      // Not a form's own fields (li#comment-submit in hand-made comment forms).
      const items = all(doc, WORDPRESS_COMMENT).filter((el) => !el.closest('.widget, aside, #sidebar, form'));
      const comments = readComments(
        items,
        WORDPRESS_COMMENT,
        (item) => {
          // get_comment_author_link() prints a.url[rel="external nofollow"] when themes drop .fn.
          const authorEl = ownText(item, '.comment-author .fn, .comment-author cite, .comment-author, .fn, a.url[rel~="external"]', WORDPRESS_COMMENT);
          const timeEl = ownText(item, '.comment-metadata time[datetime], .comment-meta time[datetime], time[datetime]', WORDPRESS_COMMENT);
          const metaLink = ownText(item, '.comment-metadata a, .comment-meta a, .commentmetadata a', WORDPRESS_COMMENT);
          return {
            author: clip(authorEl?.textContent?.replace(/\s*(?:says|sier|sagt|schreibt|skriver):?\s*$/i, ''), 120) || null,
            byOwner: item.classList.contains('bypostauthor'),
            time: parseDate(timeEl?.getAttribute('datetime')) ?? parseDate(metaLink?.textContent),
          };
        },
        ownerNames,
      );
      sections.push({
        system: 'native-wordpress',
        observable: true,
        count: comments.length,
        displayedCount: displayedCount(section),
        comments,
        login: wordpressLogin(ctx, section),
        closed: closedIn(section) && !first(doc, WORDPRESS_FORM),
        evidence: evidenceOf(section, 'wordpress', clip(section.querySelector('h2, h3')?.textContent) || 'WordPress comments'),
      });
    }
  }

  // Substack: comments rendered in the post page; an account (a subscription) is needed to comment.
  const substack = !sections.length && first(doc, SUBSTACK_PAGE) ? first(doc, SUBSTACK_SECTION) : null;
  if (substack) {
    const items = all(doc, SUBSTACK_COMMENT);
    const comments = readComments(
      items,
      '.comment',
      (item) => ({
        author: clip(ownText(item, '.commenter-name', '.comment')?.textContent, 120) || null,
        byOwner: false,
        time: parseDate(ownText(item, '.comment-timestamp, time', '.comment')?.getAttribute('datetime') ?? ownText(item, '.comment-timestamp', '.comment')?.textContent),
      }),
      ownerNames,
    );
    sections.push({
      system: 'substack',
      observable: true,
      count: comments.length,
      displayedCount: displayedCount(substack),
      comments,
      login: 'required',
      closed: closedIn(substack),
      evidence: evidenceOf(substack, 'substack', 'Substack comments'),
    });
  }

  // XenForo: an article's forum thread shown under it; who may post is a forum setting.
  const xenforo = !sections.length ? first(doc, XENFORO_SECTION) : null;
  if (xenforo) {
    const comments = readComments(
      all(doc, XENFORO_COMMENT),
      XENFORO_COMMENT,
      (item) => ({
        author: clip(ownText(item, '.username, [class*="author"], [class*="username"]', XENFORO_COMMENT)?.textContent, 120) || null,
        byOwner: false,
        time: parseDate(ownText(item, 'time[datetime]', XENFORO_COMMENT)?.getAttribute('datetime') ?? ownText(item, 'time', XENFORO_COMMENT)?.textContent),
      }),
      ownerNames,
    );
    const root = xenforo.parentElement ?? xenforo;
    sections.push({
      system: 'xenforo-forum',
      observable: true,
      count: comments.length,
      displayedCount: displayedCount(root),
      comments,
      login: loginPolicy(ctx, root),
      closed: closedIn(root),
      evidence: evidenceOf(xenforo, 'xenforo', 'XenForo thread'),
    });
  }

  // Medium: a responses button with a count ("13 responses"); the responses load by script.
  if (!sections.length) {
    for (const icon of all(doc, MEDIUM_RESPONSES).slice(0, 6)) {
      const holder = icon.closest('button')?.parentElement;
      const m = COMMENT_COUNT.exec(clip(holder?.textContent, 200));
      if (!holder || !m?.[1] || !Number(m[1])) continue;
      sections.push({ system: 'medium-responses', observable: false, count: null, displayedCount: Number(m[1]), comments: [], login: 'unknown', closed: false, evidence: evidenceOf(holder, 'medium', m[0]) });
      break;
    }
  }

  const hosts: Element[] = [];
  // One query for every third-party container at once: most pages have none, and thirty
  // separate queries each scanned the whole document to say so.
  const anyContainer = first(doc, THIRD_PARTY_DOM);
  for (const system of THIRD_PARTY_SYSTEMS) {
    const el = anyContainer ? (system.dom.map((d) => first(doc, d)).find(Boolean) ?? null) : null;
    const scriptHit = system.script.find((p) => scripts.some((s) => s.includes(p)) || inline.includes(p));
    if (!el && !scriptHit) continue;
    // A script without its container (say, Disqus comment counts on a listing page) is not a section.
    if (!el && system.dom.length && !['isso', 'remark42', 'discourse', 'coral'].includes(system.id)) continue;
    const holder = el ?? first(doc, `script[src*="${scriptHit?.replace(/"/g, '') ?? ''}"]`);
    if (el) hosts.push(el);
    sections.push({
      system: system.id,
      observable: system.observable,
      count: null,
      displayedCount: null,
      comments: [],
      login: system.login,
      closed: false,
      evidence: evidenceOf(holder, system.id, `${system.id}${scriptHit ? ` (${scriptHit})` : ''}`),
    });
  }
  // A WordPress theme's #comments area that only hosts a third-party widget (news sites on
  // WordPress VIP embedding Viafoura or Disqus): no native comments, no native form — the widget
  // is the section.
  const native = sections[0];
  if (native?.system === 'native-wordpress' && !native.count && !first(doc, WORDPRESS_FORM) && hosts.some((h) => wpSection?.contains(h))) sections.shift();

  if (!sections.length) {
    const items = all(doc, GENERIC_COMMENT).filter((el) => !el.closest('nav, .widget, form'));
    // Without a container by name, repeated comment items make one (their parent).
    const section = first(doc, GENERIC_SECTION) ?? (items.length > 1 ? items[0]!.parentElement : null);
    const form = section ? commentForm(doc, section) : null;
    if (section && (items.length || form || /comment|kommentar|review|bewertung|meinung|respons/i.test(section.textContent?.slice(0, 2000) ?? ''))) {
      const comments = readComments(
        items,
        GENERIC_COMMENT,
        (item) => ({
          author: clip((item.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], .author, .comment-author, .username')?.textContent) ?? '', 120) || null,
          byOwner: /\b(?:bypostauthor|by-author|is-author|owner|staff|blog-author)\b/.test(item.className?.toString() ?? ''),
          time: parseDate(item.querySelector('time[datetime]')?.getAttribute('datetime') ?? item.querySelector('[itemprop="dateCreated"]')?.getAttribute('content') ?? item.querySelector('[itemprop="dateCreated"], time')?.textContent),
        }),
        ownerNames,
      );
      sections.push({
        system: 'generic',
        observable: true,
        count: comments.length,
        displayedCount: displayedCount(section),
        comments,
        login: loginPolicy(ctx, section, form),
        closed: closedIn(section),
        evidence: evidenceOf(section, 'markup', 'comments'),
      });
    }
  }
  return sections.slice(0, 10);
}
