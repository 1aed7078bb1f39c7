import { describe, expect, it } from 'vitest';
import { channelOfKey, channelUrl, profileOfUrl } from '@/lib/companies/channel';
import { channelFromInput } from '@/lib/companies/edit';

describe('a link to a company profile is a channel: platform and handle', () => {
  it.each([
    ['https://www.linkedin.com/company/Fjord-Kaffe/', 'linkedin:fjord-kaffe'],
    ['https://no.linkedin.com/company/fjord-kaffe/about/', 'linkedin:fjord-kaffe'],
    ['https://twitter.com/FjordKaffe', 'x:fjordkaffe'],
    ['https://x.com/fjordkaffe?lang=nb', 'x:fjordkaffe'],
    ['https://www.facebook.com/fjordkaffe/', 'facebook:fjordkaffe'],
    ['https://www.facebook.com/profile.php?id=100064', 'facebook:100064'],
    ['https://www.instagram.com/fjord.kaffe/', 'instagram:fjord.kaffe'],
    ['https://www.youtube.com/@FjordKaffe', 'youtube:@fjordkaffe'],
    // A channel id is case-sensitive on YouTube.
    ['https://www.youtube.com/channel/UCabcDEF123', 'youtube:UCabcDEF123'],
    ['https://bsky.app/profile/fjordkaffe.no', 'bluesky:fjordkaffe.no'],
    ['https://mastodon.social/@fjordkaffe', 'mastodon:fjordkaffe@mastodon.social'],
    ['https://snabelen.no/@fjordkaffe', 'mastodon:fjordkaffe@snabelen.no'],
  ])('%s → %s', (url, key) => {
    expect(profileOfUrl(url)?.key).toBe(key);
  });

  it.each([
    ['a post', 'https://x.com/fjordkaffe/status/123'],
    ['a share link', 'https://www.facebook.com/sharer/sharer.php?u=https://fjordkaffe.no'],
    ['a feed', 'https://www.linkedin.com/feed/'],
    ['a video', 'https://www.youtube.com/watch?v=abc'],
    ['another site', 'https://fjordkaffe.no/om-oss'],
    ['not a URL', 'javascript:alert(1)'],
  ])('%s is not a profile', (_what, url) => {
    expect(profileOfUrl(url)).toBeNull();
  });

  it('a key leads back to its channel and to an address the user can open', () => {
    for (const url of ['https://www.linkedin.com/company/fjord-kaffe/', 'https://x.com/fjordkaffe', 'https://mastodon.social/@fjordkaffe', 'https://www.youtube.com/channel/UCabcDEF123']) {
      const channel = channelOfKey(profileOfUrl(url)!.key)!;
      expect(profileOfUrl(channelUrl(channel))?.key).toBe(channel.key);
    }
    expect(channelOfKey('fjordkaffe.no')).toEqual({ kind: 'site', key: 'fjordkaffe.no', site: 'fjordkaffe.no' });
    expect(channelOfKey('not a key')).toBeNull();
    expect(channelOfKey('myspace:someone')).toBeNull();
  });
});

describe('a channel typed by the user', () => {
  it.each([
    ['fjordkaffe.no', 'fjordkaffe.no'],
    ['https://www.fjordkaffe.no/blogg', 'fjordkaffe.no'],
    ['  linkedin.com/company/fjord-kaffe ', 'linkedin:fjord-kaffe'],
    ['https://x.com/FjordKaffe', 'x:fjordkaffe'],
  ])('%j → %s', (input, key) => {
    expect(channelFromInput(input)?.key).toBe(key);
  });

  it.each(['', 'fjordkaffe', 'ftp://fjordkaffe.no', 'hello world'])('%j is neither a site nor a profile', (input) => {
    expect(channelFromInput(input)).toBeNull();
  });
});
