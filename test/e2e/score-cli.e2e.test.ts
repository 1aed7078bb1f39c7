/**
 * The command-line scorer (`npm run score`) uses the extension's own content-script bundle in
 * headless Chromium: a saved file gets no network at all, and `--site` reads a live site's
 * feeds exactly as the popup's "Check the whole site" does.
 */
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scorer } from '../../scripts/scorer';
import { readFileSync } from 'node:fs';
import { serveFixtures, type FixtureServer } from './harness';

const SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../.output/chrome-mv3/analyse.js', import.meta.url));
const HOUR = 3_600_000;
const NOW = new Date('2026-11-26T12:00:00Z');
const gmt = (ms: number) => new Date(ms).toISOString().slice(0, 19);
const json = (body: unknown) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

let server: FixtureServer;
let scorer: Scorer;
let requests = 0;

beforeAll(async () => {
  const t = Date.parse('2026-11-01T10:00:00Z');
  const counted = (handler: ReturnType<typeof json>) => (req: unknown, res: ServerResponse) => {
    requests++;
    handler(req, res);
  };
  server = await serveFixtures(SITES_DIR, {
    host: '127.0.0.6',
    routes: {
      '/wp-json/wp/v2/posts': counted(json([{ id: 1, date_gmt: gmt(t), author: 3 }, { id: 2, date_gmt: gmt(t - 800 * 24 * HOUR), author: 3 }])),
      '/wp-json/wp/v2/comments': counted(json([
        { id: 10, post: 1, parent: 0, author: 0, date_gmt: gmt(t + HOUR) },
        { id: 11, post: 1, parent: 10, author: 3, date_gmt: gmt(t + 13 * HOUR) },
        { id: 12, post: 1, parent: 0, author: 0, date_gmt: gmt(t + 2 * HOUR) },
      ])),
    },
  });
  scorer = await Scorer.open(readFileSync(BUNDLE, 'utf8'));
});

afterAll(async () => {
  await scorer?.close();
  await server?.close();
});

describe('npm run score', () => {
  it('--site reads the WordPress REST feeds of a live site and summarises them', async () => {
    const result = await scorer.score(server.url('wordpress-site.html'), { site: true, now: NOW });
    expect(result.summary.site).toEqual({
      requests: 4, // posts, comments, the contact and the about page
      ownerReplyMedianHours: 12,
      ownerReplyShare: 0.5,
      firstActivity: '2024-08-23', // 800 days before the newest post
      lastActivity: '2026-11-01',
      activeMonths24: 1,
    });
    expect(requests).toBe(2);
  });

  it('a saved file is scored with no request at all, and its site summary is honest about it', async () => {
    requests = 0;
    const file = fileURLToPath(new URL('../fixtures/sites/wordpress-site.html', import.meta.url));
    const result = await scorer.score(file, { site: true, now: NOW });
    expect(requests).toBe(0);
    expect(result.summary.site).toEqual({ requests: 0, ownerReplyMedianHours: null, ownerReplyShare: null, firstActivity: null, lastActivity: null, activeMonths24: null });
    expect(result.summary.author.names).toEqual(['Sam Reed']);
  });
});
