/**
 * Score pages in headless Chromium with the extension's own built analyser
 * (.output/chrome-mv3/analyse.js), the popup's validation (PageSignals) and its scoring.
 * Node-side only: used by `npm run score`, the benchmarks and the tests.
 *
 * - Files are served to the browser by a Playwright route (no server, no network): every other
 *   request — images, styles, scripts, iframes — is aborted. A saved page is served at its
 *   canonical URL when it names one (so same-site links and dates in the path read as they did
 *   live), else at its file:// URL.
 * - The page's own scripts never run (`javaScriptEnabled: false`); the analyser runs in an
 *   isolated world through the DevTools Protocol (`Runtime.evaluate`), as a content script would.
 * - Only pages are scored: an error status, a non-HTML type, a binary or empty file is refused
 *   with a reason (ScoreError) instead of being rated as an empty page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Response } from 'playwright-core';
import { scorePage, type Report } from '../factors';
import { PageSignals } from '../contracts/page';
import { ProfileSignals } from '../contracts/profile';
import { z } from '../schema-kit';
import { FetchedBodies, SITE_LIMITS, type FetchedBody, type SiteEvidence, type SiteSummary } from '../contracts/site';
import { buildSiteEvidence, planSiteScan, summariseSite, type PlannedRequest } from '../site-scan/evidence';
import { summarise, type PageSummary } from '../summary';
import { TimeoutError, withTimeout } from '../timeout';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUNDLE = join(ROOT, '.output/chrome-mv3/analyse.js');
/** The page-side half of "Check the whole site" (entrypoints/site-scan.ts). */
export const SITE_SCAN_BUNDLE = join(ROOT, '.output/chrome-mv3/site-scan.js');
/** The profile reader for social platforms' pages (entrypoints/profile.ts). */
export const PROFILE_BUNDLE = join(ROOT, '.output/chrome-mv3/profile.js');

export const DEFAULT_TIMEOUT_MS = 30_000;
/** The analyser keeps its own 2.5 s budget; this is the last resort, as in the popup. */
export const ANALYSIS_LIMIT_MS = 10_000;
/** Time to inject the site scanner and bring its answer back, beyond the scanner's own limit. */
export const SITE_MARGIN_MS = 2_000;
/** Beyond the page, analysis and site limits: opening and closing a tab, starting the scanner. */
const BROWSER_SLACK_MS = 10_000;

/** Sources the analyser bundles are built from: newer than the bundle means stale. */
const BUNDLE_SOURCES = ['lib', 'entrypoints/analyse.ts', 'entrypoints/site-scan.ts', 'entrypoints/profile.ts', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Build the extension when the analyser bundle is missing or older than its sources. */
export function ensureBundle(log: (line: string) => void = () => {}): string {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  const sources = Math.max(...BUNDLE_SOURCES.map((p) => newestMtime(join(ROOT, p))));
  if (!built || sources > built) {
    log(built ? 'The analyser is older than its sources: building…' : 'The analyser is not built yet: building…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return readFileSync(BUNDLE, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// What is refused, and why
// ---------------------------------------------------------------------------------------------

export type ScoreProblem =
  | 'no-such-file'
  | 'directory'
  | 'empty'
  | 'binary'
  | 'not-html'
  | 'not-http'
  | 'http-status'
  | 'timeout'
  | 'load-failed'
  | 'analysis-failed';

/** An input that was not scored, with the reason in words and what is known of the response. */
export class ScoreError extends Error {
  constructor(
    readonly problem: ScoreProblem,
    message: string,
    readonly response: { status?: number; contentType?: string; url?: string } = {},
  ) {
    super(message);
    this.name = 'ScoreError';
  }
}

export type Target = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** What an argument names: an http(s) URL or a file. Other URL schemes are refused. */
export function classifyInput(input: string): Target {
  if (/^https?:\/\//i.test(input)) {
    try {
      return { kind: 'url', url: new URL(input).href };
    } catch {
      throw new ScoreError('not-http', `not a valid URL: ${input}`);
    }
  }
  if (/^file:\/\//i.test(input)) {
    try {
      return { kind: 'file', path: fileURLToPath(input) };
    } catch {
      throw new ScoreError('no-such-file', `not a local file URL: ${input}`);
    }
  }
  // "ftp://…", "data:…", "mailto:…": a scheme, but not one the scorer can read.
  const scheme = /^([a-z][a-z0-9+.-]*):(?:\/\/|(?=[^\\/]))/i.exec(input);
  if (scheme && scheme[1]!.length > 1) throw new ScoreError('not-http', `not an http(s) URL (${scheme[1]!.toLowerCase()}:)`);
  return { kind: 'file', path: resolve(input) };
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const mimeOf = (contentType: string | undefined | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/** Magic numbers of the binary files people most often pass by mistake. */
const SIGNATURES: Array<[string, number[]]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['application/zip', [0x50, 0x4b, 0x03, 0x04]],
  ['application/gzip', [0x1f, 0x8b]],
];

/** Refuse a file that is not an HTML page; returns nothing for one that is. */
export function checkFileContent(bytes: Uint8Array, name: string): void {
  for (const [type, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) throw new ScoreError('binary', `a binary file (${type}), not an HTML page`, { contentType: type });
  }
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') {
    throw new ScoreError('binary', 'a binary file (image/webp), not an HTML page', { contentType: 'image/webp' });
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new ScoreError('binary', 'a binary file, not an HTML page');
  const text = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trim();
  if (!text) throw new ScoreError('empty', 'empty file');
  // Saved pages start with markup (a doctype, <html>, an XML declaration, a comment); a file
  // named .html may also be a fragment that starts with text.
  if (!text.startsWith('<') && !/\.(?:x?html?|shtml)$/i.test(name)) {
    throw new ScoreError('not-html', `not an HTML file (it starts with ${JSON.stringify(text.slice(0, 20))})`);
  }
}

function readTargetFile(input: string, path: string): Buffer {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new ScoreError('no-such-file', `no such file: ${input}`);
  }
  if (st.isDirectory()) throw new ScoreError('directory', `${input} is a directory, not a page`);
  if (!st.isFile()) throw new ScoreError('not-html', `${input} is not a regular file`);
  if (st.size === 0) throw new ScoreError('empty', 'empty file');
  const bytes = readFileSync(path);
  checkFileContent(bytes, path);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// The scorer
// ---------------------------------------------------------------------------------------------

export interface ScoreResult {
  input: string;
  /** Where the page was read: the final URL after redirects (a file's canonical or file: URL). */
  url: string;
  /** The HTTP status of the page; null for a file. */
  status: number | null;
  contentType: string | null;
  /** The page had not finished loading when the time limit came: what had arrived was scored. */
  loadTimedOut: boolean;
  signals: PageSignals;
  report: Report;
  summary: PageSummary & { site?: SiteSummary };
  site?: SiteEvidence;
}

export interface ScoreOptions {
  /** Serve a file at this URL instead of its canonical / file:// URL. */
  url?: string;
  /** The moment dates are judged against; default the current time. */
  now?: Date;
  /** How long the page may take to load; when it runs out, what has loaded is scored (partial). */
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

export interface Loaded {
  url: string;
  status: number | null;
  contentType: string | null;
  timedOut: boolean;
}

export class Scorer {
  private constructor(
    private browser: Browser,
    private context: BrowserContext,
    private readonly bundle: string,
  ) {}

  static async open(bundle: string): Promise<Scorer> {
    const { browser, context } = await Scorer.launch();
    return new Scorer(browser, context, bundle);
  }

  private static async launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS],
      // The command decides what an interrupt means (scripts/score.ts), not Playwright.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    return { browser, context };
  }

  async score(input: string, options: ScoreOptions = {}): Promise<ScoreResult> {
    const target = classifyInput(input);
    const body = target.kind === 'file' ? readTargetFile(input, target.path) : null;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Every step below has its own limit; this one is for a browser that stops answering
    // altogether, so that one input can never hold up the ones after it.
    const limit = timeoutMs + ANALYSIS_LIMIT_MS + (options.site ? SITE_LIMITS.totalMs + SITE_MARGIN_MS : 0) + BROWSER_SLACK_MS;
    const step = { name: 'opening a tab' };
    try {
      return await withTimeout(this.scoreIn(input, target, body, timeoutMs, options, step), limit);
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      await this.restart();
      throw new ScoreError('timeout', `the browser stopped responding while ${step.name}`);
    }
  }

  private async scoreIn(input: string, target: Target, body: Buffer | null, timeoutMs: number, options: ScoreOptions, step: { name: string }): Promise<ScoreResult> {
    const page = await this.context.newPage();
    try {
      step.name = 'loading the page';
      const loaded =
        target.kind === 'file'
          ? await this.loadFile(page, options.url ?? canonicalUrl(body!.toString('latin1')) ?? pathToFileURL(target.path).href, body!, timeoutMs)
          : await loadUrl(page, target.url, timeoutMs);
      return await scoreLoadedPage(page, loaded, { input, bundle: this.bundle, now: options.now, site: options.site, offline: !!body }, step);
    } finally {
      step.name = 'closing the tab';
      await withTimeout(page.close(), 5_000).catch(() => {});
    }
  }

  /** A fresh browser after one stopped responding. */
  private async restart(): Promise<void> {
    await withTimeout(this.close(), 5_000).catch(() => {});
    const fresh = await Scorer.launch();
    this.browser = fresh.browser;
    this.context = fresh.context;
  }

  /** A file, fulfilled from disk at `pageUrl`; every other request is aborted. */
  private async loadFile(page: Page, pageUrl: string, body: Buffer, timeoutMs: number): Promise<Loaded> {
    const target = pageUrl.split('#')[0];
    // Bytes that are valid UTF-8 are read as UTF-8, as their server sent them: a saved page often
    // keeps no charset, and Chromium would then read it as windows-1252 ("hace 1 día" turned to
    // mojibake). Other bytes are left to the page's own <meta charset>.
    const contentType = isUtf8(body) ? 'text/html; charset=utf-8' : 'text/html';
    await page.route('**/*', (route) => {
      const req = route.request();
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && req.url().split('#')[0] === target) {
        return route.fulfill({ status: 200, body, headers: { 'content-type': contentType } });
      }
      return route.abort('blockedbyclient');
    });
    let timedOut = false;
    try {
      await page.goto(pageUrl, { waitUntil: 'load', timeout: timeoutMs });
    } catch (error) {
      if (!isTimeout(error)) throw new ScoreError('load-failed', `could not load the file: ${firstLine(error)}`);
      timedOut = true;
    }
    return { url: page.url(), status: null, contentType: null, timedOut };
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    await this.browser.close().catch(() => {});
  }
}

/**
 * Keep the last main-document response of the page's next navigation, also when the navigation
 * then fails (a PDF or an image becomes a download or a viewer, and goto() throws). Call it
 * before navigating; the getter gives that response, or null.
 */
export function watchNavigation(page: Page): () => Response | null {
  let last: Response | null = null;
  page.on('response', (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) last = r;
  });
  return () => last;
}

/**
 * What a navigation (goto with waitUntil 'commit') brought, checked: refused (ScoreError) on no
 * answer, an error status or a type that is not HTML; otherwise the load is awaited until
 * `deadline`, and a page still loading then is analysed as far as it got (timedOut).
 * `failure` is what goto() threw, if it did; `last` the response watchNavigation kept.
 */
export async function settleNavigation(page: Page, response: Response | null, failure: unknown, last: Response | null, timeoutMs: number, deadline: number): Promise<Loaded> {
  response ??= last;
  if (!response) {
    if (failure && isTimeout(failure)) throw new ScoreError('timeout', `no answer within ${seconds(timeoutMs)}`);
    throw new ScoreError('load-failed', `could not load the page: ${firstLine(failure)}`);
  }
  const status = response.status();
  const contentType = response.headers()['content-type'] ?? null;
  const known = { status, contentType: contentType ?? undefined, url: response.url() };
  if (status >= 400) throw new ScoreError('http-status', `HTTP ${status}${response.statusText() ? ` ${response.statusText()}` : ''}`, known);
  const mime = mimeOf(contentType);
  if (mime && !HTML_TYPES.has(mime)) throw new ScoreError('not-html', `not an HTML page (content type ${mime})`, known);
  if (failure) throw new ScoreError('load-failed', `could not load the page: ${firstLine(failure)}`, known);
  let timedOut = false;
  try {
    await page.waitForLoadState('load', { timeout: Math.max(1, deadline - Date.now()) });
  } catch {
    timedOut = true; // still loading: score what is there, as the popup would
  }
  return { url: page.url(), status, contentType, timedOut };
}

/**
 * A live page: refused on an error status or a type that is not HTML; when it is still loading
 * at the time limit, what has arrived is analysed (and the result marked partial).
 */
async function loadUrl(page: Page, url: string, timeoutMs: number): Promise<Loaded> {
  const deadline = Date.now() + timeoutMs;
  const last = watchNavigation(page);
  let response: Response | null = null;
  let failure: unknown = null;
  try {
    response = await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  } catch (error) {
    failure = error;
  }
  return settleNavigation(page, response, failure, last(), timeoutMs, deadline);
}

export interface LoadedPageOptions {
  /** What the user named (a file path or URL): the result's `input`. */
  input: string;
  /** The analyser bundle's source (ensureBundle()). */
  bundle: string;
  now?: Date | undefined;
  site?: boolean | undefined;
  /** A saved file: no site behind it, so the whole-site check fetches nothing. */
  offline?: boolean;
}

/**
 * Score a page that is already loaded in `page` (by the Scorer, or by a crawler that navigated
 * it): the analyser, the popup's validation and scoring, and with `site` the whole-site check.
 * `step` names what is under way, for a caller whose own time limit runs out.
 */
export async function scoreLoadedPage(page: Page, loaded: Loaded, options: LoadedPageOptions, step: { name: string } = { name: '' }): Promise<ScoreResult> {
  const known = { status: loaded.status ?? undefined, contentType: loaded.contentType ?? undefined, url: loaded.url };
  step.name = 'analysing the page';
  const now = options.now ?? new Date();
  const signals = await analyse(page, options.bundle, known, now);
  // The browser's own verdict on what the document is (a server may send no type at all).
  const documentType = mimeOf(signals.contentType);
  if (documentType && !HTML_TYPES.has(documentType)) throw new ScoreError('not-html', `not an HTML page (content type ${documentType})`, { ...known, contentType: documentType });
  if (loaded.timedOut) signals.partial = true;
  const base = { input: options.input, url: loaded.url, status: loaded.status, contentType: loaded.contentType, loadTimedOut: loaded.timedOut, signals };
  if (!options.site) {
    const report = scorePage(signals, now);
    return { ...base, report, summary: summarise(signals, report) };
  }
  step.name = 'checking the whole site';
  // A saved file has no site behind it: nothing is fetched (files get no network at all).
  const site = await checkSite(page, signals, options.offline ? [] : planSiteScan(signals), now);
  const report = scorePage(signals, now, site);
  return { ...base, report, summary: { ...summarise(signals, report), site: summariseSite(site) }, site };
}

async function isolatedWorld(page: Page, name: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
  return { cdp, contextId: executionContextId };
}

/**
 * Run the built analyser in an isolated world and validate what it returns, as the popup does;
 * on a social platform's page, the profile reader too (lib/analyse-tab.ts does the same).
 */
async function analyse(page: Page, bundle: string, known: ScoreError['response'], now: Date): Promise<PageSignals> {
  const { cdp, contextId } = await isolatedWorld(page, 'tillit-analyser');
  const run = async (expression: string, what: string): Promise<unknown> => {
    const evaluation = cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    const result = await withTimeout(evaluation, ANALYSIS_LIMIT_MS).catch((error: unknown) => {
      if (error instanceof TimeoutError) throw new ScoreError('analysis-failed', `the ${what} did not finish within ${seconds(ANALYSIS_LIMIT_MS)}`, known);
      throw error;
    });
    if (result.exceptionDetails) {
      throw new ScoreError('analysis-failed', `the ${what} failed: ${result.exceptionDetails.exception?.description?.split('\n')[0] ?? result.exceptionDetails.text}`, known);
    }
    return result.result.value;
  };
  const invalid = (what: string, issue: { message: string; path: PropertyKey[] } | undefined) =>
    new ScoreError('analysis-failed', `the ${what} returned something that fails validation (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'no result'})`, known);
  try {
    const parsed = PageSignals.safeParse(await run(bundle, 'analyser'));
    if (!parsed.success) throw invalid('analyser', parsed.error.issues[0]);
    const signals = parsed.data;
    if (signals.social) {
      await run(readFileSync(PROFILE_BUNDLE, 'utf8'), 'profile reader');
      const profile = z.nullable(ProfileSignals).safeParse(await run(`globalThis.__tillitReadProfile(${now.getTime()})`, 'profile reader'));
      if (!profile.success) throw invalid('profile reader', profile.error.issues[0]);
      signals.profile = profile.data;
    }
    return signals;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Fetch the planned same-origin resources from inside the page, exactly as the extension does,
 * within the scanner's limit plus a margin whatever the site does: what arrived in time is kept,
 * the rest is marked timed out.
 */
async function checkSite(page: Page, signals: PageSignals, plan: PlannedRequest[], now: Date): Promise<SiteEvidence> {
  if (!plan.length) return buildSiteEvidence(signals, plan, [], now);
  const { cdp, contextId } = await isolatedWorld(page, 'tillit-site-scan');
  const limits = { maxRequests: SITE_LIMITS.maxRequests, totalMs: SITE_LIMITS.totalMs, maxBytes: SITE_LIMITS.maxBytes };
  const read = async (expression: string, awaitPromise: boolean) => {
    const result = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise, returnByValue: true });
    if (result.exceptionDetails) throw new Error(`site scanner failed: ${result.exceptionDetails.text}`);
    return result.result.value as unknown;
  };
  let bodies: FetchedBodies = [];
  let timedOut = false;
  try {
    const run = (async () => {
      // The extension's own page-side scanner: it installs __tillitScanSite, then we call it.
      await read(readFileSync(SITE_SCAN_BUNDLE, 'utf8'), false);
      return read(`globalThis.__tillitScanSite(${JSON.stringify(plan.map((p) => p.url))}, ${JSON.stringify(limits)})`, true);
    })();
    const parsed = FetchedBodies.safeParse(await withTimeout(run, SITE_LIMITS.totalMs + SITE_MARGIN_MS));
    if (parsed.success) bodies = parsed.data;
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    timedOut = true;
    // What had arrived when the limit came; the scanner keeps it as it goes.
    const partial = await withTimeout(read('globalThis.__tillitSiteScanDone ?? []', false), 1_000).catch(() => []);
    const parsed = FetchedBodies.safeParse(partial);
    if (parsed.success) bodies = parsed.data;
  } finally {
    await cdp.detach().catch(() => {});
  }
  if (timedOut) {
    const arrived = new Set(bodies.map((b) => b.url));
    const missing: FetchedBody[] = plan
      .filter((p) => !arrived.has(p.url))
      .map((p) => ({ url: p.url, status: 0, contentType: '', text: '', truncated: false, error: 'timeout' }));
    bodies = [...bodies, ...missing];
  }
  return buildSiteEvidence(signals, plan, bodies, now);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/^page\.goto: /, '');
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
