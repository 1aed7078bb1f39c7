import type { PageSignals } from '../contracts/page';
import { SiteEvidence, SITE_LIMITS, type FetchedBody, type SiteSummary, type SourceKind } from '../contracts/site';
import { pathOf, siteOf } from '../site';
import { median } from '../util/stats';
import { DAY_MS, HOUR_MS } from '../util/time';
import { parseBloggerComments, parseBloggerPosts, parseFeedDates, parseWordPressComments, parseWordPressPosts, type FeedComment } from './feeds';

// Site-level evidence: what the rest of the site (its feeds, its contact and about pages) says
// about replies and history. Planned from the page's signals, fetched by the page itself
// (page-side.ts), and turned into measures here — pure, so tests need no browser.

export interface PlannedRequest {
  kind: SourceKind;
  url: string;
}

function sameOrigin(url: string, base: string): string | null {
  try {
    const u = new URL(url, base);
    return u.origin === new URL(base).origin ? u.href : null;
  } catch {
    return null;
  }
}

/** Which same-origin resources to read, most informative first, within the request limit. */
export function planSiteScan(signals: PageSignals): PlannedRequest[] {
  const base = signals.url;
  const plan: PlannedRequest[] = [];
  const add = (kind: SourceKind, url: string | null) => {
    const absolute = url && sameOrigin(url, base);
    if (absolute && !plan.some((p) => p.url === absolute) && plan.length < SITE_LIMITS.maxRequests) plan.push({ kind, url: absolute });
  };
  if (signals.platform.name === 'blogger') {
    add('blogger-posts', '/feeds/posts/default?alt=json&max-results=150');
    add('blogger-comments', '/feeds/comments/default?alt=json&max-results=200');
  } else if (signals.platform.name === 'wordpress') {
    const root = (signals.platform.apiRoot && sameOrigin(signals.platform.apiRoot, base)) || new URL('/wp-json/', base).href;
    add('wp-posts', `${root.replace(/\/$/, '')}/wp/v2/posts?per_page=100&_fields=id,date_gmt,author`);
    add('wp-comments', `${root.replace(/\/$/, '')}/wp/v2/comments?per_page=100&_fields=id,post,parent,author,author_name,date_gmt`);
  } else {
    const feed = signals.engagement.feeds.find((f) => sameOrigin(f.value, base));
    if (feed) add('feed', feed.value);
  }
  for (const kind of ['contact', 'about', 'privacy'] as const) {
    const page = signals.contact.pages.find((p) => (p.kind === kind || (kind === 'contact' && p.kind === 'impressum')) && sameOrigin(p.url, base) && p.url.split('#')[0] !== base.split('#')[0]);
    if (page) add(kind, page.url);
  }
  return plan;
}


export interface ReplyMeasures {
  readerComments: number;
  answered: number;
  share: number | null;
  medianHours: number | null;
}

/** Across the blog: how many reader comments got an owner reply, and how fast the first one came. */
export function measureReplies(comments: readonly FeedComment[]): ReplyMeasures {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const readers = comments.filter((c) => !c.byOwner);
  const firstReply = new Map<string, number>();
  for (const c of comments) {
    if (!c.byOwner || !c.parentId) continue;
    const parent = byId.get(c.parentId);
    if (!parent || parent.byOwner) continue;
    const hours = (Date.parse(c.published) - Date.parse(parent.published)) / HOUR_MS;
    if (hours < 0 || Number.isNaN(hours)) continue;
    const best = firstReply.get(parent.id);
    if (best === undefined || hours < best) firstReply.set(parent.id, hours);
  }
  const delays = [...firstReply.values()];
  const hours = median(delays);
  return {
    readerComments: readers.length,
    answered: firstReply.size,
    share: readers.length ? firstReply.size / readers.length : null,
    medianHours: hours === null ? null : Math.round(hours * 10) / 10,
  };
}

/**
 * First dated activity (posts or comments), the newest post (readers' comments don't make a site
 * recent), and how many of the last 24 months had a post.
 */
export function measureActivity(postDates: readonly string[], commentDates: readonly string[], now: Date): { first: string | null; last: string | null; activeMonths24: number; dated: number } {
  const limit = now.getTime() + DAY_MS;
  const all = [...postDates, ...commentDates].map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t) && t <= limit);
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - 24);
  const months = new Set(
    postDates
      .map((d) => Date.parse(d))
      .filter((t) => !Number.isNaN(t) && t <= limit && t >= since.getTime())
      .map((t) => new Date(t).toISOString().slice(0, 7)),
  );
  const posts = postDates.map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t) && t <= limit);
  return {
    first: all.length ? new Date(Math.min(...all)).toISOString() : null,
    last: posts.length ? new Date(Math.max(...posts)).toISOString() : null,
    activeMonths24: Math.min(25, months.size),
    dated: all.length,
  };
}


/** Turn fetched bodies into site-level evidence. Never throws: a body it can't read is reported as such. */
export function buildSiteEvidence(signals: PageSignals, plan: readonly PlannedRequest[], bodies: readonly FetchedBody[], now: Date): SiteEvidence {
  const site = siteOf(signals.url) ?? '';
  const sources: SiteEvidence['sources'] = [];
  const bodyOf = new Map(bodies.map((b) => [b.url, b]));
  const postDates: string[] = [];
  const commentDates: string[] = [];
  let comments: FeedComment[] | null = null;
  const contact: SiteEvidence['contact'] = { emails: [], phones: [], addresses: [], organisation: [] };
  let timedOut = false;
  let cancelled = false;
  let repliesSource: string | null = null;

  const jsonOf = (kind: SourceKind) => {
    const req = plan.find((p) => p.kind === kind);
    const body = req ? bodyOf.get(req.url) : undefined;
    return body && !body.error && body.status >= 200 && body.status < 300 && !body.truncated ? body : null;
  };
  const report = (req: PlannedRequest, ok: boolean, problem: string | null) => sources.push({ kind: req.kind, url: req.url, ok, problem });

  // Post authors first: they tell which commenters are the owner.
  const postAuthors = new Set<string>();
  const postAuthorIds = new Set<number>();
  for (const req of plan) {
    const body = bodyOf.get(req.url);
    if (!body) {
      report(req, false, 'not fetched');
      continue;
    }
    if (body.error === 'timeout') timedOut = true;
    if (body.error === 'cancelled') cancelled = true;
    if (body.error || body.status < 200 || body.status >= 300) {
      report(req, false, body.error ?? `HTTP ${body.status}`);
      continue;
    }
    if (body.truncated) {
      report(req, false, 'too large');
      continue;
    }
    if (req.kind === 'blogger-comments' || req.kind === 'wp-comments') {
      report(req, true, null); // read below, once the post authors are known
    } else if (req.kind === 'blogger-posts') {
      const parsed = parseBloggerPosts(body.text);
      report(req, parsed.ok, parsed.ok ? null : parsed.problem);
      if (parsed.ok) for (const p of parsed.value) (postDates.push(p.published), p.author && postAuthors.add(p.author));
    } else if (req.kind === 'wp-posts') {
      const parsed = parseWordPressPosts(body.text);
      report(req, parsed.ok, parsed.ok ? null : parsed.problem);
      if (parsed.ok) for (const p of parsed.value) (postDates.push(p.published), p.authorId !== null && postAuthorIds.add(p.authorId));
    } else if (req.kind === 'feed') {
      const parsed = parseFeedDates(body.text);
      report(req, parsed.ok, parsed.ok ? null : parsed.problem);
      if (parsed.ok) postDates.push(...parsed.value);
    } else if (req.kind === 'contact' || req.kind === 'about' || req.kind === 'privacy') {
      const found = body.contact;
      if (!found) {
        report(req, false, 'not an HTML page');
        continue;
      }
      contact.emails.push(...found.emails);
      contact.phones.push(...found.phones);
      contact.addresses.push(...found.addresses);
      contact.organisation.push(...found.organisation);
      report(req, true, null);
    }
  }
  for (const req of plan) {
    if (req.kind !== 'blogger-comments' && req.kind !== 'wp-comments') continue;
    const body = jsonOf(req.kind);
    if (!body) continue; // already reported above
    const parsed = req.kind === 'blogger-comments' ? parseBloggerComments(body.text, postAuthors) : parseWordPressComments(body.text, postAuthorIds);
    const entry = sources.find((s) => s.url === req.url);
    if (entry) Object.assign(entry, { ok: parsed.ok, problem: parsed.ok ? null : parsed.problem });
    if (parsed.ok) {
      comments = parsed.value;
      repliesSource = req.url;
      commentDates.push(...parsed.value.map((c) => c.published));
    }
  }

  const replies = comments ? measureReplies(comments) : null;
  const activity = measureActivity(postDates, commentDates, now);
  const feedSource = sources.find((s) => s.ok && (s.kind === 'blogger-posts' || s.kind === 'wp-posts' || s.kind === 'feed'));
  const cap = <T,>(list: T[]) => list.slice(0, 20);
  return SiteEvidence.parse({
    site,
    scannedAt: now.toISOString(),
    requests: bodies.length,
    timedOut,
    cancelled,
    sources,
    replies: replies && { ...replies, evidence: repliesSource ? { snippet: `site:${pathOf(repliesSource)}`.slice(0, 300), selector: null, source: 'site:feed' } : null },
    activity: { ...activity, evidence: feedSource ? { snippet: `site:${pathOf(feedSource.url)}`.slice(0, 300), selector: null, source: 'site:feed' } : null },
    contact: { emails: cap(contact.emails), phones: cap(contact.phones), addresses: cap(contact.addresses), organisation: cap(contact.organisation) },
  });
}

export function summariseSite(evidence: SiteEvidence): SiteSummary {
  const anyFeed = evidence.sources.some((s) => s.ok && s.kind !== 'contact' && s.kind !== 'about' && s.kind !== 'privacy');
  return {
    requests: evidence.requests,
    timedOut: evidence.timedOut,
    ownerReplyMedianHours: evidence.replies?.medianHours ?? null,
    ownerReplyShare: evidence.replies?.share === null || evidence.replies?.share === undefined ? null : Math.round(evidence.replies.share * 1000) / 1000,
    firstActivity: evidence.activity.first?.slice(0, 10) ?? null,
    lastActivity: evidence.activity.last?.slice(0, 10) ?? null,
    activeMonths24: anyFeed ? evidence.activity.activeMonths24 : null,
  };
}
