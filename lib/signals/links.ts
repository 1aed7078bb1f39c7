import { FEED_PATH, FEED_TYPES, SHARE_LINK, SOCIAL_HOSTS } from '../patterns/channels';
import { PAGE_LINKS } from '../patterns/phrases';
import { $$, expired, IN_COMMENTS, type GatherContext } from './context';
import { clip, evidenceOf, hrefOf, urlOf } from './dom';
import { area, linkIn, registeredAs } from './scan';
import { isType, ldList, ORGANISATION_TYPES } from './structured-data';
import { urlOf as addressOf } from '../profiles/url';
import type { Finding, PageLink } from '../contracts/page';

// One pass over the page's links, sorting each into what the factors need: pages that tell
// who the site is, social profiles, feeds, and links from the main content to other sites.

export interface Links {
  pages: PageLink[];
  socialProfiles: Finding[];
  feeds: Finding[];
  sources: { count: number; examples: Finding[] };
}

const MAX_LINKS = 20_000;
/** What every path FEED_PATH takes holds (a relative link may take it from the page's address). */
const FEED_WORD = /feed|rss|atom|index\.xml/i;
/** A path the URL parser leaves as written (no dot segments, escapes, query or fragment): `origin + path` is its href. */
const PLAIN_PATH = /^\/(?!\/)[\w\-.~!$&'()*+,;=:@/]*$/;
const FEED_LINKS = registeredAs('link[rel~="alternate"][href]');
// Links in comments (context.ts), and in share bars and the page's chrome: told by the one pass for every link.
const IN_CHROME = area('.sharedaddy, .share, .social, nav, aside, footer');

function isSocial(host: string): boolean {
  return SOCIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** A found value's longest form (Finding.value in lib/contracts): a longer URL is tracking noise, not a source or a channel. */
const MAX_VALUE = 500;

export function gatherLinks(ctx: GatherContext): Links {
  const pages: PageLink[] = [];
  const seenPage = new Set<string>();
  const social: Finding[] = [];
  const seenSocial = new Set<string>();
  const feeds: Finding[] = [];
  const seenFeed = new Set<string>();
  const sources: Finding[] = [];
  let sourceCount = 0;
  const seenSource = new Set<string>();

  for (const el of $$(ctx, FEED_LINKS)) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const url = hrefOf(el, ctx.url);
    if (url && url.length <= MAX_VALUE && FEED_TYPES.includes(type) && !/\/comments\/|comments\/feed/i.test(url) && !seenFeed.has(url) && feeds.length < 20) {
      seenFeed.add(url);
      feeds.push({ value: url, evidence: evidenceOf(el, 'link', el.getAttribute('title') ?? url) });
    }
  }

  const anchors = ctx.scan.links;
  const feedWords = FEED_WORD.test(ctx.url);
  const base = addressOf(ctx.url);
  const origin = base && !base.username && !base.password ? base.origin : null;
  const baseHost = base?.hostname ?? '';
  const n = Math.min(anchors.length, MAX_LINKS);
  for (let i = 0; i < n; i++) {
    if ((i & 255) === 255 && expired(ctx)) break;
    const a = anchors[i]!;
    const inComments = linkIn(ctx.scan, i, IN_COMMENTS);
    // A link in the comments can only be a feed (pages, profiles and sources there are the
    // commenters'): without a feed's word in it or in the page's address, it is not parsed.
    const raw = a.getAttribute('href') ?? '';
    if (inComments && !feedWords && !FEED_WORD.test(raw)) continue;
    // One parse per link: href, host and path all come from it (a plain path on this site needs none).
    const parsed = origin && PLAIN_PATH.test(raw) && !raw.includes('/.') ? { href: origin + raw, hostname: baseHost, pathname: raw } : urlOf(a, ctx.url);
    if (!parsed) continue;
    const url = parsed.href;
    const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
    const label = clip(a.textContent || a.getAttribute('aria-label') || a.getAttribute('title'), 80);
    const sameSite = host === ctx.host || host.endsWith(`.${ctx.host}`) || ctx.host.endsWith(`.${host}`);

    // The same site under another country domain (Blogger's blog.blogspot.de for .com) counts as the same site.
    const sameName = sameSite || host.replace(/\.[a-z]+$/, '') === ctx.host.replace(/\.[a-z]+$/, '');
    // Links to the publisher's own pages often live on a sister host (company.example for
    // blog.example, a help desk): a contact or about label counts on any host.
    const path = parsed.pathname;
    // "About …" inside an article is prose ("about the study"), not the site's About page.
    const outsideMain = ctx.main === ctx.doc.body || !ctx.main.contains(a);
    if (!isSocial(host) && label.length < 40 && !inComments) {
      for (const kind of ['contact', 'impressum', 'about', 'privacy'] as const) {
        const rule = PAGE_LINKS[kind];
        if ((kind !== 'about' || outsideMain) && (rule.text.test(label) || ((sameName || !ctx.host) && rule.path.test(path)))) {
          const key = `${kind} ${url}`;
          if (!seenPage.has(key) && pages.length < 50 && url.length <= MAX_VALUE) {
            seenPage.add(key);
            pages.push({ kind, url, evidence: evidenceOf(a, 'link', label || url) });
          }
          break;
        }
      }
    }
    if (sameSite || !ctx.host) {
      if (FEED_PATH.test(path) && !/comments/i.test(path) && url.length <= MAX_VALUE && !seenFeed.has(url) && feeds.length < 20) {
        seenFeed.add(url);
        feeds.push({ value: url, evidence: evidenceOf(a, 'link', label || url) });
      }
      continue;
    }

    if (isSocial(host)) {
      if (SHARE_LINK.test(url) || inComments) continue;
      const key = url.replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
      if (!seenSocial.has(key) && social.length < 50 && url.length <= MAX_VALUE) {
        seenSocial.add(key);
        social.push({ value: url, evidence: evidenceOf(a, 'link', label || url) });
      }
      continue;
    }

    // A source: a link out of the main content to another site.
    if (ctx.main.contains(a) && !inComments && !linkIn(ctx.scan, i, IN_CHROME)) {
      if (seenSource.has(url)) continue;
      seenSource.add(url);
      sourceCount++;
      if (sources.length < 5 && url.length <= MAX_VALUE) sources.push({ value: url, evidence: evidenceOf(a, 'link', label || url) });
    }
  }

  // The organisation's own list of its profiles: JSON-LD `sameAs` (FACTORS.md "A company").
  for (const { node, script } of ctx.ld) {
    if (!isType(node, ...ORGANISATION_TYPES)) continue;
    for (const value of ldList(node['sameAs'])) {
      const u = typeof value === 'string' ? addressOf(value, ctx.url) : null;
      if (!u || !isSocial(u.hostname.toLowerCase()) || SHARE_LINK.test(u.href)) continue;
      const key = u.href.replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
      if (seenSocial.has(key) || social.length >= 50 || u.href.length > MAX_VALUE) continue;
      seenSocial.add(key);
      social.push({ value: u.href, evidence: evidenceOf(script, 'json-ld', `sameAs: ${u.href}`) });
    }
  }

  return { pages, socialProfiles: social, feeds, sources: { count: sourceCount, examples: sources } };
}
