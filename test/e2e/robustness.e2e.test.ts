/**
 * End-to-end robustness: the production build in real Chromium, opened by a real toolbar click,
 * on pages that make the analyser's life hard. Every page either gets a rating or a clear
 * `[role="alert"][data-error]` message — never a spinner. Test contract as in popup.e2e.test.ts.
 * Everything is served from 127.0.0.1; no other host is reached.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../lib/signals/page-text';
import { budgetBuster } from '../../lib/node/generate-pages';
import { clickToolbar, launchWithExtension, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer, type RouteHandler } from '../../lib/node/fixture-server';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
/** lib/popup-start.ts ANALYSIS_TIMEOUT_MS (not imported: that module needs an extension runtime). */
const ANALYSIS_TIMEOUT_MS = 10_000;

type Outcome =
  | { kind: 'rating'; overall: string; factors: Record<string, string>; partial: boolean; loading: boolean }
  | { kind: 'error'; code: string; text: string; loading: boolean };

/** What the popup shows once it has settled: a full rating, or an error message; else null. */
const READ_OUTCOME = `(() => {
  const loading = !!document.querySelector('[data-state="loading"]');
  const error = document.querySelector('[role="alert"][data-error]');
  if (error) return { kind: 'error', code: error.getAttribute('data-error'), text: error.textContent.trim(), loading };
  const overall = document.querySelector('[data-overall]');
  const badges = document.querySelectorAll('[data-factor][data-level]');
  if (!overall || badges.length < 5) return null;
  const factors = {};
  for (const el of badges) factors[el.getAttribute('data-factor')] = el.getAttribute('data-level');
  return { kind: 'rating', overall: overall.getAttribute('data-overall'), factors, partial: !!document.querySelector('[data-partial="true"]'), loading };
})()`;

const fixture = (name: string) => readFileSync(FIXTURES_DIR + name, 'utf8');
const html = (body: string, headers: Record<string, string> = {}): RouteHandler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
};

/**
 * Runs in the page's own (main) world before the click and breaks the built-ins a content script
 * might lean on. The content script runs in an isolated world with its own built-ins, so this
 * should not reach it — which is what the test checks, rather than assumes. The marker attribute
 * tells the test that the sabotage really ran.
 */
const SABOTAGE = `<script>
(() => {
  const boom = function () { throw new Error('sabotaged by the page'); };
  const mark = Element.prototype.setAttribute;
  const root = document.documentElement;
  Array.prototype.map = boom; Array.prototype.filter = boom; Array.prototype.forEach = boom; Array.prototype.push = boom;
  Array.from = boom;
  JSON.stringify = boom; JSON.parse = boom;
  document.querySelectorAll = boom; document.querySelector = boom; document.createTreeWalker = boom;
  Document.prototype.querySelectorAll = boom; Element.prototype.querySelectorAll = boom;
  Element.prototype.closest = boom; Element.prototype.matches = boom;
  String.prototype.replace = boom; String.prototype.trim = boom;
  Date.now = () => NaN;
  let broken = false;
  try { [1].map((x) => x); } catch { broken = true; }
  mark.call(root, 'data-sabotaged', String(broken));
})();
</script>`;

const CSP = "default-src 'none'; script-src 'none'";
/** Marks the page if it runs: under the policy above it must not. */
const INLINE_SCRIPT = `<script>document.documentElement.setAttribute('data-inline-script-ran', 'yes');</script>`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page | undefined;
let popup: PopupHandle | undefined;

beforeAll(async () => {
  const clean = fixture('wordpress-replies.html');
  server = await serveFixtures(FIXTURES_DIR, {
    routes: {
      // A blog post shown inside an iframe of another page on the same server.
      '/framed.html': html(
        '<!doctype html><html lang="en"><head><title>Our partner blog</title></head><body><h1>Read our partner’s post</h1>' +
          '<iframe src="/wordpress-replies.html" width="900" height="700" title="post"></iframe></body></html>',
      ),
      // A page that is nothing but frames: the top document has no body text at all.
      '/frameset.html': html(
        '<!doctype html><html lang="en"><head><title>Framed blog</title></head>' +
          '<frameset cols="30%,70%"><frame src="/bare.html" name="nav"><frame src="/wordpress-replies.html" name="main"></frameset></html>',
      ),
      '/sabotaged.html': html(clean.replace(/<head>/i, `<head>${SABOTAGE}`)),
      '/strict-csp.html': html(clean.replace(/<head>/i, `<head>${INLINE_SCRIPT}`), { 'content-security-policy': CSP }),
      '/huge.html': html(budgetBuster().html),
    },
  });
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await page?.close();
  page = undefined;
});

/** Open `path`, click the toolbar, and wait for the popup to settle (or fail the test). */
async function rate(path: string, timeoutMs = ANALYSIS_TIMEOUT_MS + 5_000): Promise<Outcome & { ms: number }> {
  page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
  const started = Date.now();
  popup = await clickToolbar(browser.context, browser.extensionId, page);
  const outcome = await popup.waitFor<Outcome>(READ_OUTCOME, timeoutMs);
  const ms = Date.now() - started;
  await popup.close();
  popup = undefined;
  return { ...outcome, ms };
}

function expectRating(outcome: Outcome): asserts outcome is Extract<Outcome, { kind: 'rating' }> {
  expect(outcome.kind, JSON.stringify(outcome)).toBe('rating');
  if (outcome.kind !== 'rating') return;
  expect(outcome.overall).toMatch(/^(strong|fair|weak|unknown)$/);
  expect(Object.keys(outcome.factors).sort()).toEqual(['credibility', 'longevity', 'openness', 'responsiveness', 'transparency']);
  expect(outcome.loading).toBe(false);
}

describe('frames', () => {
  it('rates a page that shows a blog post in an iframe', async () => {
    expectRating(await rate('framed.html'));
  });

  it('rates a page whose content is all inside frames', async () => {
    expectRating(await rate('frameset.html'));
  });
});

describe('hostile and locked-down pages', () => {
  let reference: Outcome;
  beforeAll(async () => {
    reference = await rate('wordpress-replies.html');
    await page?.close();
    page = undefined;
  });

  it('rates a page that replaced Array, JSON, querySelectorAll, closest and String built-ins — as if they were intact', async () => {
    const outcome = await rate('sabotaged.html');
    // The sabotage really ran in the page's world …
    expect(await page!.locator('html').getAttribute('data-sabotaged')).toBe('true');
    // … and either the rating is the one the clean page gets, or the popup says clearly why not.
    if (outcome.kind === 'error') {
      expect(outcome.text.length).toBeGreaterThan(20);
      expect(outcome.loading).toBe(false);
    } else {
      expectRating(outcome);
      expect({ overall: outcome.overall, factors: outcome.factors }).toEqual({ overall: reference.kind === 'rating' && reference.overall, factors: reference.kind === 'rating' && reference.factors });
    }
  });

  it(`rates a page served with "Content-Security-Policy: ${CSP}"`, async () => {
    const outcome = await rate('strict-csp.html');
    // The policy really applies: the page's own inline script was not allowed to run.
    expect(await page!.locator('html').getAttribute('data-inline-script-ran')).toBeNull();
    expectRating(outcome);
    expect(outcome.partial).toBe(false);
    if (reference.kind === 'rating') expect(outcome.factors).toEqual(reference.factors);
  });
});

describe('time budget', () => {
  it('a page too big to analyse within the budget gets a rating marked partial, well within the popup’s timeout', async () => {
    const outcome = await rate('huge.html', ANALYSIS_TIMEOUT_MS + 10_000);
    // Not partial for any other reason: the page finished loading and its text is under the cap.
    expect(await page!.evaluate(() => document.readyState)).toBe('complete');
    expect(await page!.evaluate(() => document.body.innerText.length)).toBeLessThan(MAX_TEXT);
    expectRating(outcome);
    expect(outcome.partial).toBe(true);
    expect(outcome.ms).toBeLessThan(ANALYSIS_TIMEOUT_MS);
  }, 90_000);
});
