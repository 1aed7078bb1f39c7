// @vitest-environment happy-dom
import { readProfile } from '@/lib/profiles';
import { fixture, FIXTURE_NOW } from './helpers';

// After a single-page app navigates, the embedded data it loaded with (JSON-LD, ytInitialData,
// Facebook's relay JSON, Instagram's meta tags) still describes the first profile. Each fixture
// here was loaded on another profile: that data must not be read for the one in the address bar,
// whose values come from the rendered page instead. The same data is read when the address bar
// names its profile, so what decides is the address, not the source.

describe('embedded data that names another profile than the address bar', () => {
  it('X: a JSON-LD ProfilePage of the previous profile', () => {
    const profile = readProfile(fixture('x-signed-in.html'), 'https://x.com/fjordkaffe', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Fjordkaffe', followers: 12_500, joined: '2012-03', website: 'http://fjordkaffe.no' });
    expect(JSON.stringify(profile)).not.toMatch(/Bergen Byguide|88001|2016|bergenbyguide\.example/);
  });

  it('X: … which is read on its own profile\'s address', () => {
    const profile = readProfile(fixture('x-signed-in.html'), 'https://x.com/bergenbyguide', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Bergen Byguide', followers: 88_001, joined: '2016-08', website: 'https://bergenbyguide.example' });
  });

  it('YouTube: ytInitialData of the channel the app loaded first', () => {
    const profile = readProfile(fixture('youtube-rendered.html'), 'https://www.youtube.com/@fjordkaffe2009', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Fjordkaffe', followers: 25_000, website: 'https://fjordkaffe.no/' });
    expect(JSON.stringify(profile)).not.toMatch(/Bergen Byguide|Guides to the city|bergenbyguide|Bryggen/);
    expect(profile.posts.some((p) => p.date.startsWith('2025-05-04'))).toBe(false);
  });

  it('YouTube: … which is read on its own channel\'s address', () => {
    const profile = readProfile(fixture('youtube-rendered.html'), 'https://www.youtube.com/@bergenbyguide', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Bergen Byguide', about: 'Guides to the city.' });
    expect(profile.posts.filter((p) => p.byAccount).map((p) => p.date.slice(0, 10))).toContain('2025-05-04');
  });

  it('Facebook: relay JSON of the Page the app loaded first', () => {
    const profile = readProfile(fixture('facebook-signed-in.html'), 'https://www.facebook.com/nordlysbakeri', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Nordlys Bakeri', followers: 4200 });
    expect(JSON.stringify(profile)).not.toMatch(/Solsikke|9000/);
  });

  it('Facebook: … which is read on its own Page\'s address', () => {
    const profile = readProfile(fixture('facebook-signed-in.html'), 'https://www.facebook.com/solsikke.kafe', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Solsikke Kafé', verified: true, followers: 9000 });
  });

  it('Instagram: meta tags of the profile the app loaded first', () => {
    const profile = readProfile(fixture('instagram-signed-in.html'), 'https://www.instagram.com/fjordkaffe/', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Fjordkaffe', followers: 12_345, about: null });
    expect(JSON.stringify(profile)).not.toMatch(/Bergen Byguide|88000|City guides/);
  });

  it('Instagram: … which are read on their own profile\'s address', () => {
    const doc = fixture('instagram-signed-in.html');
    doc.querySelector('header')!.remove();
    const profile = readProfile(doc, 'https://www.instagram.com/bergenbyguide/', FIXTURE_NOW)!;
    expect(profile).toMatchObject({ name: 'Bergen Byguide', followers: 88_000, about: 'City guides' });
  });

  it('Mastodon: the head of the profile the app loaded first, now on the home timeline', () => {
    const profile = readProfile(fixture('mastodon-server.html'), 'https://social.example.no/home', FIXTURE_NOW)!;
    expect(profile.pageType).toBe('feed');
    expect(profile).toMatchObject({ name: null, followers: null, about: null });
  });
});
