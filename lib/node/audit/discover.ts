/**
 * Which pages of a company's site the audit reads besides its start page: posts first. Pure
 * functions over what the crawler found (feed items, sitemap entries, the start page's links);
 * the fetching is the crawler's (lib/node/audit/crawl.ts).
 */

/** Links of a feed's items: RSS `<item><link>`, Atom `<entry><link rel="alternate" href>`. */
export function feedItemLinks(xml: string, base: string): string[] {
  const out: string[] = [];
  const decode = (s: string) =>
    s
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&amp;/g, '&')
      .trim();
  for (const item of xml.matchAll(/<(item|entry)\b[\s\S]*?<\/\1>/gi)) {
    const body = item[0];
    let href: string | null = null;
    if (item[1]!.toLowerCase() === 'item') {
      href = /<link\b[^>]*>([\s\S]*?)<\/link>/i.exec(body)?.[1] ?? null;
    } else {
      const links = [...body.matchAll(/<link\b([^>]*)\/?>/gi)].map((m) => m[1]!);
      const pick = links.find((a) => !/\brel=/i.test(a) || /\brel=["']alternate["']/i.test(a));
      href = pick ? (/\bhref=["']([^"']+)["']/i.exec(pick)?.[1] ?? null) : null;
    }
    if (!href) continue;
    try {
      out.push(new URL(decode(href), base).href);
    } catch {
      /* not a URL: skip */
    }
  }
  return out;
}

/** Paths that are no pages to read: assets, feeds, admin and account pages, search. */
const NOT_A_PAGE = /\.(?:css|js|mjs|json|xml|rss|atom|txt|ico|png|jpe?g|gif|webp|avif|svg|woff2?|ttf|mp[34]|zip|gz)$|\/(?:feed|wp-admin|wp-login\.php|wp-json|login|logout|cart|checkout|search)(?:\/|$)/i;

/**
 * How much a URL looks like a post (higher first): a date in the path, a blog-like folder, a
 * slug with several words. A section front, tag or page number scores lower.
 */
export function postLikeness(url: URL): number {
  const path = url.pathname.toLowerCase();
  let score = 0;
  if (/\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\//.test(path)) score += 3;
  // A blog-like folder with something in it (the folder's own front page is no post).
  if (/\/(?:blog|blogg|post|posts|news|nyheter|artikler?|articles?|innlegg|stories|insights)\/[^/]+/.test(path)) score += 2;
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  if (/^[a-z0-9æøåäöü]+(?:-[a-z0-9æøåäöü]+){2,}(?:\.html?)?$/.test(last)) score += 2;
  if (/\/(?:tag|tags|category|categories|kategori|author|page|side)\//.test(path) || url.search) score -= 2;
  return score;
}

export interface PlanInput {
  /** Where the start page was read (after redirects): its origin is the site's. */
  startUrl: string;
  /** The URL the list gave (an http → https redirect keeps the list's origin too). */
  listedUrl: string;
  feedLinks: readonly string[];
  sitemapLinks: readonly string[];
  pageLinks: readonly string[];
  /** The robots.txt verdict for a URL (true: may be read). */
  allowed: (url: string) => boolean;
  /** How many pages besides the start page. */
  max: number;
}

export interface Plan {
  urls: string[];
  /** Candidates left out because robots.txt disallows them. */
  robotsSkipped: number;
}

/**
 * Up to `max` same-origin pages: the feed's items in the feed's order (they are posts, newest
 * first), then sitemap entries and the start page's links, each by how much they look like a post
 * (ties keep their order). Never the start page again, never a page twice, never one robots.txt
 * disallows.
 */
export function planPages(input: PlanInput): Plan {
  const origins = new Set([new URL(input.startUrl).origin, new URL(input.listedUrl).origin]);
  const seen = new Set([strip(input.startUrl), strip(input.listedUrl)]);
  const urls: string[] = [];
  let robotsSkipped = 0;
  const candidates = (links: readonly string[]) => {
    const out: URL[] = [];
    for (const raw of links) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        continue;
      }
      url.hash = '';
      if (!origins.has(url.origin) || NOT_A_PAGE.test(url.pathname)) continue;
      out.push(url);
    }
    return out;
  };
  const byPostLikeness = (list: URL[]) =>
    list
      .map((url, i) => ({ url, i, score: postLikeness(url) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map((x) => x.url);
  const take = (list: URL[]) => {
    for (const url of list) {
      if (urls.length >= input.max) return;
      const key = strip(url.href);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!input.allowed(url.href)) {
        robotsSkipped++;
        continue;
      }
      urls.push(url.href);
    }
  };
  take(candidates(input.feedLinks));
  take(byPostLikeness([...candidates(input.sitemapLinks), ...candidates(input.pageLinks)]));
  return { urls, robotsSkipped };
}

/** The same page however it is written: no fragment, no trailing slash. */
function strip(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/+$/, '');
}
