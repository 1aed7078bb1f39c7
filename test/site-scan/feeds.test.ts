import { parseBloggerComments, parseBloggerPosts, parseFeedDates, parseWordPressComments, parseWordPressPosts } from '@/lib/site-scan/feeds';

// Feeds as the platforms publish them (shapes from Blogger's JSON feed and the WordPress REST
// API), with invented content.

const bloggerPosts = JSON.stringify({
  feed: {
    entry: [
      { id: { $t: 'tag:blogger.com,1999:blog-77.post-1001' }, published: { $t: '2026-10-01T09:00:00.000+02:00' }, author: [{ name: { $t: 'Kari' }, uri: { $t: 'https://www.blogger.com/profile/42' } }] },
      { id: { $t: 'tag:blogger.com,1999:blog-77.post-1000' }, published: { $t: '2024-03-05T09:00:00.000+01:00' }, author: [{ name: { $t: 'Kari' }, uri: { $t: 'https://www.blogger.com/profile/42' } }] },
    ],
  },
});

const bloggerComment = (id: string, published: string, authorUri: string, parent?: string) => ({
  id: { $t: `tag:blogger.com,1999:blog-77.post-${id}` },
  published: { $t: published },
  author: [{ name: { $t: authorUri.endsWith('42') ? 'Kari' : 'Leser' }, uri: { $t: authorUri } }],
  link: parent ? [{ rel: 'related', href: `https://www.blogger.com/feeds/77/1001/comments/default/${parent}` }] : [],
  'thr$in-reply-to': { ref: 'tag:blogger.com,1999:blog-77.post-1001' },
});

describe('Blogger feeds', () => {
  it('reads posts with dates and author profiles', () => {
    const parsed = parseBloggerPosts(bloggerPosts);
    expect(parsed).toEqual({ ok: true, value: [expect.objectContaining({ id: '1001', published: '2026-10-01T07:00:00.000Z', author: 'https://www.blogger.com/profile/42' }), expect.objectContaining({ id: '1000' })] });
  });

  it('reads comments, their parents and which are the owner’s (same profile as a post author)', () => {
    const body = JSON.stringify({ feed: { entry: [bloggerComment('2001', '2026-10-02T10:00:00Z', 'https://x/profile/9'), bloggerComment('2002', '2026-10-02T15:00:00Z', 'https://www.blogger.com/profile/42', '2001')] } });
    const parsed = parseBloggerComments(body, new Set(['https://www.blogger.com/profile/42']));
    expect(parsed.ok && parsed.value).toEqual([
      expect.objectContaining({ id: '2001', parentId: null, byOwner: false, postId: '1001' }),
      expect.objectContaining({ id: '2002', parentId: '2001', byOwner: true }),
    ]);
  });

  it.each([
    ['not JSON', '<html>Blogger error</html>'],
    ['truncated JSON', bloggerPosts.slice(0, 120)],
    ['wrong types', JSON.stringify({ feed: { entry: 'lots' } })],
    ['an array of junk', JSON.stringify([1, 2, 3])],
  ])('says it could not read %s', (_name, body) => {
    expect(parseBloggerPosts(body).ok).toBe(false);
    expect(parseBloggerComments(body, new Set()).ok).toBe(false);
  });

  it('skips entries with impossible dates and ignores __proto__ keys', () => {
    const body = `{"feed":{"entry":[{"id":{"$t":"post-1"},"published":{"$t":"2026-13-45T00:00:00Z"}}],"__proto__":{"polluted":true}}}`;
    expect(parseBloggerPosts(body)).toEqual({ ok: true, value: [] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('WordPress REST', () => {
  it('reads posts and their authors', () => {
    const parsed = parseWordPressPosts(JSON.stringify([{ id: 5, date_gmt: '2026-10-20T08:00:00', author: 2 }]));
    expect(parsed).toEqual({ ok: true, value: [{ id: '5', published: '2026-10-20T08:00:00.000Z', author: '2', authorId: 2 }] });
  });

  it('reads comments: a registered user who writes posts is the owner; parent 0 is a top-level comment', () => {
    const body = JSON.stringify([
      { id: 10, post: 5, parent: 0, author: 0, author_name: 'Per', date_gmt: '2026-10-21T10:00:00' },
      { id: 11, post: 5, parent: 10, author: 2, author_name: 'Jane', date_gmt: '2026-10-21T16:30:00' },
      { id: 12, post: 5, parent: 10, author: 7, author_name: 'Other user', date_gmt: '2026-10-21T17:00:00' },
    ]);
    const parsed = parseWordPressComments(body, new Set([2]));
    expect(parsed.ok && parsed.value.map((c) => [c.id, c.parentId, c.byOwner])).toEqual([
      ['10', null, false],
      ['11', '10', true],
      ['12', '10', false],
    ]);
  });

  it.each([
    ['an error object', JSON.stringify({ code: 'rest_no_route', message: 'No route' })],
    ['truncated JSON', '[{"id":1,"post":5,"par'],
    ['wrong types', JSON.stringify([{ id: '1', post: 5, parent: 0, author: 0, date_gmt: 5 }])],
  ])('says it could not read %s', (_name, body) => {
    expect(parseWordPressComments(body, new Set()).ok).toBe(false);
    expect(parseWordPressPosts(body).ok).toBe(false);
  });
});

describe('RSS and Atom', () => {
  it('reads item dates from RSS, not the channel’s own date', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><pubDate>Thu, 26 Nov 2026 10:00:00 +0000</pubDate>
      <item><title>a</title><pubDate>Mon, 02 Nov 2026 09:00:00 +0000</pubDate></item>
      <item><title>b</title><pubDate>Tue, 06 Oct 2026 09:00:00 +0000</pubDate></item></channel></rss>`;
    const parsed = parseFeedDates(rss);
    expect(parsed.ok && parsed.value.map((d) => d.slice(0, 10))).toEqual(['2026-11-02', '2026-10-06']);
  });

  it('reads Atom entries', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><updated>2026-11-26T00:00:00Z</updated><entry><published>2025-01-05T10:00:00Z</published><updated>2025-01-06T10:00:00Z</updated></entry></feed>`;
    const parsed = parseFeedDates(atom);
    expect(parsed.ok && parsed.value).toEqual(['2025-01-05T10:00:00.000Z', '2025-01-06T10:00:00.000Z']);
  });

  it('refuses what is not a feed and survives a truncated one', () => {
    expect(parseFeedDates('<html><body>Not found</body></html>').ok).toBe(false);
    const cut = parseFeedDates('<rss><channel><item><pubDate>Mon, 02 Nov 2026 09:00:00 +0000</pubDate></item><item><pubDate>Tue, 06 O');
    expect(cut.ok && cut.value.length).toBe(1);
  });
});
