import type { ProfilePageType, ProfilePlatform } from '../contracts/profile';
import { urlOf } from './values';

// Which platform serves the page, what kind of page it is and whose profile it shows, decided
// once from the address and the document. The six big platforms by host; Mastodon on any instance
// by its markup. A saved page (file:, a local server, an archive) is read at its canonical address.

export interface Detected {
  platform: ProfilePlatform;
  pageType: ProfilePageType;
  /** The account the page belongs to, as the address names it (no "@", except YouTube's "@handle"). */
  handle: string | null;
  /** The address the page is read as. */
  url: URL;
}

const HOSTS: [RegExp, ProfilePlatform][] = [
  [/(?:^|\.)(?:x|twitter)\.com$/, 'x'],
  [/(?:^|\.)youtube\.com$/, 'youtube'],
  [/(?:^|\.)linkedin\.com$/, 'linkedin'],
  [/(?:^|\.)facebook\.com$/, 'facebook'],
  [/(?:^|\.)instagram\.com$/, 'instagram'],
  [/^(?:www\.)?bsky\.app$/, 'bluesky'],
];

/** Mastodon's own markup: its app's mount point and initial state, or a name it gives itself. */
const MASTODON =
  '#mastodon[data-props],script#initial-state,meta[name="application-name"][content="Mastodon" i],meta[property="og:site_name"][content="Mastodon" i]';

/** First path segments that are a platform's own pages, never an account. */
const RESERVED: Partial<Record<ProfilePlatform, RegExp>> = {
  x: /^(?:home|explore|notifications|messages|i|settings|search|compose|tos|privacy|login|logout|signup|hashtag|jobs|lists|bookmarks|communities|premium\w*|intent|share|account)$/i,
  facebook:
    /^(?:home\.php|watch|groups|marketplace|gaming|events|help|policies|privacy|login|login\.php|settings|friends|messages|notifications|bookmarks|stories|reel|reels|hashtag|search|photo|photo\.php|share|sharer|sharer\.php|saved|business|ads|legal|terms|about|pages|fundraisers|memories|dialog|plugins|l\.php)$/i,
  instagram: /^(?:explore|accounts|direct|stories|about|legal|developer|web|emails|challenge|privacy|reels|p|reel|tv|session)$/i,
};

const platformOfHost = (host: string) => HOSTS.find(([re]) => re.test(host))?.[1] ?? null;

/** Page type and handle from a platform address. */
export function classify(platform: ProfilePlatform, u: URL): [ProfilePageType, string | null] {
  const seg = u.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const [a = '', b = '', c = ''] = seg;
  // e.g. LinkedIn /feed/update/urn:li:activity:…, Facebook /permalink.php?id=…: the post's page.
  if (!a) return [platform === 'facebook' && u.searchParams.get('id') ? 'profile' : 'feed', u.searchParams.get('id')];
  if (RESERVED[platform]?.test(a)) {
    if (platform === 'instagram' && /^(?:p|reel|tv)$/.test(a)) return ['post', null];
    if (/^(?:home|explore|search|home\.php|watch|reels)$/.test(a)) return ['feed', null];
    return ['other', null];
  }
  switch (platform) {
    case 'x':
      if (!/^\w{1,15}$/.test(a)) return ['other', null];
      return [b === 'status' ? 'post' : 'profile', a];
    case 'youtube':
      if (a.startsWith('@')) return ['profile', a];
      if (/^(?:channel|c|user)$/.test(a) && b) return ['profile', b];
      if (/^(?:watch|shorts|live|post|playlist)$/.test(a)) return ['post', null];
      return [/^(?:feed|results)$/.test(a) ? 'feed' : 'other', null];
    case 'linkedin':
      if (/^(?:company|showcase|school|in)$/.test(a) && b) return ['profile', b];
      if (a === 'posts' || (a === 'feed' && b === 'update')) return ['post', a === 'posts' ? b.split('_')[0] ?? null : null];
      return [a === 'feed' ? 'feed' : 'other', null];
    case 'facebook':
      if (a === 'profile.php') return ['profile', u.searchParams.get('id')];
      if (a === 'people' && c) return ['profile', c];
      if (a === 'pg' && b) return ['profile', b];
      if (/^(?:permalink|story)\.php$/.test(a)) return ['post', u.searchParams.get('id')];
      return [/^(?:posts|videos|photos|permalink)$/.test(b) && c ? 'post' : 'profile', a];
    case 'instagram':
      return [/^(?:p|reel|tv)$/.test(b) ? 'post' : 'profile', a];
    case 'bluesky':
      if (a === 'profile' && b) return [c === 'post' ? 'post' : 'profile', b];
      return [/^(?:search|feeds|hashtag)$/.test(a) ? 'feed' : 'other', null];
    case 'mastodon': {
      const user = a.startsWith('@') ? a.slice(1) : a === 'users' ? b : null;
      if (user) return [/^\d+$/.test(a === 'users' ? seg[3] ?? '' : b) ? 'post' : 'profile', user];
      return [/^(?:home|public|explore|tags)$/.test(a) ? 'feed' : 'other', null];
    }
  }
}

function link(doc: Document): URL | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return urlOf(href);
}

/** The platform, page type and account of a page, or null when no social platform serves it. */
export function detect(doc: Document, address: string): Detected | null {
  let url = urlOf(address);
  let platform = url && platformOfHost(url.hostname);
  if (!platform) {
    // A saved copy of a platform page keeps the platform's canonical address.
    const canonical = link(doc);
    const saved = canonical && platformOfHost(canonical.hostname);
    if (saved) [url, platform] = [canonical, saved];
    else if (doc.querySelector(MASTODON)) {
      // The address bar, when there is one: the app keeps the head of the first page it loaded.
      platform = 'mastodon';
      url ??= canonical;
    }
  }
  if (!platform || !url) return null;
  const [pageType, handle] = classify(platform, url);
  return { platform, pageType, handle, url };
}
