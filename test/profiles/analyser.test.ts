// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageSignals } from '@/lib/contracts/page';
import { collectSignals } from '@/lib/signals';
import { summarise } from '@/lib/summary';
import { fixture, FIXTURES, hasSocial, parse, SOCIAL } from './helpers';

// The page analyser on a social platform's page: it says which platform serves it and gathers
// nothing else, so the platform's own footer, legal links, copyright and other accounts can never
// be credited to the company (the profile reader reads the profile itself).

const analyse = (doc: Document, url: string): PageSignals => collectSignals(doc, { url, budgetMs: 60_000 });

/** Nothing a page gatherer would have found: no author, contact, page link, comment, date or channel. */
function expectNothingGathered(s: PageSignals): void {
  const summary = summarise(s);
  expect(summary.author.present).toBe(false);
  expect(Object.values(summary.contact).some(Boolean)).toBe(false);
  expect(s.contact.organisationNames).toEqual([]);
  expect(s.contact.socialProfiles).toEqual([]);
  expect(s.comments).toEqual([]);
  expect(s.dates.copyright).toBeNull();
  expect(s.engagement.feeds).toEqual([]);
  expect(s.profile).toBeNull(); // the popup or the CLI adds it from the profile reader
}

describe('the analyser on social platforms', () => {
  it.each([
    // Served from anywhere, a saved copy is known by its canonical address or its own marks.
    ['linkedin-nb-guest.html', 'http://127.0.0.1:8080/linkedin-nb-guest.html', 'linkedin'],
    ['facebook-guest.html', 'file:///tmp/facebook-guest.html', 'facebook'],
    ['instagram-guest-nb.html', 'http://127.0.0.1:8080/instagram-guest-nb.html', 'instagram'],
    ['youtube-about.html', 'file:///tmp/youtube-about.html', 'youtube'],
    ['bluesky-thread.html', 'http://127.0.0.1:8080/bluesky-thread.html', 'bluesky'],
    // Live, by the address bar's host.
    ['x-signed-in.html', 'https://x.com/fjordkaffe', 'x'],
    ['bluesky-signed-in.html', 'https://bsky.app/profile/did:plc:abc', 'bluesky'],
    ['facebook-signed-in.html', 'https://www.facebook.com/fjellbakeri', 'facebook'],
    // Mastodon on any host, by its markup.
    ['mastodon-web.html', 'https://social.example.no/@fjordkaffe', 'mastodon'],
    ['mastodon-server.html', 'http://127.0.0.1:8080/mastodon-server.html', 'mastodon'],
  ])('%s (at %s) is a %s page, and nothing of it is gathered as the company’s', (name, url, platform) => {
    const s = analyse(fixture(name), url);
    expect(s.social).toBe(platform);
    expect(s.partial).toBe(false);
    expect(s.title).not.toBe('');
    expectNothingGathered(s);
  });

  it('a company blog that links to its profiles is an ordinary page, gathered as one', () => {
    const s = analyse(parse(readFileSync(resolve(FIXTURES, 'blog.html'), 'utf8')), 'https://fjordkaffe.no/blogg/');
    expect(s.social).toBeNull();
    expect(s.contact.socialProfiles.length).toBeGreaterThan(0);
  });

  it.runIf(hasSocial)('the six saved profile pages: each is its platform’s, and nothing of the platform is credited', () => {
    const labels = JSON.parse(readFileSync(resolve(SOCIAL, 'labels.json'), 'utf8')) as Array<{ id: string; url: string; platform: string }>;
    for (const label of labels) {
      const s = analyse(parse(readFileSync(resolve(SOCIAL, `${label.id}.html`), 'utf8')), label.url);
      expect(s.social, label.id).toBe(label.platform);
      expectNothingGathered(s);
    }
  });
});
