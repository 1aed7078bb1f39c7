/**
 * "Check the whole site" in real Chromium: the page itself fetches its own site's feeds (no new
 * permission), the popup shows the right medians, an honest "unknown" where a site has no feeds,
 * and keeps the 5-second limit when a feed hangs. Each "site" is its own loopback address.
 */
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbar, launchWithExtension, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';

const SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
/** WordPress REST dates are GMT without a zone. */
const gmt = (msAgo: number) => at(msAgo).slice(0, 19);
const json = (body: unknown) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

// Blogger: monthly posts for two years; two readers answered by the author after 2 h and 6 h.
const OWNER = 'https://www.blogger.com/profile/4242';
const bloggerPosts = { feed: { entry: Array.from({ length: 26 }, (_, i) => ({ id: { $t: `tag:blogger.com,1999:blog-1.post-${100 + i}` }, published: { $t: at(i * 30 * DAY + DAY) }, author: [{ name: { $t: 'Mari Fjell' }, uri: { $t: OWNER } }] })) } };
const bloggerComment = (id: number, msAgo: number, uri: string, parent?: number) => ({
  id: { $t: `tag:blogger.com,1999:blog-1.post-${id}` },
  published: { $t: at(msAgo) },
  author: [{ name: { $t: uri === OWNER ? 'Mari Fjell' : 'Leser' }, uri: { $t: uri } }],
  link: parent ? [{ rel: 'related', href: `http://x/feeds/1/100/comments/default/${parent}` }] : [],
  'thr$in-reply-to': { ref: 'tag:blogger.com,1999:blog-1.post-100' },
});
const bloggerComments = { feed: { entry: [bloggerComment(900, 10 * DAY, 'https://x/profile/1'), bloggerComment(901, 10 * DAY - 2 * HOUR, OWNER, 900), bloggerComment(902, 5 * DAY, 'https://x/profile/2'), bloggerComment(903, 5 * DAY - 6 * HOUR, OWNER, 902)] } };

// WordPress: three readers; the author (user 3) answers two, after 30 h and 50 h (median 40 h).
const wpPosts = [{ id: 1, date_gmt: gmt(20 * DAY), author: 3 }, { id: 2, date_gmt: gmt(400 * DAY), author: 3 }];
const wpComments = [
  { id: 10, post: 1, parent: 0, author: 0, author_name: 'Per', date_gmt: gmt(15 * DAY) },
  { id: 11, post: 1, parent: 10, author: 3, author_name: 'Sam Reed', date_gmt: gmt(15 * DAY - 30 * HOUR) },
  { id: 12, post: 1, parent: 0, author: 0, author_name: 'Liv', date_gmt: gmt(12 * DAY) },
  { id: 13, post: 1, parent: 12, author: 3, author_name: 'Sam Reed', date_gmt: gmt(12 * DAY - 50 * HOUR) },
  { id: 14, post: 1, parent: 0, author: 0, author_name: 'Ola', date_gmt: gmt(11 * DAY) },
];

const servers: FixtureServer[] = [];
const hanging = new Set<ServerResponse>();
let blogger: FixtureServer;
let wordpress: FixtureServer;
let plain: FixtureServer;
let frozen: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  blogger = await serveFixtures(SITES_DIR, { host: '127.0.0.2', routes: { '/feeds/posts/default': json(bloggerPosts), '/feeds/comments/default': json(bloggerComments) } });
  wordpress = await serveFixtures(SITES_DIR, { host: '127.0.0.3', routes: { '/wp-json/wp/v2/posts': json(wpPosts), '/wp-json/wp/v2/comments': json(wpComments) } });
  plain = await serveFixtures(PAGES_DIR, { host: '127.0.0.4' });
  const hang = (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    hanging.add(res);
  };
  frozen = await serveFixtures(SITES_DIR, { host: '127.0.0.5', routes: { '/wp-json/wp/v2/posts': hang, '/wp-json/wp/v2/comments': hang } });
  servers.push(blogger, wordpress, plain, frozen);
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en' });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

const READ = `(() => {
  const box = document.querySelector('[data-site-check="done"]');
  if (!box) return null;
  const fact = (name) => box.querySelector('[data-fact="' + name + '"]')?.textContent ?? '';
  const criterion = (id) => document.querySelector('[data-criterion="' + id + '"]');
  return {
    replies: fact('replies'), activity: fact('activity'), requests: fact('requests'), text: box.textContent,
    responsiveness: document.querySelector('[data-factor="responsiveness"]').getAttribute('data-level'),
    replyTime: criterion('reply-time').getAttribute('data-status'),
    replyTimeSiteLevel: !!criterion('reply-time').querySelector('[data-site-level]'),
  };
})()`;

type Result = { replies: string; activity: string; requests: string; text: string; responsiveness: string; replyTime: string; replyTimeSiteLevel: boolean };

async function checkSite(url: string): Promise<{ result: Result; ms: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup: PopupHandle = await clickToolbar(browser.context, browser.extensionId, page);
  try {
    await popup.waitFor(`document.querySelector('[data-action="check-site"]')`, 20_000);
    const started = Date.now();
    await popup.evaluate(`document.querySelector('[data-action="check-site"]').click()`);
    const result = await popup.waitFor<Result>(READ, 15_000);
    return { result, ms: Date.now() - started };
  } finally {
    await popup.close();
    await page.close();
  }
}

describe('check the whole site', () => {
  it('Blogger: reads the JSON feeds and shows the median reply time (4 h) as site-level evidence', async () => {
    const { result } = await checkSite(blogger.url('blogger-site.html'));
    expect(result.replies).toMatch(/answered 2 of 2 .*median reply time 4 hours/);
    expect(result.replyTime).toBe('met');
    expect(result.replyTimeSiteLevel).toBe(true);
    expect(result.responsiveness).not.toBe('unknown');
    expect(result.activity).toMatch(/posts in 2[45] of the last 24 months/);
  });

  it('WordPress: reads the REST API and shows a median of 40 h (partly met) and 2 of 3 answered', async () => {
    const { result } = await checkSite(wordpress.url('wordpress-site.html'));
    expect(result.replies).toMatch(/answered 2 of 3 .*median reply time 40 hours/);
    expect(result.replyTime).toBe('partial');
    expect(result.replyTimeSiteLevel).toBe(true);
  });

  it('a site without feeds: reply times stay an honest "unknown"', async () => {
    const { result } = await checkSite(plain.url('company.html'));
    expect(result.replies).toMatch(/unknown/);
    expect(result.responsiveness).toBe('unknown');
  });

  it('a feed that hangs: the 5-second limit is kept and the popup says so', async () => {
    const { result, ms } = await checkSite(frozen.url('wordpress-site.html'));
    expect(ms).toBeLessThan(8_000);
    expect(result.text).toMatch(/time limit/);
    expect(result.replies).toMatch(/unknown/);
  });
});
