// @vitest-environment happy-dom
import { ProfileSignals, type ProfileSignals as Profile } from '@/lib/contracts/profile';
import { isPlatformChrome, readProfile } from '@/lib/profiles';
import { fixture, FIXTURE_NOW } from './helpers';

// Hand-written pages that mimic each platform's signed-in DOM and its logged-out server HTML
// (test/fixtures/profiles/README.md): what each reader finds, which posts are the account's, and
// that nothing in the platform's chrome — the viewer's navigation, messaging panels, suggested
// accounts, rails, footers — is read as the company's.

const read = (name: string, url: string) => {
  const doc = fixture(name);
  const profile = readProfile(doc, url, FIXTURE_NOW)!;
  return { doc, profile, own: profile.posts.filter((p) => p.byAccount), days: profile.posts.map((p) => `${p.date.slice(0, 10)} ${p.byAccount ? 'own' : 'other'}`) };
};

type Case = [name: string, url: string, expected: Partial<Profile>, posts: string[]];

const CASES: Case[] = [
  [
    'x-signed-in.html',
    'https://x.com/fjordkaffe',
    { platform: 'x', pageType: 'profile', name: 'Fjordkaffe', verified: true, website: 'http://fjordkaffe.no', joined: '2012-03', followers: 12_500, followersApprox: true, location: 'Bergen, Norway', industry: 'Food & Beverage Company', messageButton: true, commentsOpen: true, about: 'We roast coffee in Bergen. Questions? Ask @fjordkaffe_help' },
    ['2025-05-02 other', '2025-05-02 own', '2024-04-15 own', '2023-03-01 own'],
  ],
  [
    'youtube-rendered.html',
    'https://www.youtube.com/@fjordkaffe2009',
    { platform: 'youtube', name: 'Fjordkaffe', verified: true, website: 'https://fjordkaffe.no/', followers: 25_000, followersApprox: true, about: 'Coffee from Bergen. We answer comments every day.' },
    ['2025-05-03 own', '2025-04-30 other', '2025-04-14 own', '2024-05-05 own'],
  ],
  [
    'youtube-about.html',
    'https://www.youtube.com/channel/UCfjordkaffe000000000000',
    { name: 'Fjordkaffe', verified: true, website: 'https://fjordkaffe.no/', joined: '2011-03', location: 'Norway', followers: 25_000, followersApprox: true },
    [],
  ],
  [
    'linkedin-nb-guest.html',
    'https://no.linkedin.com/company/nordlys-bakeri',
    { platform: 'linkedin', name: 'Nordlys Bakeri', verified: null, website: 'https://nordlysbakeri.no', joined: '1998', followers: 1234, followersApprox: false, industry: 'Matproduksjon', size: '11–50 ansatte', location: 'Tromsø, Troms', commentsOpen: true },
    ['2025-05-02 own', '2025-04-29 other', '2025-04-20 own'],
  ],
  [
    'linkedin-signed-in.html',
    'https://www.linkedin.com/company/fjordkaffe/about/',
    { name: 'Fjordkaffe', verified: true, website: 'https://fjordkaffe.no', joined: '2009', followers: 3000, followersApprox: true, industry: 'Food and Beverage Services', size: '51-200 employees', location: 'Bergen, Vestland', messageButton: true, commentsOpen: true, about: 'We roast coffee in Bergen and sell it in our six shops.' },
    ['2025-05-02 own', '2025-04-29 other'],
  ],
  [
    'facebook-signed-in.html',
    'https://www.facebook.com/nordlysbakeri',
    { platform: 'facebook', name: 'Nordlys Bakeri', verified: true, website: 'https://nordlysbakeri.no/', followers: 4200, followersApprox: true, messageButton: true, typicallyReplies: 'Typically replies within an hour' },
    ['2025-05-03 own', '2025-04-14 own'],
  ],
  [
    'facebook-guest.html',
    'https://www.facebook.com/fjellbakeri',
    { name: 'Fjellbakeri', verified: false, website: 'https://fjellbakeri.example/', followers: 1300, followersApprox: true, about: 'Bread from the mountains, baked in Oslo.', industry: 'Bakery', location: 'Markveien 12, Oslo, Norway', typicallyReplies: 'Typically replies within a day' },
    ['2025-04-30 own', '2025-03-26 own', '2025-03-15 other'],
  ],
  [
    'instagram-signed-in.html',
    'https://www.instagram.com/fjordkaffe/',
    { platform: 'instagram', name: 'Fjordkaffe', verified: true, website: 'https://fjordkaffe.no/', followers: 12_345, followersApprox: false, messageButton: true },
    [],
  ],
  [
    'instagram-guest-nb.html',
    'https://www.instagram.com/fjordkaffe/',
    { name: 'Fjordkaffe', verified: null, website: null, followers: 12_300, followersApprox: true, about: 'Kaffe fra Bergen, brent hver tirsdag.' },
    [],
  ],
  [
    'bluesky-signed-in.html',
    'https://bsky.app/profile/did:plc:fjordkaffe7xyz',
    { platform: 'bluesky', name: 'Fjordkaffe', website: 'https://fjordkaffe.no/shop', followers: 2345, followersApprox: false, commentsOpen: true },
    ['2025-05-02 own', '2025-04-27 other', '2025-04-25 own'],
  ],
  [
    'mastodon-web.html',
    'https://social.example.no/@fjordkaffe',
    { platform: 'mastodon', name: 'Fjordkaffe', verified: null, website: 'https://fjordkaffe.no', joined: '2019-03', followers: 789, followersApprox: false, about: 'Vi brenner kaffe i Bergen. Spør oss om alt!', commentsOpen: true },
    ['2025-05-02 own', '2025-04-28 other', '2025-02-10 own'],
  ],
  [
    'mastodon-server.html',
    'https://social.example.no/@fjordkaffe',
    { platform: 'mastodon', name: 'Fjordkaffe', followers: 789, about: 'We roast coffee in Bergen.' },
    [],
  ],
];

describe.each(CASES)('%s', (name, url, expected, posts) => {
  const { doc, profile, days } = read(name, url);

  it('reads what the profile shows', () => {
    expect(profile).toMatchObject(expected);
  });

  it('dates the posts and tells the account\'s own from reposts and other accounts\'', () => {
    expect(days).toEqual(posts);
  });

  it('passes the contract the popup checks', () => {
    const checked = ProfileSignals.safeParse(profile);
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  it('finds every piece of evidence outside the platform\'s chrome', () => {
    for (const e of [...Object.values(profile.evidence), ...profile.posts.map((p) => p.evidence)]) {
      if (!e?.selector) continue;
      const el = doc.querySelector(e.selector);
      expect(el, e.selector).not.toBeNull();
      expect(isPlatformChrome(el!, profile.platform), e.selector).toBe(false);
    }
  });
});

describe('what belongs to the viewer or the platform is never read', () => {
  it('X: the direct-message drawer, the suggested accounts and the footer', () => {
    const { profile } = read('x-signed-in.html', 'https://x.com/fjordkaffe');
    expect(profile.contact).toEqual({ emails: [], phones: [], addresses: [] });
    expect(JSON.stringify(profile)).not.toMatch(/private\.person|900 00 000|kaffekjeden|X Corp|viewer_person/);
  });

  it('X: the verification badge of a quoted account is not the profile\'s', () => {
    const doc = fixture('x-signed-in.html');
    doc.querySelector('[data-testid=UserName] [data-testid=icon-verified]')!.remove();
    expect(readProfile(doc, 'https://x.com/fjordkaffe', FIXTURE_NOW)!.verified).toBe(false);
  });

  it('X and Bluesky: a hover card over another account, which carries the same hooks', () => {
    const x = fixture('x-signed-in.html');
    x.body.insertAdjacentHTML('afterbegin', '<div id="layers"><div data-testid="HoverCard"><div data-testid="UserName"><span>Kaffekjeden</span><svg data-testid="icon-verified"></svg><span>@kaffekjeden</span></div><div data-testid="UserDescription">Another company</div></div></div>');
    expect(readProfile(x, 'https://x.com/fjordkaffe', FIXTURE_NOW)).toMatchObject({ name: 'Fjordkaffe', about: 'We roast coffee in Bergen. Questions? Ask @fjordkaffe_help' });
    const bsky = fixture('bluesky-signed-in.html');
    bsky.body.insertAdjacentHTML('afterbegin', '<div data-testid="profileHoverCard"><div data-testid="profileHeaderDisplayName">Kaffeklubben</div><a data-testid="profileHeaderFollowersButton" aria-label="99 followers"></a></div>');
    expect(readProfile(bsky, 'https://bsky.app/profile/did:plc:fjordkaffe7xyz', FIXTURE_NOW)).toMatchObject({ name: 'Fjordkaffe', followers: 2345 });
  });

  it('LinkedIn: the messaging overlay and "Pages people also viewed"', () => {
    const { profile } = read('linkedin-signed-in.html', 'https://www.linkedin.com/company/fjordkaffe/about/');
    expect(JSON.stringify(profile)).not.toMatch(/private|kaffekjeden|20K|viewer-person/);
    expect(profile.contact.phones.map((p) => p.value)).toEqual(['+47 55 00 00 00']);
    expect(profile.contact.emails).toEqual([]);
  });

  it('LinkedIn: a funding round is no post, similar pages are no followers', () => {
    const { profile } = read('linkedin-nb-guest.html', 'https://no.linkedin.com/company/nordlys-bakeri');
    expect(profile.posts.some((p) => p.date.startsWith('2019'))).toBe(false);
    expect(profile.followers).toBe(1234);
  });

  it('Facebook: the right rail (sponsored, contacts) and the banner', () => {
    const { profile } = read('facebook-signed-in.html', 'https://www.facebook.com/nordlysbakeri');
    expect(JSON.stringify(profile)).not.toMatch(/ads\.example|Per Hansen|Viewer Person|Meta/);
  });

  it('Bluesky: the right column\'s trends and the platform\'s own links', () => {
    const { profile } = read('bluesky-signed-in.html', 'https://bsky.app/profile/did:plc:fjordkaffe7xyz');
    expect(JSON.stringify(profile)).not.toMatch(/trending|bsky\.social|zendesk|viewer/);
  });

  it('Mastodon: the instance\'s own about and privacy pages and the navigation', () => {
    const { profile } = read('mastodon-web.html', 'https://social.example.no/@fjordkaffe');
    expect(JSON.stringify(profile)).not.toMatch(/privacy-policy|joinmastodon|Utforsk/);
  });
});

describe('X: a <time> without its datetime', () => {
  it('is dated by the status id, a snowflake that carries its time', () => {
    const doc = fixture('x-signed-in.html');
    for (const t of Array.from(doc.querySelectorAll('time'))) t.removeAttribute('datetime');
    const { posts } = readProfile(doc, 'https://x.com/fjordkaffe', FIXTURE_NOW)!;
    expect(posts.filter((p) => p.byAccount && p.date.startsWith('2025-05-02T08:00:00'))).toHaveLength(1);
  });
});

describe('a post\'s own page', () => {
  it('X: the replies the account wrote in the thread', () => {
    const { profile } = read('x-post.html', 'https://x.com/fjordkaffe/status/1918213870187446272');
    expect(profile.pageType).toBe('post');
    const focal = profile.posts.find((p) => p.date === '2025-05-02T08:00:00.000Z')!;
    expect(focal.repliesByAccount).toBe(1);
    expect(profile.posts.map((p) => p.byAccount)).toEqual([false, true, false, true]);
  });

  it('Bluesky: the replies the account wrote in the thread', () => {
    const { profile } = read('bluesky-thread.html', 'https://bsky.app/profile/fjordkaffe.no/post/3lo6e6rfs222b');
    expect(profile.pageType).toBe('post');
    expect(profile.posts.find((p) => p.date === '2025-05-02T08:00:00.000Z')?.repliesByAccount).toBe(1);
  });
});

describe('pages that are not profiles on a social platform', () => {
  it('a company blog gives no profile', () => {
    expect(readProfile(fixture('blog.html'), 'https://fjordkaffe.no/blogg/', FIXTURE_NOW)).toBeNull();
  });

  it('a hostile page cannot push values past the contract\'s limits', () => {
    const long = 'x'.repeat(5000);
    const doc = fixture('x-signed-in.html');
    doc.querySelector('[data-testid=UserDescription]')!.textContent = long;
    doc.querySelector('[data-testid=UserLocation]')!.textContent = long;
    doc.querySelector('[data-testid=UserName] span span')!.textContent = long;
    doc.querySelector('time')!.setAttribute('datetime', long);
    const profile = readProfile(doc, 'https://x.com/fjordkaffe', FIXTURE_NOW)!;
    expect(ProfileSignals.safeParse(profile).success).toBe(true);
  });
});

describe('a second source when the first is missing', () => {
  it('Facebook: the guest page\'s og:title names the Page when its relay data does not', () => {
    const doc = fixture('facebook-guest.html');
    for (const s of Array.from(doc.querySelectorAll('script'))) s.remove();
    expect(readProfile(doc, 'https://www.facebook.com/fjellbakeri', FIXTURE_NOW)!.name).toBe('Fjellbakeri');
  });

  it('LinkedIn: the meta description\'s followers when the top card has none', () => {
    const doc = fixture('linkedin-nb-guest.html');
    doc.querySelector('h3')!.remove();
    const profile = readProfile(doc, 'https://no.linkedin.com/company/nordlys-bakeri', FIXTURE_NOW)!;
    expect(profile.followers).toBe(1234);
    expect(profile.evidence.followers?.source).toBe('meta');
  });
});

describe('the reply-time indicator, as shown', () => {
  it.each([
    ['Svarer vanligvis innen en time', 'Svarer vanligvis innen en time'],
    ['Typically responds within a day', 'Typically responds within a day'],
    ['Antwortet normalerweise innerhalb einer Stunde', 'Antwortet normalerweise innerhalb einer Stunde'],
  ])('%s', (shown, expected) => {
    const doc = fixture('facebook-signed-in.html');
    const item = Array.from(doc.querySelectorAll('li span')).find((s) => s.textContent!.startsWith('Typically'))!;
    item.textContent = shown;
    expect(readProfile(doc, 'https://www.facebook.com/nordlysbakeri', FIXTURE_NOW)!.typicallyReplies).toBe(expected);
  });

  it('unobservable (null) when the page shows none', () => {
    expect(readProfile(fixture('linkedin-nb-guest.html'), 'https://no.linkedin.com/company/nordlys-bakeri', FIXTURE_NOW)!.typicallyReplies).toBeNull();
  });
});

describe('Instagram: a post\'s own page', () => {
  it('the post\'s date, by the account whose post the page is', () => {
    const doc = fixture('instagram-signed-in.html');
    doc.querySelector('main')!.insertAdjacentHTML('afterbegin', '<article><header><a href="/fjordkaffe/">fjordkaffe</a></header><ul><li><a href="/fjordkaffe/">fjordkaffe</a> Tuesday roast</li><li><a href="/kari.n/">kari.n</a> Yum <a href="/p/C1a2b3c4d5e/c/17900000000000001/"><time datetime="2025-05-03T10:00:00.000Z">1d</time></a></li></ul><a href="/p/C1a2b3c4d5e/"><time datetime="2025-05-02T08:00:00.000Z">May 2</time></a></article>');
    const profile = readProfile(doc, 'https://www.instagram.com/p/C1a2b3c4d5e/', FIXTURE_NOW)!;
    expect(profile.pageType).toBe('post');
    expect(profile.posts.map((p) => [p.date, p.byAccount])).toEqual([['2025-05-02T08:00:00.000Z', true]]);
  });
});
