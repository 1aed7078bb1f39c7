/**
 * End-to-end: the production build (.output/chrome-mv3) in real Chromium, opened by a real
 * toolbar click (CDP `Extensions.triggerAction`, which grants activeTab like a user's click).
 *
 * Popup test contract:
 * - while analysing: `[data-state="loading"]`
 * - afterwards: `[data-overall]` (strong|fair|weak|unknown) and five
 *   `[data-factor="…"][data-level="…"]` badges
 * - a page that can't be read: `[role="alert"][data-error]` with a human-readable message
 * - toolbar badge text set after analysis, cleared when the tab navigates elsewhere
 *
 * The levels each fixture page gets depend on the day they are judged: levels.e2e.test.ts checks
 * them on the test build, whose clock is fixed.
 */
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbar, getBadgeText, getTabId, launchWithExtension, openPopupInTab, sleep, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';
import { FACTORS, type Rating } from '../fixtures/levels';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
/** The production build; E2E_EXTENSION_DIR points the suite at another unpacked extension. */
const EXTENSION_DIR =
  process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

/** A one-page PDF, so Chromium shows its PDF viewer. */
const PDF = Buffer.from(
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The rating the popup shows, once it shows the overall level and all five factors. */
const READ_RATING = `(() => {
  const overall = document.querySelector('[data-overall]');
  if (!overall) return null;
  const factors = {};
  for (const el of document.querySelectorAll('[data-factor]')) {
    factors[el.getAttribute('data-factor')] = el.getAttribute('data-level');
  }
  if (${JSON.stringify(FACTORS)}.some((f) => !factors[f])) return null;
  return { overall: overall.getAttribute('data-overall'), factors };
})()`;

/** The error message the popup shows, or null. */
const READ_ERROR = `(() => {
  const el = document.querySelector('[role="alert"][data-error]');
  return el ? { code: el.getAttribute('data-error'), text: el.textContent.trim(), hasRating: !!document.querySelector('[data-overall]') } : null;
})()`;

let server: FixtureServer;
let browser: ExtensionBrowser;
const hanging = new Set<ServerResponse>();
let page: Page | undefined;
let popup: PopupHandle | undefined;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES_DIR, {
    routes: {
      '/document.pdf': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': PDF.length });
        res.end(PDF);
      },
      // Starts a page and never finishes it: the analysis can't complete.
      '/never-finishes.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html lang="en"><head><title>Still loading</title></head><body><p>Hello');
        hanging.add(res);
      },
    },
  });
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en' });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await page?.close();
  page = undefined;
});

async function openFixture(url: string): Promise<Page> {
  page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

async function click(p: Page): Promise<PopupHandle> {
  popup = await clickToolbar(browser.context, browser.extensionId, p);
  return popup;
}

describe('states', () => {
  it('never leaves a spinner on a page that never finishes loading: it rates what is there, marked partial', async () => {
    page = await browser.context.newPage();
    await page.goto(server.url('never-finishes.html'), { waitUntil: 'commit' });
    const pop = await click(page);

    const rating = await pop.waitFor<Rating>(READ_RATING, 15_000);
    expect(rating.overall).toMatch(/^(strong|fair|weak|unknown)$/);
    expect(await pop.evaluate<boolean>(`!!document.querySelector('[data-partial="true"]')`)).toBe(true);
    expect(await pop.evaluate<boolean>(`!!document.querySelector('[data-state="loading"]')`)).toBe(false);
  });

  const unreadable: Array<[string, () => string, string]> = [
    ['a chrome:// page', () => 'chrome://version', 'restricted'],
    ['about:blank', () => 'about:blank', 'restricted'],
    ['a view-source: page', () => `view-source:${server.url('bare.html')}`, 'restricted'],
    ['the PDF viewer', () => server.url('document.pdf'), 'pdf'],
    // Never reaches the store: launchWithExtension makes every host name fail to resolve, and the
    // tab is left on an error page that still carries the store's URL.
    ['the Chrome Web Store', () => 'https://chromewebstore.google.com/detail/tillit/abcdefghijklmnopabcdefghijklmnop', 'restricted'],
  ];

  it.each(unreadable)('explains that %s cannot be read', async (_name, url, code) => {
    page = await browser.context.newPage();
    await page.goto(url()).catch(() => {}); // the web store "fails" to load; that's fine
    const pop = await click(page);

    const error = await pop.waitFor<{ code: string; text: string; hasRating: boolean }>(READ_ERROR, 10_000);
    expect(error.code).toBe(code);
    expect(error.text.length).toBeGreaterThan(20);
    expect(error.hasRating).toBe(false);
    // Chrome's raw API errors are not a message for people.
    expect(error.text).not.toMatch(/Cannot access contents of the page|Cannot access a chrome:\/\/ URL|cannot be scripted/i);
  });
});

describe('toolbar badge', () => {
  it('is set after the analysis and cleared when the tab navigates elsewhere', async () => {
    const p = await openFixture(server.url('wordpress-replies.html'));
    const pop = await click(p);
    await pop.waitFor(READ_RATING, 20_000);
    const tabId = await getTabId(browser.context, browser.extensionId, p);

    expect(await getBadgeText(browser.context, browser.extensionId, tabId)).not.toBe('');

    await pop.close();
    popup = undefined;
    await p.goto(server.url('bare.html'));
    let badge = await getBadgeText(browser.context, browser.extensionId, tabId);
    for (const deadline = Date.now() + 5_000; badge !== '' && Date.now() < deadline; ) {
      await sleep(100);
      badge = await getBadgeText(browser.context, browser.extensionId, tabId);
    }
    expect(badge).toBe('');
  });
});

describe('popup in a tab', () => {
  it('shows the same rating at popup.html?tabId=N after the toolbar click', async () => {
    const fixture = 'wordpress-replies.html';
    const p = await openFixture(server.url(fixture));
    const pop = await click(p);
    const fromPopup = await pop.waitFor<Rating>(READ_RATING, 20_000);
    const tabId = await getTabId(browser.context, browser.extensionId, p);

    const tab = await openPopupInTab(browser.context, browser.extensionId, tabId);
    try {
      const overall = tab.locator('[data-overall]');
      await overall.waitFor({ timeout: 20_000 });
      expect(await overall.getAttribute('data-overall')).toBe(fromPopup.overall);
      for (const factor of FACTORS) {
        expect(await tab.locator(`[data-factor="${factor}"]`).getAttribute('data-level')).toBe(fromPopup.factors[factor]);
      }
    } finally {
      await tab.close();
    }
  });
});
