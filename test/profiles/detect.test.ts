// @vitest-environment happy-dom
import { detect } from '@/lib/profiles';
import { fixture, parse } from './helpers';

// Platform and page type, decided once: by host for the six big platforms, by markup for
// Mastodon on any instance, and at the canonical address for a saved copy of a platform page.

const blank = parse('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>');
const of = (url: string, doc = blank) => {
  const found = detect(doc, url);
  return found && [found.platform, found.pageType, found.handle];
};

describe('platform, page type and account from the address', () => {
  it.each([
    ['https://x.com/fjordkaffe', ['x', 'profile', 'fjordkaffe']],
    ['https://twitter.com/fjordkaffe/with_replies', ['x', 'profile', 'fjordkaffe']],
    ['https://x.com/fjordkaffe/status/1918213870187446272', ['x', 'post', 'fjordkaffe']],
    ['https://x.com/home', ['x', 'feed', null]],
    ['https://x.com/explore', ['x', 'feed', null]],
    ['https://x.com/settings/profile', ['x', 'other', null]],
    ['https://x.com/i/flow/signup', ['x', 'other', null]],
    ['https://www.youtube.com/@OneChannel.', ['youtube', 'profile', '@OneChannel.']],
    ['https://www.youtube.com/@fjordkaffe2009/videos', ['youtube', 'profile', '@fjordkaffe2009']],
    ['https://www.youtube.com/channel/UCfjordkaffe000000000000', ['youtube', 'profile', 'UCfjordkaffe000000000000']],
    ['https://www.youtube.com/c/Fjordkaffe', ['youtube', 'profile', 'Fjordkaffe']],
    ['https://www.youtube.com/watch?v=fjord000001', ['youtube', 'post', null]],
    ['https://www.youtube.com/', ['youtube', 'feed', null]],
    ['https://m.youtube.com/feed/subscriptions', ['youtube', 'feed', null]],
    ['https://uk.linkedin.com/company/fjordkaffe', ['linkedin', 'profile', 'fjordkaffe']],
    ['https://no.linkedin.com/company/nordlys-bakeri/about/', ['linkedin', 'profile', 'nordlys-bakeri']],
    ['https://www.linkedin.com/showcase/fjordkaffe-shop/', ['linkedin', 'profile', 'fjordkaffe-shop']],
    ['https://www.linkedin.com/posts/fjordkaffe_coffee-activity-7323979559731200000-abcd', ['linkedin', 'post', 'fjordkaffe']],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7323979559731200000/', ['linkedin', 'post', null]],
    ['https://www.linkedin.com/feed/', ['linkedin', 'feed', null]],
    ['https://www.linkedin.com/jobs/view/1/', ['linkedin', 'other', null]],
    ['https://www.facebook.com/nordlysbakeri', ['facebook', 'profile', 'nordlysbakeri']],
    ['https://www.facebook.com/nordlysbakeri/about', ['facebook', 'profile', 'nordlysbakeri']],
    ['https://www.facebook.com/profile.php?id=100064000000001', ['facebook', 'profile', '100064000000001']],
    ['https://www.facebook.com/people/Nordlys-Bakeri/100064000000001/', ['facebook', 'profile', '100064000000001']],
    ['https://www.facebook.com/nordlysbakeri/posts/pfbid02aBcDeF', ['facebook', 'post', 'nordlysbakeri']],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=100064000000001', ['facebook', 'post', '100064000000001']],
    ['https://www.facebook.com/', ['facebook', 'feed', null]],
    ['https://www.facebook.com/groups/123', ['facebook', 'other', null]],
    ['https://www.facebook.com/privacy/policy/', ['facebook', 'other', null]],
    ['https://www.instagram.com/fjordkaffe/', ['instagram', 'profile', 'fjordkaffe']],
    ['https://www.instagram.com/p/C1a2b3c4d5e/', ['instagram', 'post', null]],
    ['https://www.instagram.com/fjordkaffe/p/C1a2b3c4d5e/', ['instagram', 'post', 'fjordkaffe']],
    ['https://www.instagram.com/explore/', ['instagram', 'feed', null]],
    ['https://www.instagram.com/accounts/login/', ['instagram', 'other', null]],
    ['https://bsky.app/profile/kaffeklubb.bsky.social', ['bluesky', 'profile', 'kaffeklubb.bsky.social']],
    ['https://bsky.app/profile/did:plc:fjordkaffe7xyz', ['bluesky', 'profile', 'did:plc:fjordkaffe7xyz']],
    ['https://bsky.app/profile/fjordkaffe.no/post/3lo6e6rfs222b', ['bluesky', 'post', 'fjordkaffe.no']],
    ['https://bsky.app/', ['bluesky', 'feed', null]],
  ])('%s', (url, expected) => {
    expect(of(url)).toEqual(expected);
  });

  it.each(['https://fjordkaffe.no/', 'https://example.com/x.com/profile', 'https://notx.com/fjordkaffe', 'https://bsky.social/about', 'file:///home/u/page.html', 'not a url'])(
    '%s is no platform page',
    (url) => {
      expect(detect(blank, url)).toBeNull();
    },
  );

  it('a company blog that links to its profiles is no platform page', () => {
    expect(detect(fixture('blog.html'), 'https://fjordkaffe.no/blogg/')).toBeNull();
  });
});

describe('Mastodon on any instance, by its markup', () => {
  it('the web app on a made-up instance', () => {
    expect(of('https://social.example.no/@fjordkaffe', fixture('mastodon-web.html'))).toEqual(['mastodon', 'profile', 'fjordkaffe']);
  });

  it.each([
    ['https://social.example.no/@fjordkaffe/112233445566778899', ['mastodon', 'post', 'fjordkaffe']],
    ['https://social.example.no/@kaffeklubb@andre.example', ['mastodon', 'profile', 'kaffeklubb@andre.example']],
    ['https://social.example.no/users/fjordkaffe', ['mastodon', 'profile', 'fjordkaffe']],
    ['https://social.example.no/home', ['mastodon', 'feed', null]],
    ['https://social.example.no/about', ['mastodon', 'other', null]],
  ])('%s', (url, expected) => {
    expect(of(url, fixture('mastodon-server.html'))).toEqual(expected);
  });

  it.each([
    '<div id="mastodon" data-props="{}"></div>',
    '<meta name="application-name" content="Mastodon">',
    '<meta property="og:site_name" content="Mastodon">',
    '<script id="initial-state" type="application/json">{"meta":{}}</script>',
  ])('recognised by %s', (markup) => {
    expect(detect(parse(`<html><head>${markup}</head><body></body></html>`), 'https://toot.example/@acme')?.platform).toBe('mastodon');
  });

  it('a page at /@name without Mastodon\'s markup is not Mastodon', () => {
    expect(detect(blank, 'https://medium.com/@fjordkaffe')).toBeNull();
  });
});

describe('saved copies are read at their canonical address', () => {
  it.each([
    ['x-signed-in.html', ['x', 'other', null]],
    ['linkedin-nb-guest.html', ['linkedin', 'profile', 'nordlys-bakeri']],
    ['youtube-about.html', ['youtube', 'profile', 'UCfjordkaffe000000000000']],
    ['instagram-guest-nb.html', ['instagram', 'profile', 'fjordkaffe']],
    ['mastodon-server.html', ['mastodon', 'profile', 'fjordkaffe']],
  ])('%s opened from a file', (name, expected) => {
    expect(of('file:///home/u/saved/page.html', fixture(name))).toEqual(expected);
  });

  it('also when served from a local test server', () => {
    expect(of('http://127.0.0.1:8080/linkedin.html', fixture('linkedin-nb-guest.html'))).toEqual(['linkedin', 'profile', 'nordlys-bakeri']);
  });
});

describe('a saved copy that kept no canonical address', () => {
  const saved = (head: string) => parse(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`);
  it.each([
    ['<meta property="al:android:package" content="com.facebook.katana">', 'facebook'],
    ['<meta property="al:android:package" content="com.instagram.android">', 'instagram'],
    ['<meta content="X (formerly Twitter)" property="og:site_name">', 'x'],
    ['<meta property="og:site_name" content="YouTube">', 'youtube'],
    ['<meta property="al:android:package" content="com.linkedin.android">', 'linkedin'],
    ['<meta name="application-name" content="Bluesky">', 'bluesky'],
  ])('%s is its platform, with no account to name', (head, platform) => {
    expect(of('file:///home/u/saved/page.html', saved(head))).toEqual([platform, 'other', null]);
    expect(of('http://127.0.0.1:8080/page.html', saved(head))).toEqual([platform, 'other', null]);
  });

  it('a site that only calls itself by a platform\'s name is not that platform', () => {
    expect(detect(saved('<meta property="og:site_name" content="LinkedIn">'), 'https://linkedin-tips.example/')).toBeNull();
  });
});
