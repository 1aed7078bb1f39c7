/**
 * The audit's crawl, on Crawlee: a PlaywrightCrawler over the system Chromium, a request queue
 * persisted in the output folder (so a killed run resumes), per-domain politeness and an
 * autoscaled pool of at most --concurrency pages. Every page is scored by the scorer's own
 * function (lib/node/scorer.ts: scoreLoadedPage) — the built analyser, the popup's validation
 * and scoring — after the scorer's own checks of what the navigation brought (settleNavigation).
 *
 * Per company: its start page first; from it, the pages to read (lib/node/audit/discover.ts:
 * feed items, then sitemap entries and links that look like posts, same origin, robots.txt
 * kept), all enqueued at once, so the plan is part of the stored queue; its profiles beside.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PlaywrightCrawler, Configuration, NonRetryableError, log as crawleeLog, type PlaywrightCrawlingContext, type Request } from '@crawlee/playwright';
import { parseSitemap, RobotsTxtFile } from '@crawlee/utils';
import { chromium, type Page } from 'playwright-core';
import { SITE_LIMITS } from '../../contracts/site';
import { TimeoutError, withTimeout } from '../../timeout';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { ANALYSIS_LIMIT_MS, errorText, ScoreError, scoreLoadedPage, settleNavigation, SITE_MARGIN_MS, watchNavigation } from '../scorer';
import type { CompanyRow } from './csv';
import { feedItemLinks, planPages } from './discover';
import { requestKey, type PageKind, type PageRecord, type RecordStore } from './records';

export interface CrawlOptions {
  companies: readonly CompanyRow[];
  store: RecordStore;
  /** Pages per company, the start page included. */
  pages: number;
  concurrency: number;
  site: boolean;
  now: Date;
  /** How long a page may take to load (and robots.txt, feeds and sitemaps to answer). */
  timeoutMs: number;
  /** Seconds between two requests to the same domain (Crawlee's sameDomainDelaySecs). */
  delaySecs: number;
  /** The analyser bundle's source. */
  bundle: string;
  /** Called after every page, scored or not. */
  onPage: (record: PageRecord) => void;
  /** A request already recorded by a stopped run (by key): it is not fetched again. */
  isDone: (key: string) => boolean;
}

interface RequestData {
  company: number;
  kind: PageKind;
}

/** A request the audit decides not to make (robots.txt): recorded, never retried. */
class Skipped extends NonRetryableError {}

/**
 * A request a stopped run recorded but Crawlee's queue had not yet marked handled (the run was
 * killed between the two): not fetched again, not recorded again.
 */
class AlreadyDone extends NonRetryableError {}

/** Feeds and sitemaps: at most this much of each is read. */
const DISCOVERY_MAX_BYTES = 1_000_000;
/** Sitemap entries looked at per company (the sitemap of a large site is read no further). */
const SITEMAP_ENTRIES = 500;
const LINKS_READ = 2_000;


/** The requests a company starts with: its start page and its profiles. */
export function startRequests(companies: readonly CompanyRow[]) {
  return companies.flatMap((c, company) => [
    { url: c.url, uniqueKey: requestKey(company, c.url), userData: { company, kind: 'start' } satisfies RequestData },
    ...c.profiles.map((url) => ({ url, uniqueKey: requestKey(company, url), userData: { company, kind: 'profile' } satisfies RequestData })),
  ]);
}

/** GET a text resource with a time and size limit; null when it is not there (any error, non-2xx). */
async function fetchText(url: string, timeoutMs: number): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok || !response.body) return null;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= DISCOVERY_MAX_BYTES) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch {
    return null;
  }
}

/** robots.txt per origin, read once (Crawlee's parser); an unreadable one allows everything, as Crawlee's own check does. */
class RobotsCache {
  private readonly cache = new Map<string, Promise<RobotsTxtFile | null>>();
  constructor(private readonly timeoutMs: number) {}

  private get(url: string): Promise<RobotsTxtFile | null> {
    const origin = new URL(url).origin;
    let found = this.cache.get(origin);
    if (!found) {
      found = withTimeout(RobotsTxtFile.find(url, undefined, { timeoutMillis: this.timeoutMs }), this.timeoutMs + 1_000).catch(() => null);
      this.cache.set(origin, found);
      // Bounded: the oldest origin goes (a run of 2,000 companies needs each one only for a while).
      if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value!);
    }
    return found;
  }

  async allows(url: string): Promise<(u: string) => boolean> {
    const robots = await this.get(url);
    return (u) => !robots || robots.isAllowed(u);
  }

  async sitemaps(url: string): Promise<string[]> {
    const robots = await this.get(url);
    try {
      return robots?.getSitemaps() ?? [];
    } catch {
      return [];
    }
  }
}

/** Links a start page offers: feed items, sitemap entries, its own links. */
async function discover(page: Page, startUrl: string, feeds: readonly string[], robots: RobotsCache, timeoutMs: number) {
  const feedLinks: string[] = [];
  for (const feed of feeds.slice(0, 2)) {
    const xml = await fetchText(feed, timeoutMs);
    if (xml) feedLinks.push(...feedItemLinks(xml, feed));
  }
  const sitemapLinks: string[] = [];
  const sitemaps = await robots.sitemaps(startUrl);
  const sources = (sitemaps.length ? sitemaps.slice(0, 2) : [new URL('/sitemap.xml', startUrl).href]).map((url) => ({ type: 'url' as const, url }));
  const readSitemaps = async () => {
    for await (const entry of parseSitemap(sources, undefined, { maxDepth: 1, sitemapRetries: 0, reportNetworkErrors: false, networkTimeouts: { request: timeoutMs } })) {
      sitemapLinks.push(entry.loc);
      if (sitemapLinks.length >= SITEMAP_ENTRIES) break;
    }
  };
  await withTimeout(readSitemaps(), timeoutMs * 2).catch(() => {});
  const pageLinks = await page
    .$$eval('a[href]', (as, max) => as.slice(0, max).map((a) => (a as HTMLAnchorElement).href), LINKS_READ)
    .catch(() => [] as string[]);
  return { feedLinks, sitemapLinks, pageLinks };
}

/**
 * Run the crawl until the queue is empty. Requests already in the stored queue (a run that was
 * stopped) go on from where they were; pages already done are not fetched again.
 */
export async function crawl(options: CrawlOptions): Promise<void> {
  const { store, timeoutMs, bundle, now } = options;
  // Crawlee's own log would mix its retries and warnings into the audit's progress lines: the
  // audit reports every page itself.
  crawleeLog.setLevel(crawleeLog.LEVELS.OFF);
  const config = new Configuration({
    storageClientOptions: { localDataDirectory: store.crawleeDir, writeMetadata: false },
    purgeOnStart: false,
    persistStorage: true,
    persistStateIntervalMillis: 5_000,
  });
  const robots = new RobotsCache(Math.min(timeoutMs, 10_000));
  const navigation = new WeakMap<Page, { last: ReturnType<typeof watchNavigation>; deadline: number; loaded: boolean }>();
  const problems = new WeakMap<Request, ScoreError | Skipped>();
  const discoveryMs = Math.min(timeoutMs, 5_000);

  const record = (request: Request, fields: Omit<PageRecord, 'key' | 'company' | 'kind' | 'url'>) => {
    const data = request.userData as RequestData;
    const r: PageRecord = { key: request.uniqueKey, company: data.company, kind: data.kind, url: request.url, ...fields };
    store.add(r);
    options.onPage(r);
  };

  /** Why a request failed, in the scorer's words (the same reasons `npm run score` gives). */
  const problemOf = async (ctx: PlaywrightCrawlingContext, error: Error): Promise<ScoreError | Skipped> => {
    const known = problems.get(ctx.request);
    if (known) return known;
    let problem: ScoreError | Skipped;
    const nav = ctx.page ? navigation.get(ctx.page) : undefined;
    if (error instanceof ScoreError || error instanceof Skipped) problem = error;
    else if (nav && !nav.loaded) {
      // The navigation failed: what did it bring (an error status, a PDF that became a download, nothing)?
      problem = await settleNavigation(ctx.page, null, error, nav.last(), timeoutMs, Date.now()).then(
        () => new ScoreError('load-failed', errorText(error)),
        (e: unknown) => (e instanceof ScoreError ? e : new ScoreError('load-failed', errorText(e))),
      );
    } else if (/timed out/i.test(error.message)) problem = new ScoreError('timeout', `the page took too long: ${errorText(error)}`);
    else problem = new ScoreError('analysis-failed', errorText(error));
    problems.set(ctx.request, problem);
    return problem;
  };

  const crawler = new PlaywrightCrawler(
    {
      launchContext: {
        launcher: chromium,
        launchOptions: {
          executablePath: chromiumPath(),
          headless: true,
          args: [...CHROMIUM_ARGS],
          // As `npm run score`: the page's own scripts never run; the analyser runs in an isolated world.
          javaScriptEnabled: false,
          serviceWorkers: 'block',
          viewport: { width: 1280, height: 900 },
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        },
      },
      browserPoolOptions: { useFingerprints: false, retireBrowserAfterPageCount: 200 },
      // No sessions: a 401, 403 or 429 is the site's answer, recorded as it is, not a block to rotate around.
      useSessionPool: false,
      persistCookiesPerSession: false,
      maxConcurrency: options.concurrency,
      minConcurrency: Math.min(options.concurrency, 2),
      // One more try for a connection that failed; never for an answer (an error status, not a page) or a hang.
      maxRequestRetries: 1,
      sameDomainDelaySecs: options.delaySecs,
      navigationTimeoutSecs: timeoutMs / 1000,
      requestHandlerTimeoutSecs: Math.ceil((timeoutMs + ANALYSIS_LIMIT_MS + SITE_LIMITS.totalMs + SITE_MARGIN_MS + robotsAndDiscovery(discoveryMs) + 10_000) / 1000),
      preNavigationHooks: [
        async ({ page, request }, gotoOptions) => {
          if (options.isDone(request.uniqueKey)) throw new AlreadyDone(request.uniqueKey);
          if (!(await robots.allows(request.url))(request.url)) throw new Skipped('skipped: robots.txt disallows it');
          navigation.set(page, { last: watchNavigation(page), deadline: Date.now() + timeoutMs, loaded: false });
          if (gotoOptions) {
            gotoOptions.waitUntil = 'commit';
            gotoOptions.timeout = timeoutMs;
          }
        },
      ],
      requestHandler: async (ctx) => {
        const { page, request, response } = ctx;
        const data = request.userData as RequestData;
        const nav = navigation.get(page)!;
        nav.loaded = true;
        const loaded = await settleNavigation(page, response ?? null, null, nav.last(), timeoutMs, nav.deadline);
        const site = options.site && data.kind === 'start';
        const result = await scoreLoadedPage(page, loaded, { input: request.url, bundle, now, site });
        let plan: { planned?: number; robotsSkipped?: number } = {};
        if (data.kind === 'start' && options.pages > 1) {
          const found = await withTimeout(discover(page, loaded.url, result.signals.engagement.feeds.map((f) => f.value), robots, discoveryMs), robotsAndDiscovery(discoveryMs)).catch((e: unknown) => {
            if (e instanceof TimeoutError) return { feedLinks: [], sitemapLinks: [], pageLinks: [] };
            throw e;
          });
          const { urls, robotsSkipped } = planPages({ startUrl: loaded.url, listedUrl: request.url, ...found, allowed: await robots.allows(loaded.url), max: options.pages - 1 });
          // Enqueued before the start page is recorded: a kill in between reads the start page
          // again, and the queue drops the pages it already has.
          await crawler.addRequests(
            urls.map((url) => ({ url, uniqueKey: requestKey(data.company, url), userData: { company: data.company, kind: 'page' } satisfies RequestData })),
            { waitForAllRequestsToBeAdded: true },
          );
          plan = { planned: urls.length, robotsSkipped };
        }
        record(request, {
          finalUrl: result.url,
          status: result.status,
          contentType: result.contentType,
          error: null,
          partial: result.report.partial,
          ...plan,
          signals: result.signals,
          report: result.report,
          summary: result.summary,
          ...(result.site ? { site: result.site } : {}),
        });
      },
      errorHandler: async (ctx, error) => {
        const problem = await problemOf(ctx, error);
        // Retried only when the connection itself failed; an answer stays the answer.
        if (!(problem instanceof ScoreError && problem.problem === 'load-failed' && problem.response.status === undefined)) ctx.request.noRetry = true;
      },
      failedRequestHandler: async (ctx, error) => {
        if (error instanceof AlreadyDone) return;
        const problem = await problemOf(ctx, error);
        const response = problem instanceof ScoreError ? problem.response : {};
        record(ctx.request, {
          finalUrl: response.url ?? null,
          status: response.status ?? null,
          contentType: response.contentType ?? null,
          error: errorText(problem),
        });
      },
    },
    config,
  );
  await crawler.addRequests(startRequests(options.companies), { waitForAllRequestsToBeAdded: true });
  await releaseLocks(crawler, store);
  await crawler.run();
}

/**
 * A killed run leaves the requests it was working on locked in the queue for minutes (Crawlee
 * locks a request while it is handled, as for crawlers on many machines): this run is the only
 * one working on the folder, so it takes them back at once.
 */
async function releaseLocks(crawler: PlaywrightCrawler, store: RecordStore): Promise<void> {
  const queue = await crawler.getRequestQueue();
  let ids: string[] = [];
  try {
    // The local storage keeps one file per request, named by its id.
    ids = readdirSync(join(store.crawleeDir, 'request_queues', 'default'))
      .filter((f) => f.endsWith('.json') && !f.startsWith('__'))
      .map((f) => f.slice(0, -'.json'.length));
  } catch {
    return; // a new run: nothing stored yet
  }
  for (const id of ids) await queue.client.deleteRequestLock(id).catch(() => {}); // not locked: nothing to do
}

/** robots.txt, two feeds and the sitemaps, each with its own limit. */
const robotsAndDiscovery = (ms: number) => ms * 6;
