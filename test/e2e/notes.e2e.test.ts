/**
 * The user's notes survive what real use does to them: a popup that closes the instant it loses
 * focus, and an extension reload (what an update does).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbar, launchWithExtension, type ExtensionBrowser } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const READ_NOTES = `(() => { const t = document.querySelector('textarea[name="notes"]'); return t ? t.value || '(empty)' : null; })()`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
const profile = mkdtempSync(join(tmpdir(), 'tillit-notes-'));

beforeAll(async () => {
  server = await serveFixtures(FIXTURES_DIR);
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en', profileDir: profile });
  page = await browser.context.newPage();
  await page.goto(server.url('wordpress-replies.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function notesInFreshPopup(): Promise<string> {
  const popup = await clickToolbar(browser.context, browser.extensionId, page);
  try {
    return await popup.waitFor<string>(READ_NOTES, 20_000);
  } finally {
    await popup.close();
  }
}

describe('notes per site', () => {
  it('keeps a note typed into the real popup when the popup closes at once', async () => {
    const popup = await clickToolbar(browser.context, browser.extensionId, page);
    await popup.waitFor(READ_NOTES, 20_000);
    await popup.type('textarea[name="notes"]', 'Svarer raskt på kommentarer – sterk på responstid.');
    await popup.close(); // no wait: the popup is gone the moment it loses focus

    expect(await notesInFreshPopup()).toBe('Svarer raskt på kommentarer – sterk på responstid.');
  });

  it('keeps the note and own rating when the browser restarts and loads the extension again', async () => {
    const popup = await clickToolbar(browser.context, browser.extensionId, page);
    await popup.waitFor(READ_NOTES, 20_000);
    await popup.evaluate(`(() => { const s = document.querySelector('select[name="rating-openness"]'); s.value = '4'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await popup.waitFor(`document.querySelector('[data-save-state="saved"]')`, 5_000);
    await popup.close();

    // chrome.runtime.reload() in headless Chromium unloads a command-line-loaded extension
    // without loading it back, so reload it the way a restart or an update does: close the
    // browser and start it again on the same profile, which loads the extension from disk.
    await browser.close();
    browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en', profileDir: profile });
    page = await browser.context.newPage();
    await page.goto(server.url('wordpress-replies.html'));

    const again = await clickToolbar(browser.context, browser.extensionId, page);
    try {
      expect(await again.waitFor<string>(READ_NOTES, 20_000)).toBe('Svarer raskt på kommentarer – sterk på responstid.');
      expect(await again.evaluate<string>(`document.querySelector('select[name="rating-openness"]').value`)).toBe('4');
    } finally {
      await again.close();
    }
  });

  it('exports everything and imports it into a fresh profile identically', async () => {
    const exported = await exportAll(browser);
    expect(exported.sites.map((r: { site: string }) => r.site)).toContain('127.0.0.1');
    expect(exported.sites[0].notes).toBe('Svarer raskt på kommentarer – sterk på responstid.');

    const file = join(profile, 'export.json');
    writeFileSync(file, JSON.stringify(exported));
    const fresh = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en' });
    try {
      const options = await fresh.context.newPage();
      await options.goto(`chrome-extension://${fresh.extensionId}/options.html`);
      await options.locator('input[type=file][name="import"]').setInputFiles(file);
      await options.locator('[data-message="imported"]').waitFor({ timeout: 10_000 });
      const again = await exportAll(fresh);
      expect(again.sites).toEqual(exported.sites);
    } finally {
      await fresh.close();
    }
  });
});

/** Click "Export all (JSON)" on the Sites page and read the downloaded file. */
async function exportAll(b: ExtensionBrowser) {
  const options = await b.context.newPage();
  try {
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('[data-site]').first().waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-json"]').click()]);
    const path = await download.path();
    return JSON.parse(readFileSync(path, 'utf8'));
  } finally {
    await options.close();
  }
}
