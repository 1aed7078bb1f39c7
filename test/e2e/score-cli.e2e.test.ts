/**
 * The command-line scorer, run as users run it (`npm run -s score -- …`, or the same script
 * straight under node), against loopback "sites" and files that are not pages.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, Scorer } from '../../lib/node/scorer';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';

const SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const BUNDLE = join(ROOT, '.output/chrome-mv3/analyse.js');
const HOUR = 3_600_000;
const NOW = new Date('2026-11-26T12:00:00Z');
const gmt = (ms: number) => new Date(ms).toISOString().slice(0, 19);
const page = (name: string) => join(PAGES_DIR, name);
const json = (body: unknown) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const answer = (status: number, type: string, body: string) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
};
/** Accepts the request and never answers (until the server closes). */
const hang = () => {};

let wordpress: FixtureServer;
let blogger: FixtureServer;
let tmp: string;
let requests = 0;

beforeAll(async () => {
  const t = Date.parse('2026-11-01T10:00:00Z');
  const counted = (handler: ReturnType<typeof json>) => (req: unknown, res: ServerResponse) => {
    requests++;
    handler(req, res);
  };
  wordpress = await serveFixtures(SITES_DIR, {
    host: '127.0.0.6',
    routes: {
      '/wp-json/wp/v2/posts': counted(json([{ id: 1, date_gmt: gmt(t), author: 3 }, { id: 2, date_gmt: gmt(t - 800 * 24 * HOUR), author: 3 }])),
      '/wp-json/wp/v2/comments': counted(json([
        { id: 10, post: 1, parent: 0, author: 0, date_gmt: gmt(t + HOUR) },
        { id: 11, post: 1, parent: 10, author: 3, date_gmt: gmt(t + 13 * HOUR) },
        { id: 12, post: 1, parent: 0, author: 0, date_gmt: gmt(t + 2 * HOUR) },
      ])),
      '/missing': answer(404, 'text/html', '<!doctype html><title>Not found</title><h1>Not found</h1>'),
      '/broken': answer(500, 'text/html', '<!doctype html><title>Error</title><h1>Internal error</h1>'),
      '/report.pdf': answer(200, 'application/pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF'),
      '/data.json': answer(200, 'application/json', '{"posts": []}'),
      '/moved': (_req: unknown, res: ServerResponse) => {
        res.writeHead(301, { location: '/wordpress-site.html' });
        res.end();
      },
      // One byte a second after the head: the page never finishes loading in a short timeout.
      '/slow': (req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html lang="en"><head><title>Slow company news</title></head><body><article><h1>Slow news</h1><p>By Ann Lee</p><p>');
        let sent = 0;
        const timer = setInterval(() => (++sent > 120 ? (clearInterval(timer), res.end()) : res.write('.')), 1_000);
        req.on('close', () => clearInterval(timer));
      },
    },
  });
  // A Blogger site whose feeds accept the request and never answer.
  blogger = await serveFixtures(SITES_DIR, { host: '127.0.0.7', routes: { '/feeds/posts/default': hang, '/feeds/comments/default': hang } });
  tmp = mkdtempSync(join(tmpdir(), 'tillit-cli-'));
  writeFileSync(join(tmp, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(tmp, 'empty.html'), '');
  writeFileSync(join(tmp, 'notes.txt'), 'Just some notes, not a page.\n');
  mkdirSync(join(tmp, 'folder.html'));
});

afterAll(async () => {
  await wordpress?.close();
  await blogger?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: Array<Record<string, any>>;
}

/** Run the command; `via: 'npm'` runs it exactly as README says, else straight under node. */
function score(args: string[], options: { via?: 'npm' | 'node'; onStdout?: (text: string, child: ReturnType<typeof spawn>) => void } = {}): Promise<Run> {
  const child =
    options.via === 'npm'
      ? spawn('npm', ['run', '-s', 'score', '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    options.onStdout?.(stdout, child);
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  // A hang shows up as a failed assertion with what the command printed, not a bare timeout.
  const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  return new Promise((ok) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      const lines = args.includes('--json') ? stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>) : [];
      ok({ code, stdout, stderr, lines });
    }),
  );
}

describe('the Scorer behind the command', () => {
  let scorer: Scorer;
  beforeAll(async () => {
    scorer = await Scorer.open(readFileSync(BUNDLE, 'utf8'));
  });
  afterAll(() => scorer?.close());

  it('--site reads the WordPress REST feeds of a live site and summarises them', async () => {
    requests = 0;
    const result = await scorer.score(wordpress.url('wordpress-site.html'), { site: true, now: NOW });
    expect(result.summary.site).toEqual({
      requests: 4, // posts, comments, the contact and the about page
      timedOut: false,
      ownerReplyMedianHours: 12,
      ownerReplyShare: 0.5,
      firstActivity: '2024-08-23', // 800 days before the newest post
      lastActivity: '2026-11-01',
      activeMonths24: 1,
    });
    expect(requests).toBe(2);
    expect(result.status).toBe(200);
  });

  it('a saved file is scored with no request at all, and its site summary is honest about it', async () => {
    requests = 0;
    const result = await scorer.score(join(SITES_DIR, 'wordpress-site.html'), { site: true, now: NOW });
    expect(requests).toBe(0);
    expect(result.status).toBeNull();
    expect(result.summary.site).toEqual({ requests: 0, timedOut: false, ownerReplyMedianHours: null, ownerReplyShare: null, firstActivity: null, lastActivity: null, activeMonths24: null });
    expect(result.summary.author.names).toEqual(['Sam Reed']);
  });
  it('a social platform profile gets summary.profile, and nothing of the platform counted as the company’s', async () => {
    const result = await scorer.score(fileURLToPath(new URL('../fixtures/profiles/linkedin-nb-guest.html', import.meta.url)), { now: new Date('2025-05-05T12:00:00Z') });
    expect(result.summary.profile).toMatchObject({ platform: 'linkedin', name: 'Nordlys Bakeri', website: 'https://nordlysbakeri.no', joined: '1998', followers: 1234 });
    expect(result.summary.author.present).toBe(false);
    expect(Object.values(result.summary.contact).some(Boolean)).toBe(false);
    expect(result.report.factors.flatMap((f) => f.criteria.map((c) => c.id))).toContain('profile-website');
  });

  it('an ordinary page has no summary.profile', async () => {
    const result = await scorer.score(page('demo-blog.html'), { now: NOW });
    expect(result.summary).not.toHaveProperty('profile');
  });
});

describe('npm run -s score', () => {
  it('--help prints the usage, the output format and the exit codes, and exits 0', async () => {
    const run = await score(['--help']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run -s score -- \[options\] <file-or-url>/);
    expect(run.stdout).toContain('--timeout SECONDS');
    expect(run.stdout).toMatch(/Exit codes:[\s\S]*0 +every input was scored[\s\S]*1 +at least one input[\s\S]*2 +usage error/);
    expect(run.stderr).toBe('');
  });

  it('a usage error says what is wrong on stderr and exits 2', async () => {
    for (const args of [['--bogus', page('bare.html')], [], ['--timeout', 'soon', page('bare.html')], ['--lang', 'sv', page('bare.html')]]) {
      const run = await score(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^score: (unknown option --bogus|no file or URL|--timeout must|--lang must)/);
    }
  });

  it('--json, run the way README says, writes nothing but JSON Lines to stdout', async () => {
    const run = await score(['--json', '--now', NOW.toISOString(), page('demo-blog.html'), wordpress.url('moved')], { via: 'npm' });
    expect(run.code, run.stderr).toBe(0);
    const [file, live] = run.lines;
    expect(file).toMatchObject({ input: page('demo-blog.html'), status: null, partial: false });
    expect(file!['report'].overall.level).toBe('strong');
    // The final URL after the redirect, and its status.
    expect(live).toMatchObject({ input: wordpress.url('moved'), url: wordpress.url('wordpress-site.html'), status: 200, contentType: 'text/html; charset=utf-8' });
    expect(live!['summary'].author.names).toEqual(['Sam Reed']);
  });

  it('text output is in words, English by default and Norwegian with --lang nb', async () => {
    const en = await score(['--now', NOW.toISOString(), page('bare.html')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Credibility');
    expect(en.stdout).toContain('Long-term commitment');
    expect(en.stdout).toContain('Sign every post with the writer’s name'); // a tip, in words
    expect(en.stdout).not.toMatch(/\b(?:level|factor|criterion|overall)\.[a-z]/);

    const nb = await score(['--lang', 'nb', '--now', NOW.toISOString(), page('bare.html')]);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain('Troverdighet');
    expect(nb.stdout).toContain('Svak');
    expect(nb.stdout).toContain('Faktor');
    expect(nb.stdout).not.toMatch(/\b(?:level|factor|criterion|overall)\.[a-z]/);
  });

  it('only pages are scored: each other input gets one clear error, and the exit code is 1', async () => {
    const inputs = [
      join(tmp, 'logo.png'),
      join(tmp, 'empty.html'),
      join(tmp, 'notes.txt'),
      join(tmp, 'folder.html'),
      join(tmp, 'no-such-page.html'),
      'ftp://files.example/page.html',
      wordpress.url('missing'),
      wordpress.url('broken'),
      wordpress.url('report.pdf'),
      wordpress.url('data.json'),
      page('bare.html'),
    ];
    const run = await score(['--json', '--now', NOW.toISOString(), ...inputs]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.lines.map((l) => l['input'])).toEqual(inputs);
    const errors = run.lines.map((l) => l['error'] ?? null);
    expect(errors).toEqual([
      'a binary file (image/png), not an HTML page',
      'empty file',
      expect.stringMatching(/^not an HTML file/),
      `${join(tmp, 'folder.html')} is a directory, not a page`,
      `no such file: ${join(tmp, 'no-such-page.html')}`,
      'not an http(s) URL (ftp:)',
      'HTTP 404 Not Found',
      'HTTP 500 Internal Server Error',
      'not an HTML page (content type application/pdf)',
      'not an HTML page (content type application/json)',
      null,
    ]);
    // Nothing refused carries a report; the HTTP status and type are kept where there was one.
    for (const line of run.lines.slice(0, -1)) expect(line).not.toHaveProperty('report');
    expect(run.lines.slice(6, 10).map((l) => [l['status'], l['contentType']])).toEqual([
      [404, 'text/html'],
      [500, 'text/html'],
      [200, 'application/pdf'],
      [200, 'application/json'],
    ]);
    expect(run.lines[10]).toHaveProperty('report');
    // Errors are also told on stderr, one line per input.
    expect(run.stderr.split('\n').filter((l) => l.startsWith('score: ')).length).toBe(10);
  });

  it('when every input fails: nothing on stdout, the reasons on stderr, exit code 1', async () => {
    const run = await score([join(tmp, 'no-such-page.html'), wordpress.url('missing')]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`score: ${join(tmp, 'no-such-page.html')}: not scored: no such file`);
    expect(run.stderr).toContain(`score: ${wordpress.url('missing')}: not scored: HTTP 404`);
  });

  it('a page still loading at --timeout is scored as far as it got, marked partial', async () => {
    const run = await score(['--json', '--timeout', '2', wordpress.url('slow')]);
    expect(run.code, run.stderr).toBe(0);
    const [result] = run.lines;
    expect(result).toMatchObject({ status: 200, partial: true });
    expect(result!['signals'].title).toBe('Slow company news');
    expect(result!['report'].partial).toBe(true);
  });

  it('--site on a site whose feeds never answer ends at the site limit, says so, and the batch goes on', async () => {
    const inputs = [page('bare.html'), blogger.url('blogger-site.html'), page('demo-blog.html'), wordpress.url('wordpress-site.html'), page('company.html')];
    const run = await score(['--json', '--site', '--now', NOW.toISOString(), ...inputs]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.lines.map((l) => l['input'])).toEqual(inputs);
    const hung = run.lines[1]!;
    expect(hung['summary'].site).toMatchObject({ timedOut: true, ownerReplyMedianHours: null });
    // What did arrive is kept: the WordPress site after it is read in full.
    expect(run.lines[3]!['summary'].site).toMatchObject({ timedOut: false, ownerReplyMedianHours: 12 });
    expect(run.lines.every((l) => l['report'])).toBe(true);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s stops at once: exit %i, nothing for inputs never tried, what was printed stays valid', async (signal, code) => {
    const inputs = [page('bare.html'), blogger.url('blogger-site.html'), page('demo-blog.html')];
    let sent = false;
    const run = await score(['--json', '--site', ...inputs], {
      onStdout: (text, child) => {
        // The first result is out: the run is now waiting on the site that never answers.
        if (!sent && text.includes('\n')) {
          sent = true;
          setTimeout(() => child.kill(signal), 300);
        }
      },
    });
    expect(run.code).toBe(code);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]!['input']).toBe(inputs[0]);
    expect(run.stderr).not.toMatch(/closed|demo-blog/i);
  });
});
