import type { ProfilePageType, ProfilePlatform } from '../contracts/profile';
import { PAGE_RULES } from '../patterns/profiles';
import { metaOf } from './dom';
import { urlOf } from './url';

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

const platformOfHost = (host: string) => HOSTS.find(([re]) => re.test(host))?.[1] ?? null;

/**
 * The platforms' names for themselves in a page's head (their Android app's package, their exact
 * og:site_name or application-name), for a saved copy that kept no canonical address.
 */
const APP_MARKS: [RegExp, ProfilePlatform, string][] = [
  [/^(?:com\.twitter\.android|X \(formerly Twitter\))$/, 'x', 'x.com'],
  [/^(?:com\.google\.android\.youtube|YouTube)$/, 'youtube', 'www.youtube.com'],
  [/^(?:com\.linkedin\.android|LinkedIn)$/, 'linkedin', 'www.linkedin.com'],
  [/^(?:com\.facebook\.katana|Facebook)$/, 'facebook', 'www.facebook.com'],
  [/^(?:com\.instagram\.android|Instagram)$/, 'instagram', 'www.instagram.com'],
  [/^(?:xyz\.blueskyweb\.app|Bluesky|Bluesky Social)$/, 'bluesky', 'bsky.app'],
];

/** Page type and handle from a platform address (lib/patterns/profiles.ts PAGE_RULES). */
export function classify(platform: ProfilePlatform, u: URL): [ProfilePageType, string | null] {
  for (const [path, pageType, param] of PAGE_RULES[platform]) {
    const m = path.exec(u.pathname);
    if (!m) continue;
    const handle = param ? u.searchParams.get(param) : m[1];
    try {
      return [pageType, handle ? decodeURIComponent(handle) : null];
    } catch {
      return [pageType, handle ?? null];
    }
  }
  return ['other', null];
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
    const marks = ['al:android:package', 'og:site_name', 'application-name'].map((key) => metaOf(doc, key));
    const app = APP_MARKS.find(([re]) => marks.some((mark) => mark && re.test(mark)));
    if (saved) [url, platform] = [canonical, saved];
    else if (app && !(url && /^https?:$/.test(url.protocol) && !/^(?:localhost|127\.|\[::1\])/.test(url.hostname))) {
      // Saved without its address (a file, a local server): the platform, and no account to name.
      [url, platform] = [new URL(`https://${app[2]}/`), app[1]];
      return { platform, pageType: 'other', handle: null, url };
    } else if (doc.querySelector(MASTODON)) {
      // The address bar, when there is one: the app keeps the head of the first page it loaded.
      platform = 'mastodon';
      url ??= canonical;
    }
  }
  if (!platform || !url) return null;
  const [pageType, handle] = classify(platform, url);
  return { platform, pageType, handle, url };
}
