import type { PageSignals } from '../contracts/page';
import { CHANNEL_KEY } from '../contracts/company';
import type { ProfilePlatform } from '../contracts/profile';
import { classify } from '../profiles/detect';
import { platformOfHost } from '../profiles/hint';
import { urlOf } from '../profiles/url';
import { siteOf } from '../site';

// A channel is one place a company speaks: a site (its hostname without www., FACTORS.md) or a
// profile on a social platform (platform + handle). Its key is what notes, history and company
// membership are stored under: the hostname for a site, "<platform>:<handle>" for a profile —
// so every company on linkedin.com gets its own card, and a site keeps the key it always had.

/** The platforms' own names: the same in every language. */
export const PLATFORM_NAME: Record<ProfilePlatform, string> = {
  linkedin: 'LinkedIn', youtube: 'YouTube', facebook: 'Facebook', x: 'X', instagram: 'Instagram', bluesky: 'Bluesky', mastodon: 'Mastodon',
};

export type Channel = { kind: 'site'; key: string; site: string } | { kind: 'profile'; key: string; platform: ProfilePlatform; handle: string };


/**
 * Handles as the platforms compare them: case does not matter, except in a YouTube channel id
 * ("UC…"), which is case-sensitive. Mastodon's handle includes its instance.
 */
function normalHandle(platform: ProfilePlatform, handle: string): string {
  const bare = handle.trim().replace(/\/+$/, '');
  return platform === 'youtube' && !bare.startsWith('@') ? bare : bare.toLowerCase();
}

export function profileChannel(platform: ProfilePlatform, handle: string): Channel & { kind: 'profile' } {
  const h = normalHandle(platform, handle);
  return { kind: 'profile', key: `${platform}:${h}`, platform, handle: h };
}

export function siteChannel(site: string): Channel & { kind: 'site' } {
  return { kind: 'site', key: site, site };
}

/**
 * The profile a link points to — a company's profile page, not a post, a feed or a share link —
 * or null. Mastodon is recognised on the instances lib/profiles knows by host only when the path
 * is a profile ("/@name"): any server can run Mastodon, so its handle carries the host.
 */
export function profileOfUrl(href: string): (Channel & { kind: 'profile' }) | null {
  const url = urlOf(href);
  if (!url) return null;
  const platform = platformOfHost(url.hostname) ?? (/^\/@[\w.]+\/?$/.test(url.pathname) ? 'mastodon' : null);
  if (!platform) return null;
  const [pageType, handle] = classify(platform, url);
  if (pageType !== 'profile' || !handle) return null;
  return profileChannel(platform, platform === 'mastodon' ? `${handle.replace(/^@/, '')}@${url.hostname.replace(/^www\./, '')}` : handle);
}

/** The channel an analysed page belongs to: the profile it shows, else its site; null for neither. */
export function channelOfPage(signals: PageSignals): Channel | null {
  const profile = signals.profile;
  if (signals.social) {
    if (!profile || profile.pageType !== 'profile' || !profile.handle) return profile ? profileOfUrl(profile.url) : null;
    if (profile.platform === 'mastodon') return profileOfUrl(profile.url) ?? profileChannel('mastodon', profile.handle);
    return profileChannel(profile.platform, profile.handle);
  }
  const site = siteOf(signals.url);
  return site ? siteChannel(site) : null;
}

/** A stored key back to its channel, or null when it is neither form. */
export function channelOfKey(key: string): Channel | null {
  if (!CHANNEL_KEY.test(key)) return null;
  const colon = key.indexOf(':');
  if (colon < 0) return siteChannel(key);
  return { kind: 'profile', key, platform: key.slice(0, colon) as ProfilePlatform, handle: key.slice(colon + 1) };
}

/** The address a user can open for a channel. */
export function channelUrl(channel: Channel): string {
  if (channel.kind === 'site') return `https://${channel.site}/`;
  const h = channel.handle;
  switch (channel.platform) {
    case 'linkedin':
      return `https://www.linkedin.com/company/${h}/`;
    case 'youtube':
      return h.startsWith('@') ? `https://www.youtube.com/${h}` : `https://www.youtube.com/channel/${h}`;
    case 'facebook':
      return /^\d+$/.test(h) ? `https://www.facebook.com/profile.php?id=${h}` : `https://www.facebook.com/${h}`;
    case 'x':
      return `https://x.com/${h}`;
    case 'instagram':
      return `https://www.instagram.com/${h}/`;
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    case 'mastodon': {
      const [user, host] = h.split('@');
      return `https://${host}/@${user}`;
    }
  }
}
