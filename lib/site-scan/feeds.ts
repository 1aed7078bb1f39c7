import { list, text as textOf, z } from '../schema-kit';
import { parseDate } from '../signals/date-text';

// Parsers for the platform feeds a site-level check reads. Every body is untrusted: it is
// size-limited before it gets here, parsed with zod, and anything that does not fit is
// "couldn't read" — it never throws and never changes anything else.

/** A post or comment in the shapes the measures need. */
export interface FeedPost {
  id: string;
  published: string;
  author: string | null;
}

export interface FeedComment {
  id: string;
  postId: string | null;
  parentId: string | null;
  published: string;
  author: string | null;
  /** True when the author is known to be the blog owner or the post's author. */
  byOwner: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const text = textOf(2000);
const tString = z.partial(z.object({ $t: text }));

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
  } catch {
    return undefined;
  }
}

const iso = (value: string | null | undefined): string | null => {
  const parsed = parseDate(value ?? null);
  if (!parsed) return null;
  return parsed.length === 10 ? `${parsed}T00:00:00Z` : new Date(parsed).toISOString();
};

// ---- Blogger: /feeds/posts/default?alt=json and /feeds/comments/default?alt=json ----------------

const BloggerAuthor = z.partial(z.object({ name: tString, uri: tString }));
const BloggerLink = z.partial(z.object({ rel: text, href: text }));
const BloggerEntry = z.partial(
  z.object({
    id: tString,
    published: tString,
    author: list(BloggerAuthor, 10),
    link: list(BloggerLink, 30),
    'thr$in-reply-to': z.partial(z.object({ ref: text, href: text })),
  }),
);
const BloggerFeed = z.object({ feed: z.partial(z.object({ entry: list(BloggerEntry, 1000) })) });

const authorKey = (a: z.infer<typeof BloggerAuthor> | undefined) => (a?.uri?.$t || a?.name?.$t || '').trim().toLowerCase() || null;
/** "tag:blogger.com,1999:blog-123.post-456" → "456". */
const bloggerId = (tag: string | undefined) => /(?:post|comment)-(\d+)$/.exec(tag ?? '')?.[1] ?? null;

export function parseBloggerPosts(body: string): Parsed<FeedPost[]> {
  const parsed = BloggerFeed.safeParse(safeJson(body));
  if (!parsed.success) return { ok: false, problem: 'not a Blogger feed' };
  const posts: FeedPost[] = [];
  for (const e of parsed.data.feed.entry ?? []) {
    const published = iso(e.published?.$t);
    const id = bloggerId(e.id?.$t);
    if (published && id) posts.push({ id, published, author: authorKey(e.author?.[0]) });
  }
  return { ok: true, value: posts };
}

/**
 * Blogger's comment feed: a reply names its parent in a `related` link
 * (…/comments/default/<parentId>); the post is in thr$in-reply-to. Owners are recognised by
 * the profile they post from: the same as a post author's in the posts feed.
 */
export function parseBloggerComments(body: string, postAuthors: ReadonlySet<string>): Parsed<FeedComment[]> {
  const parsed = BloggerFeed.safeParse(safeJson(body));
  if (!parsed.success) return { ok: false, problem: 'not a Blogger feed' };
  const comments: FeedComment[] = [];
  for (const e of parsed.data.feed.entry ?? []) {
    const published = iso(e.published?.$t);
    const id = bloggerId(e.id?.$t);
    if (!published || !id) continue;
    const related = e.link?.find((l) => l.rel === 'related')?.href ?? '';
    const parentId = /\/comments\/default\/(\d+)$/.exec(related)?.[1] ?? null;
    const postId = /post-(\d+)$/.exec(e['thr$in-reply-to']?.ref ?? '')?.[1] ?? /\/(\d+)\/comments\//.exec(related)?.[1] ?? null;
    const author = authorKey(e.author?.[0]);
    comments.push({ id, postId, parentId, published, author, byOwner: !!author && postAuthors.has(author) });
  }
  return { ok: true, value: comments };
}

// ---- WordPress REST: /wp-json/wp/v2/posts and /wp-json/wp/v2/comments ----------------------------

const WpPost = z.object({ id: z.int(), date_gmt: text, author: z.optional(z.int()) });
const WpComment = z.object({
  id: z.int(),
  post: z.int(),
  parent: z.int(),
  author: z.int(),
  author_name: z.optional(text),
  date_gmt: text,
});

const gmt = (value: string) => iso(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);

export function parseWordPressPosts(body: string): Parsed<(FeedPost & { authorId: number | null })[]> {
  const parsed = list(WpPost, 1000).safeParse(safeJson(body));
  if (!parsed.success) return { ok: false, problem: 'not a WordPress posts list' };
  const posts = parsed.data.flatMap((p) => {
    const published = gmt(p.date_gmt);
    return published ? [{ id: String(p.id), published, author: p.author !== undefined ? String(p.author) : null, authorId: p.author ?? null }] : [];
  });
  return { ok: true, value: posts };
}

/** A WordPress comment is the owner's when a registered user (author ≠ 0) wrote it who also writes posts. */
export function parseWordPressComments(body: string, postAuthorIds: ReadonlySet<number>): Parsed<FeedComment[]> {
  const parsed = list(WpComment, 1000).safeParse(safeJson(body));
  if (!parsed.success) return { ok: false, problem: 'not a WordPress comments list' };
  const comments = parsed.data.flatMap((c) => {
    const published = gmt(c.date_gmt);
    if (!published) return [];
    return [{ id: String(c.id), postId: String(c.post), parentId: c.parent ? String(c.parent) : null, published, author: c.author_name?.slice(0, 120) ?? null, byOwner: c.author !== 0 && postAuthorIds.has(c.author) }];
  });
  return { ok: true, value: comments };
}

// ---- RSS and Atom -------------------------------------------------------------------------------

const ITEM_DATE = /<(pubDate|published|updated|dc:date)>\s*([^<]{4,60}?)\s*<\/\1>/gi;

/** Dates of the items in an RSS or Atom feed (the feed's own header date is skipped). */
export function parseFeedDates(body: string): Parsed<string[]> {
  if (!/<(rss|feed|rdf:RDF)[\s>]/i.test(body.slice(0, 2000))) return { ok: false, problem: 'not an RSS or Atom feed' };
  const start = body.search(/<(item|entry)[\s>]/i);
  if (start < 0) return { ok: true, value: [] };
  const dates: string[] = [];
  for (const m of body.slice(start).matchAll(ITEM_DATE)) {
    const value = iso(m[2]!.replace(/^\w{3},\s*/, ''));
    if (value) dates.push(value);
    if (dates.length >= 1000) break;
  }
  return { ok: true, value: dates };
}
