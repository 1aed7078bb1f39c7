// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProfileSignals } from '@/lib/contracts/profile';
import { isPlatformChrome, isPlatformUrl, platformChrome, readProfile } from '@/lib/profiles';
import { hasSocial, parse, siteOf, SOCIAL } from './helpers';

// The six real saved pages in ../shared/social, against their labels. What must hold on every
// profile page (issue 12): the platform is always right; name, website, joined and followers are
// the labels'; posts and the newest post where the page lets them be counted, judged as of the
// capture date; nothing the platform itself owns is credited.

interface Label {
  id: string;
  url: string;
  platform: string;
  capture: string;
  profile: { name: string | null; verified: boolean | null; website: string | null; joined: string | null; followers: number | null; followersApprox?: boolean; postsSeen: number; lastPost: string | null };
  notPlatformChrome: { organisationNames: string[]; aboutOrContactLinksThatAreThePlatforms: string[] };
}

const labels: Label[] = hasSocial ? JSON.parse(readFileSync(resolve(SOCIAL, 'labels.json'), 'utf8')) : [];

/** The capture date at the start of the label ("2024-01-06 (…)", "~2025-12 (…)"), at noon UTC. */
function captured(capture: string): number {
  const [, day = ''] = /(\d{4}-\d{2}(?:-\d{2})?)/.exec(capture) ?? [];
  return Date.parse(`${day.length === 7 ? `${day}-01` : day}T12:00:00Z`);
}

describe.skipIf(!hasSocial)('real saved profile pages (../shared/social)', () => {
  describe.each(labels.map((l) => [l.id, l] as const))('%s', (_id, label) => {
    const doc = parse(readFileSync(resolve(SOCIAL, `${label.id}.html`), 'utf8'));
    const profile = readProfile(doc, label.url, captured(label.capture))!;
    const own = profile?.posts.filter((p) => p.byAccount) ?? [];

    it('is read as a profile on the right platform', () => {
      expect(profile.platform).toBe(label.platform);
      expect(profile.pageType).toBe('profile');
    });

    it('passes the contract the popup checks', () => {
      expect(ProfileSignals.safeParse(profile).success).toBe(true);
    });

    it('name, website, joined and followers are the labels\'', () => {
      expect(profile.name).toBe(label.profile.name);
      expect(siteOf(profile.website)).toBe(siteOf(label.profile.website));
      expect(profile.joined).toBe(label.profile.joined);
      expect(profile.followers).toBe(label.profile.followers);
      expect(profile.followersApprox).toBe(label.profile.followersApprox ?? false);
    });

    it('the verification mark, where the label knows it', () => {
      if (label.profile.verified !== null) expect(profile.verified).toBe(label.profile.verified);
    });

    it('counts the account\'s own dated posts and finds the newest', () => {
      expect(own.length).toBe(label.profile.postsSeen);
      expect(own[0]?.date.slice(0, 10) ?? null).toBe(label.profile.lastPost);
    });

    it('credits nothing of the platform\'s own', () => {
      const chrome = platformChrome(profile.platform, label.url);
      for (const name of label.notPlatformChrome.organisationNames) expect(chrome.names).toContain(name);
      for (const url of label.notPlatformChrome.aboutOrContactLinksThatAreThePlatforms) expect(isPlatformUrl(url, profile.platform, label.url), url).toBe(true);
      expect(chrome.names).not.toContain(profile.name);
      if (profile.website) expect(isPlatformUrl(profile.website, profile.platform)).toBe(false);
      // The platform's links on the page (footer, legal, help) sit in its chrome and lead to it.
      for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
        const href = a.getAttribute('href')!;
        if (label.notPlatformChrome.aboutOrContactLinksThatAreThePlatforms.some((u) => href.startsWith(u))) {
          expect(isPlatformUrl(href, profile.platform, label.url), href).toBe(true);
          expect(isPlatformChrome(a, profile.platform), href).toBe(true);
        }
      }
    });

    it('every piece of evidence with an element points at one outside the platform\'s chrome', () => {
      const evidence = [...Object.values(profile.evidence), ...profile.posts.map((p) => p.evidence)];
      for (const e of evidence) {
        if (!e?.selector) continue;
        const el = doc.querySelector(e.selector);
        expect(el, e.selector).not.toBeNull();
        expect(isPlatformChrome(el!, profile.platform), e.selector).toBe(false);
      }
    });
  });
});
