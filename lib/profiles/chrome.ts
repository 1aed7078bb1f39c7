import type { ProfilePlatform } from '../contracts/profile';
import { APP_STORE_HOSTS, CHROME_LANDMARKS, CONTENT_ROOT, PLATFORM_CHROME, type PlatformChromeData } from '../patterns/profiles';
import { hostIn, urlOf } from './url';

// The platform's own part of its pages — its name and company, its legal, help and about pages,
// its app links, other accounts, its navigation, footers, rails and messaging — which is never
// the company's: the gatherers leave it out of every other signal on a platform page.

/**
 * What is the platform's own, as data: its organisation names, the hosts that are the platform
 * (any link there is the platform's page or another account, never the company's about page,
 * contact page or own channel) and a selector for its regions. Mastodon's instance is its own host.
 */
export function platformChrome(platform: ProfilePlatform, pageUrl?: string): PlatformChromeData {
  const data = PLATFORM_CHROME[platform];
  const instance = platform === 'mastodon' ? urlOf(pageUrl)?.hostname : null;
  return {
    names: data.names,
    hosts: [...data.hosts, ...APP_STORE_HOSTS, ...(instance ? [instance] : [])],
    regions: data.regions ? `${CHROME_LANDMARKS},${data.regions}` : CHROME_LANDMARKS,
  };
}

/** A link to the platform itself (its pages, other accounts, its app in the stores). */
export function isPlatformUrl(href: string, platform: ProfilePlatform, pageUrl?: string): boolean {
  const u = urlOf(href, pageUrl);
  return !!u && hostIn(u.hostname, platformChrome(platform, pageUrl).hosts);
}

/**
 * An element in the platform's chrome: in a landmark every platform uses for its own (nav,
 * footer, aside, banner, complementary), in one of the platform's own regions, or outside the
 * page's main landmark when it has one (Bluesky's right column, Facebook's rails).
 */
export function isPlatformChrome(el: Element, platform: ProfilePlatform): boolean {
  const main = el.ownerDocument.querySelector(CONTENT_ROOT);
  if (main && !main.contains(el)) return true;
  try {
    return el.closest(platformChrome(platform).regions) !== null;
  } catch {
    return false;
  }
}
