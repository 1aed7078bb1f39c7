/**
 * Score pages in headless Chromium with the extension's own built content script
 * (.output/chrome-mv3/analyse.js) and the extension's scoring (lib/factors).
 *
 * - Files are served to the browser by a Playwright route (no server, no network): every other
 *   request — images, styles, scripts, iframes — is aborted. A saved page is served at its
 *   canonical URL when it names one (so same-site links and dates in the path read as they did
 *   live), else at its file:// URL.
 * - The page's own scripts never run (`javaScriptEnabled: false`); the analyser runs in an
 *   isolated world through the DevTools Protocol (`Runtime.evaluate`), as a content script would.
 * - URLs (http/https) are loaded live; their own scripts are disabled too.
 */
import { buildSiteEvidence, FetchedBodies, planSiteScan, SITE_LIMITS, summariseSite, type PlannedRequest, type SiteEvidence, type SiteSummary } from '../lib/site-scan/evidence';
import type { FetchedBody } from '../lib/site-scan/page-side';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { scorePage, type Report } from '../lib/factors';
import type { PageSignals } from '../lib/signals/schema';
import { summarise, type PageSummary } from '../lib/summary';

export const ROOT = resolve(import.meta.dirname, '..');
export const BUNDLE = join(ROOT, '.output/chrome-mv3/analyse.js');
/** The page-side half of "Check the whole site" (entrypoints/site-scan.ts). */
export const SITE_SCAN_BUNDLE = join(ROOT, '.output/chrome-mv3/site-scan.js');

/** Sources the content-script bundle is built from: newer than the bundle means stale. */
const BUNDLE_SOURCES = ['lib/signals', 'lib/patterns', 'lib/site-scan', 'entrypoints/analyse.ts', 'entrypoints/site-scan.ts', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Build the extension when the content-script bundle is missing or older than its sources. */
export function ensureBundle(log: (line: string) => void = () => {}): string {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  const sources = Math.max(...BUNDLE_SOURCES.map((p) => newestMtime(join(ROOT, p))));
  if (!built || sources > built) {
    log(built ? 'Content script is older than its sources: building…' : 'Content script not built yet: building…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return readFileSync(BUNDLE, 'utf8');
}

export interface ScoreResult {
  input: string;
  signals: PageSignals;
  report: Report;
  summary: PageSummary & { site?: SiteSummary };
  site?: SiteEvidence;
}

export interface ScoreFailure {
  input: string;
  error: string;
}

export interface ScoreOptions {
  /** Serve a file at this URL instead of its canonical / file:// URL. */
  url?: string;
  now?: Date;
  timeoutMs?: number;
  /** Also check the whole site (its feeds and contact pages), as the popup's "Check the whole site" does. */
  site?: boolean;
}

const CANONICAL = [
  /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"'\s>]+)/i,
  /<link\b[^>]*\bhref=["']([^"'\s>]+)["'][^>]*\brel=["']?canonical/i,
  /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"'\s>]+)/i,
  /<meta\b[^>]*\bcontent=["']([^"'\s>]+)["'][^>]*\bproperty=["']og:url["']/i,
];

/** The URL a saved page says it lives at (canonical link or og:url), or null. */
export function canonicalUrl(html: string): string | null {
  const head = html.slice(0, 300_000);
  for (const re of CANONICAL) {
    const m = re.exec(head);
    if (!m) continue;
    try {
      const url = new URL(m[1]!.replace(/&amp;/g, '&'));
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      /* relative or broken: try the next */
    }
  }
  return null;
}

function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

// The built content script expects an extension context: WXT's runtime (through
// webextension-polyfill) checks for `chrome.runtime.id` before `main()` runs. This stub is all
// it needs; it lives only in the analyser's isolated world.
const STUB = `globalThis.chrome = { runtime: { id: 'tillit-score-cli' } }; globalThis.browser = globalThis.chrome;\n`;

export class Scorer {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly bundle: string,
  ) {}

  static async open(bundle: string): Promise<Scorer> {
    const executablePath = chromiumPath();
    if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    return new Scorer(browser, context, bundle);
  }

  async score(input: string, options: ScoreOptions = {}): Promise<ScoreResult> {
    const isUrl = /^https?:\/\//i.test(input);
    let pageUrl: string;
    let body: Buffer | null = null;
    if (isUrl) {
      pageUrl = input;
    } else {
      const path = resolve(input);
      if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`no such file: ${input}`);
      body = readFileSync(path);
      pageUrl = options.url ?? canonicalUrl(body.toString('latin1')) ?? pathToFileURL(path).href;
    }
    const page = await this.context.newPage();
    try {
      if (body) {
        const target = pageUrl.split('#')[0];
        const served = body;
        // No network for files: the page itself is fulfilled from disk, everything else aborted.
        await page.route('**/*', (route) => {
          const req = route.request();
          if (req.isNavigationRequest() && req.frame() === page.mainFrame() && req.url().split('#')[0] === target) {
            return route.fulfill({ status: 200, body: served, headers: { 'content-type': 'text/html' } });
          }
          return route.abort('blockedbyclient');
        });
      }
      await page.goto(pageUrl, { waitUntil: 'load', timeout: options.timeoutMs ?? 30_000 });
      const signals = await this.analyse(page);
      const now = options.now ?? new Date();
      if (!options.site) {
        const report = scorePage(signals, now);
        return { input, signals, report, summary: summarise(signals, report) };
      }
      // A saved file has no site behind it: nothing is fetched (files get no network at all).
      const site = await this.checkSite(page, signals, body ? [] : planSiteScan(signals), now);
      const report = scorePage(signals, now, site);
      return { input, signals, report, summary: { ...summarise(signals, report), site: summariseSite(site) }, site };
    } finally {
      await page.close().catch(() => {});
    }
  }

  /** Run the built content script in an isolated world and return `main()`'s result. */
  private async analyse(page: import('playwright-core').Page): Promise<PageSignals> {
    const cdp = await this.context.newCDPSession(page);
    try {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tillit-analyser' });
      const result = await cdp.send('Runtime.evaluate', {
        expression: STUB + this.bundle,
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
        timeout: 30_000,
      });
      if (result.exceptionDetails) {
        throw new Error(`content script failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      }
      const value = result.result.value as PageSignals | undefined;
      if (!value || typeof value !== 'object') throw new Error('content script returned nothing');
      return value;
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  /** Fetch the planned same-origin resources from inside the page, exactly as the extension does. */
  private async checkSite(page: import('playwright-core').Page, signals: PageSignals, plan: PlannedRequest[], now: Date): Promise<SiteEvidence> {
    let bodies: FetchedBody[] = [];
    if (plan.length) {
      const cdp = await this.context.newCDPSession(page);
      try {
        const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tillit-site-scan' });
        const limits = { maxRequests: SITE_LIMITS.maxRequests, totalMs: SITE_LIMITS.totalMs, maxBytes: SITE_LIMITS.maxBytes };
        // The extension's own page-side scanner: it installs __tillitScanSite, then we call it.
        const install = await cdp.send('Runtime.evaluate', { expression: STUB + readFileSync(SITE_SCAN_BUNDLE, 'utf8'), contextId: executionContextId, returnByValue: true });
        if (install.exceptionDetails) throw new Error(`site scanner failed: ${install.exceptionDetails.text}`);
        const expression = `globalThis.__tillitScanSite(${JSON.stringify(plan.map((p) => p.url))}, ${JSON.stringify(limits)})`;
        const result = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true, timeout: SITE_LIMITS.totalMs + 5_000 });
        const parsed = FetchedBodies.safeParse(result.result.value);
        if (parsed.success) bodies = parsed.data;
      } finally {
        await cdp.detach().catch(() => {});
      }
    }
    return buildSiteEvidence(signals, plan, bodies, now);
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    await this.browser.close().catch(() => {});
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
