import type { ProfilePlatform } from '../contracts/profile';
import { one } from '../util/dom';
import { metaOf } from './dom';
import { urlOf } from './url';

// Whether a social platform serves the page, decided from the address and a few marks in the
// document — small enough for the analyser, which skips the page gatherers on such a page (so
// nothing of the platform's chrome is ever credited to the company) and leaves the profile to
// the profile reader (profile.js). The six big platforms by host; Mastodon on any instance by
// its markup. A saved page (file:, a local server, an archive) is read at its canonical address.

const HOSTS: [RegExp, ProfilePlatform][] = [
  [/(?:^|\.)(?:x|twitter)\.com$/, 'x'],
  [/(?:^|\.)youtube\.com$/, 'youtube'],
  [/(?:^|\.)linkedin\.com$/, 'linkedin'],
  [/(?:^|\.)facebook\.com$/, 'facebook'],
  [/(?:^|\.)instagram\.com$/, 'instagram'],
  [/^(?:www\.)?bsky\.app$/, 'bluesky'],
];

/**
 * Mastodon's own markup: its app's mount point and initial state (found by id), or the name it
 * gives itself in the head. This check runs on every page analysed, so it reads no more than that.
 */
function isMastodon(doc: Document): boolean {
  return (
    !!doc.getElementById('mastodon')?.hasAttribute('data-props') ||
    doc.getElementById('initial-state')?.localName === 'script' ||
    !!headOf(doc, 'meta[name="application-name"][content="Mastodon" i],meta[property="og:site_name"][content="Mastodon" i]')
  );
}

/** An element of the document's head: links and meta tags live there, and a head is small. */
const headOf = (doc: Document, selector: string) => one(doc.head ?? doc, selector);


export const platformOfHost = (host: string) => HOSTS.find(([re]) => re.test(host))?.[1] ?? null;

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

function link(doc: Document): URL | null {
  const href = headOf(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? metaOf(doc, 'og:url');
  return urlOf(href);
}

export interface Served {
  platform: ProfilePlatform;
  /** The address the page is read as; null for a Mastodon page with no address at all. */
  url: URL | null;
  /** A saved copy that kept the platform's marks but not its address: no account can be named. */
  anonymous: boolean;
}

/** The social platform that serves a page, or null. */
export function servedBy(doc: Document, address: string): Served | null {
  const url = urlOf(address);
  const platform = url && platformOfHost(url.hostname);
  if (platform) return { platform, url, anonymous: false };
  // A saved copy of a platform page keeps the platform's canonical address.
  const canonical = link(doc);
  const saved = canonical && platformOfHost(canonical.hostname);
  if (saved) return { platform: saved, url: canonical, anonymous: false };
  const marks = ['al:android:package', 'og:site_name', 'application-name'].map((key) => metaOf(doc, key));
  const app = APP_MARKS.find(([re]) => marks.some((mark) => mark && re.test(mark)));
  if (app && !(url && /^https?:$/.test(url.protocol) && !/^(?:localhost|127\.|\[::1\])/.test(url.hostname))) {
    // Saved without its address (a file, a local server): the platform, and no account to name.
    return { platform: app[1], url: new URL(`https://${app[2]}/`), anonymous: true };
  }
  // The address bar, when there is one: the app keeps the head of the first page it loaded.
  if (isMastodon(doc)) return { platform: 'mastodon', url: url ?? canonical, anonymous: false };
  return null;
}
