/**
 * End-to-end: a company's profile on a social platform, clicked in real Chromium with the
 * production build. Saved copies served from 127.0.0.1 are known by their canonical address
 * (LinkedIn) or by the platform's own markup on any host (Mastodon).
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbar, launchWithExtension, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';

const PROFILES_DIR = fileURLToPath(new URL('../fixtures/profiles/', import.meta.url));

/** What the popup shows once all five factors are rated: the profile line and each factor's level. */
const READ_POPUP = `(() => {
  const factors = [...document.querySelectorAll('[data-factor][data-level]')];
  if (factors.length < 5) return null;
  const line = document.querySelector('.profile-line');
  return {
    line: line ? line.textContent : null,
    platform: line ? line.getAttribute('data-profile') : null,
    levels: Object.fromEntries(factors.map((el) => [el.getAttribute('data-factor'), el.getAttribute('data-level')])),
    siteCheck: !!document.querySelector('[data-action="check-site"]'),
    notes: !!document.querySelector('textarea[name="notes"]'),
    criteria: [...document.querySelectorAll('[data-criterion]')].map((el) => el.getAttribute('data-criterion')),
  };
})()`;

interface Shown {
  line: string | null;
  platform: string | null;
  levels: Record<string, string>;
  siteCheck: boolean;
  notes: boolean;
  criteria: string[];
}

let server: FixtureServer;
let page: Page | undefined;
let popup: PopupHandle | undefined;

beforeAll(async () => {
  server = await serveFixtures(PROFILES_DIR);
});

afterAll(async () => {
  await server?.close();
});

async function show(browser: ExtensionBrowser, fixture: string): Promise<Shown> {
  page = await browser.context.newPage();
  await page.goto(server.url(fixture));
  popup = await clickToolbar(browser.context, browser.extensionId, page);
  return popup.waitFor<Shown>(READ_POPUP, 20_000);
}

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await page?.close();
  page = undefined;
});

describe('a profile on a social platform, in English', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ language: 'en' });
  });
  afterAll(() => browser?.close());

  it('a LinkedIn company page: the popup names it and rates it on the profile criteria', async () => {
    const shown = await show(browser, 'linkedin-nb-guest.html');
    expect(shown.line).toBe('LinkedIn company page: Nordlys Bakeri');
    expect(shown.platform).toBe('linkedin');
    // Verified or not, a named company with an about text and its own website: credible.
    expect(shown.levels['credibility']).toBe('strong');
    // Profile criteria, never the page ones: no author byline, no comment section, no site check.
    expect(shown.criteria).toContain('profile-website');
    expect(shown.criteria).not.toContain('author-named');
    expect(shown.siteCheck).toBe(false);
    // Notes are kept per channel: this profile's card is its own, not linkedin.com's.
    const notesFor = await popup!.waitFor<string>(`document.querySelector('textarea[name="notes"]') && document.querySelector('.notes')?.textContent`);
    expect(notesFor).toContain('LinkedIn nordlys-bakeri');
  });

  it('a Mastodon profile on an instance of its own, known by its markup', async () => {
    const shown = await show(browser, 'mastodon-web.html');
    expect(shown.line).toBe('Mastodon profile: Fjordkaffe');
    expect(shown.platform).toBe('mastodon');
    expect(Object.keys(shown.levels).sort()).toEqual(['credibility', 'longevity', 'openness', 'responsiveness', 'transparency']);
  });

  it('an ordinary company blog that links to its profiles is still rated as a page', async () => {
    const shown = await show(browser, 'blog.html');
    expect(shown.line).toBeNull();
    expect(shown.criteria).toContain('author-named');
    expect(shown.siteCheck).toBe(true);
    // Its notes load from storage after the badges.
    expect(await popup!.waitFor<boolean>(`!!document.querySelector('textarea[name="notes"]')`)).toBe(true);
  });
});

describe('a profile on a social platform, in Norwegian', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ language: 'nb' });
  });
  afterAll(() => browser?.close());

  it('names the platform and the company in Norwegian', async () => {
    const shown = await show(browser, 'linkedin-nb-guest.html');
    expect(shown.line).toBe('LinkedIn-bedriftsside: Nordlys Bakeri');
  });
});
