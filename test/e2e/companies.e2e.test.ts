/**
 * The Sites page's Companies view in real Chromium: three companies' channels seeded into
 * storage.local through the extension's service worker, compared side by side in a sortable
 * table, exported as a CSV file a spreadsheet opens (read back from the real download), and
 * axe-core with 0 violations on the view in English and Norwegian.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../lib/csv';
import { evaluateInExtension, launchWithExtension, type ExtensionBrowser } from '../../lib/node/extension-browser';
import { emptyRecord, type SiteRecord } from '../../lib/notes/schema';

const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const DAY = 24 * 3600 * 1000;

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

function channel(key: string, daysAgo: number | null, score: number, extra: Partial<SiteRecord> = {}): SiteRecord {
  const at = new Date(Date.now() - (daysAgo ?? 0) * DAY).toISOString();
  const scores = { credibility: score, transparency: score - 10, openness: score - 20, responsiveness: null, longevity: score + 5 };
  const history = daysAgo === null ? [] : [{ at, url: `https://${key}/`, model: null, overall: score, scores, levels: {} }];
  return { ...emptyRecord(key), history, ...extra };
}

/** Three companies: Fjord Kaffe (a site and its LinkedIn page, which link to each other), Bakeriet Ås, Økern Sykkel. */
const RECORDS: SiteRecord[] = [
  channel('fjordkaffe.no', 3, 80, { name: 'Fjord Kaffe AS', links: { profiles: ['https://www.linkedin.com/company/fjord-kaffe/'], website: null }, ratings: { credibility: 4 } }),
  channel('linkedin:fjord-kaffe', 1, 70, { name: 'Fjord Kaffe', links: { profiles: [], website: 'https://fjordkaffe.no/' }, ratings: { credibility: 5 } }),
  channel('bakeri.no', 40, 45, { name: 'Bakeriet Ås', ratings: { openness: 2 } }),
  channel('okern-sykkel.no', 10, 60, { name: 'Økern Sykkel' }),
];

let browser: ExtensionBrowser | null = null;

afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function companiesPage(language: 'en' | 'nb'): Promise<Page> {
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, language });
  const items = Object.fromEntries(RECORDS.flatMap((r) => [[`site:${r.site}`, r], [`site:${r.site}$`, { v: 4 }]]));
  await evaluateInExtension(browser.context, browser.extensionId, (all: Record<string, unknown>) => chrome.storage.local.set(all), items);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-site]').first().waitFor({ timeout: 10_000 });
  await page.getByRole('tab', { name: language === 'en' ? 'Companies' : 'Bedrifter' }).click();
  await page.locator('[data-compare] tbody tr').first().waitFor({ timeout: 10_000 });
  return page;
}

const tableNames = (page: Page) => page.locator('[data-compare] tbody th').allTextContents();


describe('the Companies view', () => {
  it('compares three companies, sorts a column, and exports a CSV a spreadsheet opens', async () => {
    const page = await companiesPage('en');
    expect(await tableNames(page)).toEqual(['Fjord Kaffe AS', 'Økern Sykkel', 'Bakeriet Ås']);
    expect(await page.locator('[data-compare] tbody [data-kind="rank"]').allTextContents()).toEqual(['1', '2', '3']);
    const fjord = page.locator('li.company', { has: page.locator('h3', { hasText: 'Fjord Kaffe AS' }) });
    await expect(fjord.locator('[data-official="confirmed"]').textContent()).resolves.toContain('fjordkaffe.no links to this profile, and the profile links back to fjordkaffe.no');
    await expect(fjord.locator('[data-channel="fjordkaffe.no"]').textContent()).resolves.toContain('analysed 3 days ago');

    const name = page.locator('[data-compare] th[data-column="name"]');
    await name.getByRole('button').click();
    expect(await name.getAttribute('aria-sort')).toBe('ascending');
    expect(await tableNames(page)).toEqual(['Bakeriet Ås', 'Fjord Kaffe AS', 'Økern Sykkel']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export comparison (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tillit-companies-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, ...rows] = parseCsv(text);
    expect(header!.slice(0, 5)).toEqual(['Rank', 'Company', 'Channels', 'Overall (Tillit, 0–100)', 'Overall level']);
    expect(header).toContain('Credibility (yours, 1–5)');
    expect(rows.map((r) => r[1])).toEqual(['Bakeriet Ås', 'Fjord Kaffe AS', 'Økern Sykkel']);
    expect(rows[1]!.slice(0, 3)).toEqual(['1', 'Fjord Kaffe AS', 'fjordkaffe.no; linkedin:fjord-kaffe']);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(rows[1]![header!.indexOf('Credibility (yours, 1–5)')]).toBe('4.5');
  });

  it.each([
    ['en', 'light'],
    ['nb', 'dark'],
  ] as const)('has 0 axe violations (%s, %s), with its edit forms open and a refused channel shown', async (language, scheme) => {
    const page = await companiesPage(language);
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('[data-compare] th[data-column="credibility"] button').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const bakeri = page.locator('li.company', { has: page.locator('h3', { hasText: 'Bakeriet Ås' }) });
    await bakeri.locator('input[name="add-channel"]').fill('not a channel');
    await bakeri.locator('[data-action="add"]').click();
    await bakeri.getByRole('alert').waitFor({ timeout: 5_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
