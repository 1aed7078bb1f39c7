import { describe, expect, it } from 'vitest';
import { feedItemLinks, planPages, postLikeness } from '../../lib/node/audit/discover';

const SITE = 'https://firma.example';

describe('which pages the audit reads besides the start page', () => {
  it('reads the items of RSS and Atom feeds, relative links resolved, CDATA and entities decoded', () => {
    const rss = `<rss><channel><link>${SITE}/</link><item><title>A</title><link><![CDATA[${SITE}/2026/11/a-post?x=1&amp;y=2]]></link></item><item><link>/2026/10/b</link></item></channel></rss>`;
    expect(feedItemLinks(rss, `${SITE}/feed`)).toEqual([`${SITE}/2026/11/a-post?x=1&y=2`, `${SITE}/2026/10/b`]);
    const atom = `<feed><link href="${SITE}/"/><entry><link rel="replies" href="${SITE}/c"/><link rel="alternate" href="${SITE}/2026/09/c-post"/></entry><entry><link href="/d"/></entry></feed>`;
    expect(feedItemLinks(atom, `${SITE}/atom.xml`)).toEqual([`${SITE}/2026/09/c-post`, `${SITE}/d`]);
  });

  it('a dated, slugged address looks more like a post than a tag page or a page number', () => {
    const score = (path: string) => postLikeness(new URL(path, SITE));
    expect(score('/2026/11/why-we-changed-our-warranty/')).toBeGreaterThan(score('/blog/why-we-changed'));
    expect(score('/blog/why-we-changed-it')).toBeGreaterThan(score('/about'));
    expect(score('/about')).toBeGreaterThan(score('/tag/news/'));
  });

  it('feed items first, then posts by their look; same origin, no assets, never the start page or a page twice', () => {
    const plan = planPages({
      startUrl: `${SITE}/`,
      listedUrl: 'http://firma.example/',
      feedLinks: [`${SITE}/2026/11/newest`, `${SITE}/2026/10/older`],
      sitemapLinks: [`${SITE}/`, `${SITE}/about`, `${SITE}/2025/01/an-old-post-here`, `${SITE}/2026/10/older#comments`],
      pageLinks: [`${SITE}/tag/x/`, 'https://elsewhere.example/2026/01/their-post-here', `${SITE}/logo.png`, `${SITE}/feed/`, `${SITE}/blog/a-post-with-a-slug`, 'http://firma.example/2024/05/on-the-listed-origin-too'],
      allowed: () => true,
      max: 5,
    });
    expect(plan).toEqual({
      urls: [`${SITE}/2026/11/newest`, `${SITE}/2026/10/older`, `${SITE}/2025/01/an-old-post-here`, 'http://firma.example/2024/05/on-the-listed-origin-too', `${SITE}/blog/a-post-with-a-slug`],
      robotsSkipped: 0,
    });
  });

  it('leaves out what robots.txt disallows and counts it; stops at max', () => {
    const plan = planPages({
      startUrl: `${SITE}/`,
      listedUrl: `${SITE}/`,
      feedLinks: [`${SITE}/private/one`, `${SITE}/2026/11/a`, `${SITE}/2026/10/b`, `${SITE}/2026/09/c`],
      sitemapLinks: [],
      pageLinks: [],
      allowed: (url) => !url.includes('/private/'),
      max: 2,
    });
    expect(plan).toEqual({ urls: [`${SITE}/2026/11/a`, `${SITE}/2026/10/b`], robotsSkipped: 1 });
  });
});
