/**
 * End-to-end: the levels the popup shows for each fixture page, after a real toolbar click, are
 * the ones test/fixtures/levels.ts expects (test/signals/fixture-levels.test.ts checks the same
 * table without a browser).
 *
 * Judging dates is the one thing here that depends on the day: the fixtures' dates are scored as
 * of FIXTURE_NOW. So this file runs against the end-to-end test build (`npm run build:e2e`,
 * .output/chrome-mv3-e2e), the production build with its popup clock fixed at FIXTURE_NOW
 * (wxt.config.ts, lib/clock.ts). Everything else is tested on the production build itself.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_LEVELS, FACTORS, FIXTURE_NOW, type Rating } from '../fixtures/levels';
import { clickToolbar, launchWithExtension, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
/** The end-to-end test build; E2E_TEST_BUILD_DIR points this file at another one. */
const TEST_BUILD_DIR = process.env.E2E_TEST_BUILD_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3-e2e/', import.meta.url));

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

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page | undefined;
let popup: PopupHandle | undefined;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES_DIR);
  browser = await launchWithExtension({ extensionDir: TEST_BUILD_DIR, language: 'en' }).catch((error: unknown) => {
    throw new Error(`${String(error)} (the end-to-end test build: \`npm run build:e2e\`)`);
  });
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

async function rate(fixture: string): Promise<PopupHandle> {
  page = await browser.context.newPage();
  await page.goto(server.url(fixture));
  popup = await clickToolbar(browser.context, browser.extensionId, page);
  return popup;
}

describe('rating a page', () => {
  it.each(Object.entries(EXPECTED_LEVELS))('%s', async (fixture, expected) => {
    const pop = await rate(fixture);
    expect(await pop.waitFor<Rating>(READ_RATING, 20_000)).toEqual(expected);
  });
});

describe('the test build', () => {
  it(`judges dates as of ${FIXTURE_NOW}, not the day the tests run`, async () => {
    // demo-blog.html was last updated 2026-11-20 20:05 UTC: 5 whole days before FIXTURE_NOW.
    const pop = await rate('demo-blog.html');
    const detail = await pop.waitFor<string>(`document.querySelector('[data-criterion="recency"] .criterion__detail')?.textContent ?? null`, 20_000);
    expect(detail).toContain('2026-11-20 (5 days ago)');
  });
});
