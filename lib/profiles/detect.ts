import type { ProfilePageType, ProfilePlatform } from '../contracts/profile';
import { PAGE_RULES } from '../patterns/profiles';
import { servedBy } from './hint';

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

/** The platform, page type and account of a page, or null when no social platform serves it. */
export function detect(doc: Document, address: string): Detected | null {
  const served = servedBy(doc, address);
  if (!served?.url) return null;
  const { platform, url } = served;
  if (served.anonymous) return { platform, pageType: 'other', handle: null, url };
  const [pageType, handle] = classify(platform, url);
  return { platform, pageType, handle, url };
}
