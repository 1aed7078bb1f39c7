/**
 * README screenshots from headless Chromium, so they stay current: the popup in light and dark,
 * the Sites page after a few analyses and a note, and its Companies view.
 *
 *   npm run build && npm run screenshots      (E2E_EXTENSION_DIR=… to use another build)
 *
 * Builds nothing itself: it loads the unpacked extension from .output/chrome-mv3, serves the
 * fixture pages on loopback addresses only, and clicks the toolbar for real (lib/node/extension-browser.ts).
 */
import { mkdirSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { clickToolbar, getTabId, launchWithExtension, openPopupInTab } from '../lib/node/extension-browser';
import { serveFixtures } from '../lib/node/fixture-server';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'docs/screenshots');
const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
const READY = `!!document.querySelector('[data-overall]') && !!document.querySelector('textarea[name="notes"]')`;

/** The same fixture server under another loopback address, so the Sites page lists several sites. */
function alias(host: string, port: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end);
    upstream.on('error', end);
  });
  return new Promise((ok, fail) => server.once('error', fail).listen(port, host, () => ok(server)));
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const fixtures = await serveFixtures(join(ROOT, 'test/fixtures/pages'));
  const aliases = await Promise.all(['127.0.0.2', '127.0.0.3'].map((h) => alias(h, fixtures.port)));
  const at = (host: string, name: string) => fixtures.url(name).replace('127.0.0.1', host);
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: process.env.SCREENSHOT_LANGUAGE ?? 'en' });
  try {
    const analyse = async (url: string, note?: string, ratings: Record<string, string> = {}): Promise<Page> => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const popup = await clickToolbar(browser.context, browser.extensionId, page);
      await popup.waitFor(READY, 20_000);
      for (const [factor, value] of Object.entries(ratings)) {
        await popup.evaluate(`(() => { const s = document.querySelector('select[name="rating-${factor}"]'); s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      }
      if (note) await popup.type('textarea[name="notes"]', note);
      if (note || Object.keys(ratings).length) await popup.waitFor(`document.querySelector('[data-save-state="saved"]')`, 5_000);
      await popup.close();
      return page;
    };

    // A history for 127.0.0.1 (one site, several pages: the trend lines move), and two more sites.
    for (const name of ['bare.html', 'medium-jsonld.html', 'company.html']) await (await analyse(fixtures.url(name))).close();
    const blog = await analyse(fixtures.url('blogger-nb.html'), 'Strong author and archive; no contact details or address. Ask them to add a contact page.', {
      credibility: '4',
      transparency: '2',
      openness: '4',
      longevity: '5',
    });
    await (await analyse(at('127.0.0.2', 'wordpress-replies.html'), 'Answers every comment within a day.', { responsiveness: '5' })).close();
    await (await analyse(at('127.0.0.3', 'disqus.html'))).close();

    // The popup, sized like the real one, in light and dark.
    const tabId = await getTabId(browser.context, browser.extensionId, blog);
    const popup = await openPopupInTab(browser.context, browser.extensionId, tabId);
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.locator('textarea[name="notes"]').waitFor({ timeout: 20_000 });
    await popup.locator('[data-factor="credibility"] summary').click();
    await popup.mouse.move(0, 0);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });
    }

    const sites = await browser.context.newPage();
    await sites.setViewportSize({ width: 1000, height: 900 });
    await sites.emulateMedia({ colorScheme: 'light' });
    await sites.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await sites.locator('[data-kind="trend"] svg').first().waitFor({ timeout: 10_000 });
    await sites.screenshot({ path: join(OUT, 'sites.png'), fullPage: true });

    // The Companies view: the same analyses as companies, one of them named and given a channel by hand.
    await sites.goto(`chrome-extension://${browser.extensionId}/options.html#companies`);
    await sites.locator('[data-compare] tbody tr').nth(2).waitFor({ timeout: 10_000 });
    const edit = async (company: string, field: string, value: string, action: string) => {
      const card = sites.locator('li.company', { has: sites.locator('h3', { hasText: company }) }).first();
      await card.locator('summary').click();
      await card.locator(`input[name="${field}"]`).fill(value);
      await card.locator(`[data-action="${action}"]`).click();
    };
    await edit('127.0.0.3', 'company-name', 'Nordlys Media', 'rename');
    await sites.locator('li.company h3', { hasText: 'Nordlys Media' }).waitFor({ timeout: 10_000 });
    await edit('Nordlys Media', 'add-channel', 'https://www.linkedin.com/company/nordlys-media/', 'add');
    await sites.locator('[data-channel="linkedin:nordlys-media"]').waitFor({ timeout: 10_000 });
    await sites.locator('[data-compare] th[data-column="overall"] button').focus();
    await sites.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await sites.locator('.message__close').click();
    await sites.screenshot({ path: join(OUT, 'companies.png'), fullPage: true });
    console.log(`Saved popup-light.png, popup-dark.png, sites.png and companies.png in ${OUT}`);
  } finally {
    await browser.close();
    for (const a of aliases) a.close();
    await fixtures.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
