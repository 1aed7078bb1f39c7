/**
 * Using the popup in real Chromium: evidence shown on the page, the UI in Norwegian and English, axe-core
 * with 0 violations (light and dark), the popup used with the keyboard alone, and the printable
 * report.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbar, getTabId, launchWithExtension, openPopupInTab, sleep, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { axeViolations } from '../helpers/axe';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const FIXTURE = 'wordpress-replies.html';
const READY = `!!document.querySelector('[data-overall]') && document.querySelectorAll('[data-factor]').length === 5 && !!document.querySelector('textarea[name="notes"]')`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The outline the highlight script draws, and the box of the element it should be over. */
function outlineAndTarget(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const outlines = document.getElementsByTagName('tillit-highlight');
    return { count: outlines.length, outline: box(outlines[0] ?? null), target: box(document.querySelector(sel)) };
  }, selector);
}

async function waitForOutline(page: Page, present: boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.evaluate(() => document.getElementsByTagName('tillit-highlight').length)) !== (present ? 1 : 0)) {
    if (Date.now() > deadline) throw new Error(`The outline did not ${present ? 'appear' : 'go away'}`);
    await sleep(100);
  }
}



let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES_DIR);
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language: 'en' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fixture page, its toolbar click, and the real popup once it shows the report. */
async function analysed(fixture = FIXTURE): Promise<{ page: Page; popup: PopupHandle }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(fixture));
  const popup = await clickToolbar(browser.context, browser.extensionId, page);
  await popup.waitFor(READY, 20_000);
  return { page, popup };
}

describe('show on page', () => {
  it('outlines the evidence element in the page, and removes the outline when the popup closes', async () => {
    const { page, popup } = await analysed();
    try {
      const selector = await popup.evaluate<string | null>(`(() => {
        const button = document.querySelector('[data-factor="credibility"] [data-action="show"]');
        if (!button) return null;
        button.click();
        return button.closest('[data-selector]').getAttribute('data-selector');
      })()`);
      expect(selector).toBeTruthy();
      await popup.waitFor(`document.querySelector('[data-action="show"][data-show-state="shown"]')`, 10_000);
      await waitForOutline(page, true);
      const { count, outline, target } = await outlineAndTarget(page, selector!);
      expect(count).toBe(1);
      expect(target).not.toBeNull();
      expect(overlaps(outline!, target!)).toBe(true);
      // The outline surrounds the element (4 px margin), it doesn't sit beside it.
      expect(outline!.x).toBeLessThanOrEqual(target!.x);
      expect(outline!.x + outline!.width).toBeGreaterThanOrEqual(target!.x + target!.width);

      // Another item: still one outline, now over the other element.
      const other = await popup.evaluate<string | null>(`(() => {
        const first = document.querySelector('[data-factor="credibility"] [data-action="show"]').closest('[data-selector]').getAttribute('data-selector');
        const button = [...document.querySelectorAll('[data-action="show"]')].find((b) => b.closest('[data-selector]').getAttribute('data-selector') !== first);
        if (!button) return null;
        button.click();
        return button.closest('[data-selector]').getAttribute('data-selector');
      })()`);
      if (other) {
        await popup.waitFor(`[...document.querySelectorAll('[data-show-state="shown"]')].some((b) => b.closest('[data-selector]').getAttribute('data-selector') === ${JSON.stringify(other)})`, 10_000);
        const second = await outlineAndTarget(page, other);
        expect(second.count).toBe(1);
        expect(overlaps(second.outline!, second.target!)).toBe(true);
      }

      await popup.close();
      await waitForOutline(page, false);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('says "no longer on the page" when the element is gone', async () => {
    const { page, popup } = await analysed();
    try {
      const selector = await popup.evaluate<string>(`document.querySelector('[data-action="show"]').closest('[data-selector]').getAttribute('data-selector')`);
      await page.evaluate((sel) => document.querySelector(sel)?.remove(), selector);
      await popup.evaluate(`document.querySelector('[data-action="show"]').click()`);
      const text = await popup.waitFor<string>(`(() => { const s = document.querySelector('.evidence__state[data-show-state="gone"]'); return s && s.textContent; })()`, 10_000);
      expect(text).toBe('No longer on the page');
      expect(await page.evaluate(() => document.getElementsByTagName('tillit-highlight').length)).toBe(0);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('keyboard only', () => {
  it('opens a factor, shows evidence on the page, and writes a note with Tab, Enter and Space', async () => {
    const { page, popup } = await analysed();
    await popup.close();
    const tabId = await getTabId(browser.context, browser.extensionId, page);
    const tab = await openPopupInTab(browser.context, browser.extensionId, tabId);
    try {
      await tab.setViewportSize({ width: 420, height: 800 });
      await tab.locator('textarea[name="notes"]').waitFor({ timeout: 20_000 });
      await tab.bringToFront();
      const focused = () =>
        tab.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            tag: el?.tagName.toLowerCase() ?? '',
            factor: el?.closest('[data-factor]')?.getAttribute('data-factor') ?? null,
            action: el?.getAttribute('data-action') ?? null,
            name: el?.getAttribute('name') ?? null,
            outline: el ? getComputedStyle(el).outlineStyle : 'none',
          };
        });
      const tabUntil = async (test: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 120) => {
        for (let i = 0; i < max; i++) {
          await tab.keyboard.press('Tab');
          const f = await focused();
          if (test(f)) return f;
        }
        throw new Error('Tab never reached the element');
      };

      const summary = await tabUntil((f) => f.tag === 'summary' && f.factor === 'credibility');
      // Visible focus: the :focus-visible outline is drawn for keyboard focus.
      expect(summary.outline).toBe('solid');
      await tab.keyboard.press('Enter');
      expect(await tab.locator('[data-factor="credibility"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

      const show = await tabUntil((f) => f.action === 'show');
      expect(show.factor).toBe('credibility');
      await tab.keyboard.press('Space');
      await tab.locator('[data-action="show"][data-show-state="shown"]').first().waitFor({ timeout: 10_000 });
      await waitForOutline(page, true);

      await tabUntil((f) => f.name === 'notes');
      await tab.keyboard.type('Typed with the keyboard only.');
      expect(await tab.locator('textarea[name="notes"]').inputValue()).toBe('Typed with the keyboard only.');
      await tab.locator('[data-save-state="saved"]').waitFor({ timeout: 5_000 });
    } finally {
      await tab.close();
      await page.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('the popup has 0 violations (%s), folded and with every factor open', async (scheme) => {
    const { page, popup } = await analysed('blogger-nb.html');
    await popup.close();
    const tabId = await getTabId(browser.context, browser.extensionId, page);
    const tab = await openPopupInTab(browser.context, browser.extensionId, tabId);
    try {
      await tab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await tab.locator('textarea[name="notes"]').waitFor({ timeout: 20_000 });
      // A rating, so the chart has its second outline too.
      await tab.locator('select[name="rating-credibility"]').selectOption('4');
      expect(await axeViolations(tab)).toEqual([]);
      await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await tab.locator('[data-action="show"]').first().click();
      await tab.locator('[data-show-state="shown"]').first().waitFor({ timeout: 10_000 });
      expect(await axeViolations(tab)).toEqual([]);
    } finally {
      await tab.close();
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)('the Sites page has 0 violations (%s)', async (scheme) => {
    // Two analyses of the site, so the trend row is there too.
    for (const fixture of ['bare.html', 'company.html']) {
      const { page, popup } = await analysed(fixture);
      await popup.close();
      await page.close();
    }
    const sites = await browser.context.newPage();
    try {
      await sites.emulateMedia({ colorScheme: scheme });
      await sites.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await sites.locator('[data-site] [data-kind="trend"] svg').first().waitFor({ timeout: 10_000 });
      expect(await axeViolations(sites)).toEqual([]);
    } finally {
      await sites.close();
    }
  });

  it.each(['light', 'dark'] as const)('the report page has 0 violations (%s)', async (scheme) => {
    const { page, popup } = await analysed();
    await popup.close();
    await page.close();
    const report = await browser.context.newPage();
    try {
      await report.emulateMedia({ colorScheme: scheme });
      await report.goto(`chrome-extension://${browser.extensionId}/report.html?site=127.0.0.1`);
      await report.locator('[data-page="report"][data-state="ready"]').waitFor({ timeout: 10_000 });
      expect(await axeViolations(report)).toEqual([]);
    } finally {
      await report.close();
    }
  });
});

describe('report page', () => {
  it('"Export report" opens the printable report with the notes and the five factors', async () => {
    const { page, popup } = await analysed();
    try {
      // Earlier tests wrote notes for this site too: start from an empty field.
      await popup.evaluate(`(() => { const t = document.querySelector('textarea[name="notes"]'); t.value = ''; t.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      await popup.type('textarea[name="notes"]', 'Notes for the printed report: answers readers quickly.');
      await popup.waitFor(`document.querySelector('[data-save-state="saved"]')`, 5_000);
      const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
      await popup.evaluate(`document.querySelector('[data-action="export-report"]').click()`);
      const report = await opened;
      try {
        await report.waitForURL(/\/report\.html\?site=127\.0\.0\.1$/);
        const root = report.locator('[data-page="report"]');
        await root.and(report.locator('[data-state="ready"]')).waitFor({ timeout: 10_000 });
        expect(await report.locator('[data-notes]').textContent()).toBe('Notes for the printed report: answers readers quickly.');
        expect(await report.locator('details[data-factor]').count()).toBe(5);
        expect(await report.locator('details[data-factor][open]').count()).toBe(5);
        expect(await report.locator('svg[role="img"][aria-describedby]').count()).toBe(1);
        expect(await report.locator('h1').textContent()).toBe('Tillit report: 127.0.0.1');
        expect(await report.evaluate(() => document.documentElement.lang)).toBe('en');
        const download = report.waitForEvent('download', { timeout: 10_000 });
        await report.getByRole('button', { name: 'Download Markdown' }).click();
        expect((await download).suggestedFilename()).toBe('tillit-127.0.0.1.md');
      } finally {
        await report.close();
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('languages', () => {
  it.each([
    ['nb', 'Troverdighet', 'Vis på siden'],
    ['en', 'Credibility', 'Show on page'],
  ] as const)('LANGUAGE=%s: the popup speaks it and says so in <html lang>', async (language, factor, show) => {
    const other = await launchWithExtension({ extensionDir: EXTENSION_DIR, language });
    try {
      const page = await other.context.newPage();
      await page.goto(server.url(FIXTURE));
      const popup = await clickToolbar(other.context, other.extensionId, page);
      try {
        await popup.waitFor(READY, 20_000);
        expect(await popup.evaluate<string>('document.documentElement.lang')).toBe(language);
        expect(await popup.evaluate<string>(`document.querySelector('[data-factor="credibility"] .factor__name').textContent`)).toBe(factor);
        expect(await popup.evaluate<string>(`document.querySelector('[data-action="show"]').textContent`)).toContain(show);
        expect(await popup.evaluate<string>(`document.querySelector('svg[role="img"] title').textContent`)).toBe(language === 'nb' ? 'De fem faktorene i ett bilde' : 'The five factors at a glance');
      } finally {
        await popup.close();
      }
      const sites = await other.context.newPage();
      await sites.goto(`chrome-extension://${other.extensionId}/options.html`);
      await sites.locator('[data-site]').first().waitFor({ timeout: 10_000 });
      expect(await sites.evaluate(() => document.documentElement.lang)).toBe(language);
    } finally {
      await other.close();
    }
  });
});
