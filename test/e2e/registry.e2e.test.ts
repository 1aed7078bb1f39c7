/**
 * The register lookup in real Chromium, against a local mock of Enhetsregisteret that answers in
 * the API's documented shape (test/fixtures/registry.ts).
 *
 * Chrome answers `permissions.request` with a native prompt that no test can click. So:
 * - the production build (.output/chrome-mv3) shows the card, holds no register permission and
 *   fetches nothing before the click; the click asks for exactly https://data.brreg.no/*, and
 *   with the prompt declined (the test stands in for the user's answer) nothing is fetched;
 * - the end-to-end build (.output/chrome-mv3-e2e) asks the mock, whose loopback host it holds
 *   from install; the test stands in for the user's "Allow" and checks that the click asks for the
 *   brreg origin before the mock hears anything, then reads the name, founding date and the
 *   bankruptcy warning, in English and Norwegian, and runs axe-core on the card.
 */
import { execFile } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE } from '../helpers/axe';
import { clickToolbar, getTabId, launchWithExtension, openPopupInTab, sleep, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';
import { BANKRUPT, REGISTRY_MOCK_BASE, REGISTRY_MOCK_HOST, REGISTRY_MOCK_PORT } from '../fixtures/registry';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const PRODUCTION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const E2E_DIR = process.env.E2E_EXTENSION_DIR_E2E ?? fileURLToPath(new URL('../../.output/chrome-mv3-e2e/', import.meta.url));
const ORGNR = '923609016';
const BRREG = 'https://data.brreg.no/*';

let pages: FixtureServer;
let mock: FixtureServer;
/** When the mock register heard each request (ms since the epoch). */
const heard: number[] = [];

beforeAll(async () => {
  pages = await serveFixtures(PAGES_DIR);
  mock = await serveFixtures(PAGES_DIR, {
    host: REGISTRY_MOCK_HOST,
    port: REGISTRY_MOCK_PORT,
    routes: {
      [`/enhetsregisteret/api/enheter/${ORGNR}`]: (_req, res: ServerResponse) => {
        heard.push(Date.now());
        res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
        res.end(JSON.stringify(BANKRUPT));
      },
    },
  });
});
afterAll(async () => {
  await pages?.close();
  await mock?.close();
});

/**
 * Stand in for the user's answer to Chrome's prompt: record each permissions.request (and when),
 * and answer `allow`. Works whether the caller passes a callback (the polyfill) or awaits.
 */
const answerPrompt = (allow: boolean) => `(() => {
  globalThis.__asked = [];
  chrome.permissions.request = (permissions, callback) => {
    globalThis.__asked.push({ permissions, at: Date.now() });
    if (typeof callback === 'function') setTimeout(() => callback(${allow}));
    return Promise.resolve(${allow});
  };
  return true;
})()`;

const CARD = `document.querySelector('[data-registry]')?.getAttribute('data-registry')`;
const LOOKUP = `document.querySelector('[data-action="registry-lookup"]').click(), true`;
const registryRequests = `performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('data.brreg.no') || u.includes('${REGISTRY_MOCK_HOST}'))`;
const hasBrreg = `new Promise((ok) => chrome.permissions.contains({ origins: ['${BRREG}'] }, ok))`;

async function openOn(browser: ExtensionBrowser, fixture: string): Promise<{ page: Page; popup: PopupHandle }> {
  const page = await browser.context.newPage();
  await page.goto(pages.url(fixture));
  const popup = await clickToolbar(browser.context, browser.extensionId, page);
  await popup.waitFor(`${CARD} === 'idle'`, 20_000);
  return { page, popup };
}

const axeOnCard = `(async () => {
  document.querySelector('[data-factor="credibility"]').open = true;
  const result = await axe.run({ include: [['[data-registry]'], ['[data-factor="credibility"]']] }, { resultTypes: ['violations'] });
  return result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join(' | '));
})()`;

describe('production build: nothing before the click', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ extensionDir: PRODUCTION_DIR, language: 'en' });
  });
  afterAll(async () => browser?.close());

  it('shows the card without asking or fetching; the click asks for data.brreg.no only; declined, nothing is fetched', async () => {
    const { page, popup } = await openOn(browser, 'company.html');
    try {
      await sleep(500);
      expect(await popup.evaluate(registryRequests)).toEqual([]);
      expect(await popup.evaluate(hasBrreg)).toBe(false);
      expect(await popup.evaluate<string>(`document.querySelector('[data-action="registry-lookup"]').textContent`)).toBe(`Look up ${ORGNR} in the register`);
      await popup.evaluate(answerPrompt(false));
      await popup.evaluate(LOOKUP);
      await popup.waitFor(`${CARD} === 'denied'`);
      expect(await popup.evaluate('globalThis.__asked.map((a) => a.permissions)')).toEqual([{ origins: [BRREG] }]);
      expect(await popup.evaluate(registryRequests)).toEqual([]);
      expect(heard).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('end-to-end build: the lookup against the local mock', () => {
  it('English: asks first, then shows name, founding date and the bankruptcy warning; credibility capped; axe 0 violations', async () => {
    const browser = await launchWithExtension({ extensionDir: E2E_DIR, language: 'en' });
    const { page, popup } = await openOn(browser, 'company.html');
    try {
      await sleep(300);
      expect(heard).toEqual([]);
      await popup.evaluate(answerPrompt(true));
      await popup.evaluate(LOOKUP);
      await popup.waitFor(`${CARD} === 'done'`, 15_000);
      const asked = await popup.evaluate<Array<{ permissions: unknown; at: number }>>('globalThis.__asked');
      expect(asked.map((a) => a.permissions)).toEqual([{ origins: [BRREG] }]);
      expect(heard).toHaveLength(1);
      expect(asked[0]!.at).toBeLessThanOrEqual(heard[0]!);
      const read = await popup.evaluate<Record<string, string>>(`(() => {
        const fact = (n) => document.querySelector('[data-fact="' + n + '"]')?.textContent;
        return { name: fact('name'), founded: fact('founded'), warning: document.querySelector('[data-registry-warning]')?.textContent,
          role: document.querySelector('[data-registry-warning]')?.getAttribute('role'),
          credibility: document.querySelector('[data-factor="credibility"]').getAttribute('data-level'),
          cap: document.querySelector('[data-cap]')?.textContent };
      })()`);
      expect(read).toMatchObject({ name: 'FJORDTRE SNEKKERI AS (the same as on the page)', founded: '15 Sept 2019', role: 'alert', credibility: 'weak' });
      expect(read['warning']).toContain('Warning: Enhetsregisteret says this company is bankrupt');
      expect(read['cap']).toContain('is bankrupt, so credibility is at most weak');
      await popup.evaluate(AXE_SOURCE);
      expect(await popup.evaluate<string[]>(axeOnCard)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
      await browser.close();
    }
  });

  it('Norwegian, dark: the same facts in bokmål; axe 0 violations', async () => {
    heard.length = 0;
    const browser = await launchWithExtension({ extensionDir: E2E_DIR, language: 'nb' });
    const { page, popup } = await openOn(browser, 'company.html');
    await popup.close();
    const tab = await openPopupInTab(browser.context, browser.extensionId, await getTabId(browser.context, browser.extensionId, page));
    try {
      await tab.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await tab.locator('[data-registry="idle"]').waitFor({ timeout: 20_000 });
      await tab.evaluate(answerPrompt(true));
      await tab.getByRole('button', { name: `Slå opp ${ORGNR} i registeret` }).click();
      await tab.locator('[data-registry="done"]').waitFor({ timeout: 15_000 });
      expect(await tab.locator('[data-fact="name"]').textContent()).toBe('FJORDTRE SNEKKERI AS (det samme som på siden)');
      expect(await tab.locator('[data-fact="founded"]').textContent()).toBe('15. sep. 2019');
      expect(await tab.getByRole('alert').textContent()).toContain('Advarsel: Enhetsregisteret sier at bedriften er konkurs.');
      expect(heard).toHaveLength(1);
      await tab.evaluate(AXE_SOURCE);
      expect(await tab.evaluate(axeOnCard)).toEqual([]);
    } finally {
      await tab.close();
      await page.close();
      await browser.close();
    }
  });
});

describe('the CLI: --registry', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  const score = (args: string[]) =>
    new Promise<{ code: number; stdout: string }>((ok) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], { cwd: ROOT, env: { ...process.env, TILLIT_REGISTRY_BASE: REGISTRY_MOCK_BASE }, timeout: 60_000 }, (error, stdout) =>
        ok({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
      );
    });

  it('looks the page’s number up, scores with it and adds it to the JSON summary', async () => {
    heard.length = 0;
    const { code, stdout } = await score(['--json', '--registry', '--now', '2026-12-01', `${PAGES_DIR}company.html`]);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { summary: { registry: Array<{ orgNumber: string; outcome: string; entity: { name: string; founded: string; bankrupt: boolean } }>; factors: Record<string, { level: string }> }; report: { factors: Array<{ key: string; cap?: unknown }> } };
    expect(line.summary.registry).toEqual([expect.objectContaining({ orgNumber: ORGNR, outcome: 'found', entity: expect.objectContaining({ name: 'FJORDTRE SNEKKERI AS', founded: '2019-09-15', bankrupt: true }) })]);
    expect(line.summary.factors['credibility']?.level).toBe('weak');
    expect(line.report.factors.find((f) => f.key === 'credibility')?.cap).toBeTruthy();
    expect(heard).toHaveLength(1);
  });

  it('without --registry nothing is asked', async () => {
    heard.length = 0;
    const { code, stdout } = await score(['--json', `${PAGES_DIR}company.html`]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { summary: Record<string, unknown> }).summary['registry']).toBeUndefined();
    expect(heard).toEqual([]);
  });
});
