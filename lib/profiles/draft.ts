import type { Evidence } from '../contracts/page';
import type { ProfileField, ProfilePageType, ProfilePlatform, ProfilePost, ProfileSignals } from '../contracts/profile';
import { isPlatformChrome } from './chrome';
import { classify, type Detected } from './detect';
import { clip, metaOf, one } from './dom';
import { urlOf } from './url';
import { isoOf, type Count } from './values';

// What the readers share: the page, the profile being filled and the rules for filling it. A
// field keeps the first value found, so each reader reads its most reliable source first.

/** ProfileSignals' limit on posts (lib/contracts/profile.ts MAX_PROFILE_POSTS; the page bundle imports no zod). */
const MAX_POSTS = 100;

type Scalar = Exclude<ProfileField, 'followers'>;

/** ProfileSignals' length limits (a longer value would fail the popup's check of the whole artifact). */
const LIMITS: Partial<Record<Scalar, number>> = { about: 2000, website: 2000, location: 300 };

export interface Draft extends Detected {
  doc: Document;
  now: number;
  p: ProfileSignals;
  set<K extends Scalar>(field: K, value: ProfileSignals[K] | undefined, evidence: Evidence): void;
  followers(count: Count | null, evidence: Evidence): void;
  contact(kind: keyof ProfileSignals['contact'], value: string | null | undefined, evidence: Evidence): void;
  /** A dated post: epoch ms or an ISO date or time (kept as a full ISO time); `key` keeps one post seen twice (an id, a permalink) once. */
  post(when: number | string | null, byAccount: boolean, evidence: Evidence, key?: string): ProfilePost | null;
  /** Whether a handle (or the address of a profile) names this page's account: embedded data of another page must not count. */
  is(handle: string | null | undefined): boolean;
  /** Another name of the same account (YouTube's channel id beside its @handle, a Bluesky DID beside its handle). */
  alias(handle: string | null | undefined): void;
  /** The head's canonical address (or og:url) names the profile, or there is none: its meta tags are this page's. */
  headIsOwn(): boolean;
  /** Outside the platform's chrome (nav, footer, rails, suggestions, messaging). */
  own(el: Element): boolean;
}

export const sameHandle = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

/** A profile of which nothing has been read yet: every field unknown, no posts. */
export function blankProfile(platform: ProfilePlatform, pageType: ProfilePageType, url: string, handle: string | null): ProfileSignals {
  return {
    platform,
    pageType,
    url,
    handle,
    name: null,
    verified: null,
    about: null,
    website: null,
    joined: null,
    followers: null,
    followersApprox: false,
    contact: { emails: [], phones: [], addresses: [] },
    industry: null,
    size: null,
    location: null,
    messageButton: null,
    commentsOpen: null,
    typicallyReplies: null,
    posts: [],
    evidence: {},
  };
}

export function draft(doc: Document, found: Detected, now: number): Draft {
  const p = blankProfile(found.platform, found.pageType, found.url.href.slice(0, 4000), found.handle && clip(found.handle, 200));
  const keys = new Set<string>();
  const names = new Set([found.handle]);
  const is = (handle: string | null | undefined) => [...names].some((name) => sameHandle(name, handle));
  return {
    ...found,
    doc,
    now,
    p,
    set(field, value, evidence) {
      if (value === undefined || value === null || value === '' || p[field] !== null) return;
      const limit = LIMITS[field] ?? 200;
      if (typeof value === 'string' && value.length > limit && field === 'website') return;
      (p as Record<Scalar, unknown>)[field] = typeof value === 'string' ? clip(value, limit) : value;
      p.evidence[field] = evidence;
    },
    followers(count, evidence) {
      if (!count || p.followers !== null) return;
      p.followers = count.n;
      p.followersApprox = count.approx;
      p.evidence.followers = evidence;
    },
    contact(kind, value, evidence) {
      const list = p.contact[kind];
      if (value && list.length < 5 && !list.some((f) => f.value === value)) list.push({ value: value.slice(0, 500), evidence });
    },
    post(when, byAccount, evidence, key) {
      const date = isoOf(typeof when === 'number' ? when : Date.parse(when ?? ''));
      if (!date || (key && keys.has(key))) return null;
      if (key) keys.add(key);
      const post: ProfilePost = { date, byAccount, evidence };
      p.posts.push(post);
      return post;
    },
    is,
    alias(handle) {
      if (handle) names.add(handle);
    },
    headIsOwn() {
      const u = urlOf(one(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? metaOf(doc, 'og:url'));
      return !u || is(classify(found.platform, u)[1]);
    },
    own(el) {
      return !isPlatformChrome(el, found.platform);
    },
  };
}

/** Newest first, at most the contract's limit. */
export function finish(p: ProfileSignals): ProfileSignals {
  p.posts.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  p.posts.length = Math.min(p.posts.length, MAX_POSTS);
  return p;
}

/** The account's own posts are on the page and none of them offers a reply control: replies are closed (or limited). */
export function closedUnlessOpen(d: Draft): void {
  const own = d.p.posts.find((post) => post.byAccount);
  if (own) d.set('commentsOpen', false, own.evidence);
}
