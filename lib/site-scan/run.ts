import { browser } from 'wxt/browser';
import type { PageSignals } from '../contracts/page';
import { FetchedBodies, SITE_LIMITS, SiteEvidence, type FetchedBody } from '../contracts/site';
import { buildSiteEvidence, planSiteScan } from './evidence';
import type { FetchLimits } from './page-side';
import { withTimeout } from '../timeout';
import { siteScanCache } from './cache';

// The popup's side of "Check the whole site": inject the page-side scanner into the analysed
// tab, call it with the plan, validate what comes back, build the evidence, and keep it for
// 24 hours per site (cache.ts).

export const SITE_SCAN_FILE = '/site-scan.js';

export interface ScanProgress {
  done: number;
  total: number;
}

type Scope = { __tillitScanSite?: (urls: string[], limits: FetchLimits) => Promise<FetchedBody[]>; __tillitCancelScan?: () => boolean };

export async function scanSite(tabId: number, signals: PageSignals, onProgress: (p: ScanProgress) => void, now: () => Date = () => new Date()): Promise<SiteEvidence> {
  const plan = planSiteScan(signals);
  const listener = (message: unknown) => {
    const m = message as { type?: unknown; done?: unknown; total?: unknown } | null;
    if (m?.type === 'tillit-site-scan-progress' && typeof m.done === 'number' && typeof m.total === 'number') onProgress({ done: m.done, total: m.total });
  };
  browser.runtime.onMessage.addListener(listener);
  let bodies: FetchedBody[] = [];
  let complete = plan.length === 0;
  try {
    if (plan.length) {
      // The page's main thread may never give the scanner a turn (a frozen page): the limit the
      // scanner keeps for its requests is kept here too, with a margin for injecting it.
      const run = (async () => {
        await browser.scripting.executeScript({ target: { tabId }, files: [SITE_SCAN_FILE] });
        return browser.scripting.executeScript({
          target: { tabId },
          func: (urls: string[], limits: FetchLimits) => (globalThis as unknown as Scope).__tillitScanSite?.(urls, limits) ?? [],
          args: [plan.map((p) => p.url), { maxRequests: SITE_LIMITS.maxRequests, totalMs: SITE_LIMITS.totalMs, maxBytes: SITE_LIMITS.maxBytes }],
        });
      })();
      const [injection] = await withTimeout(run, SITE_LIMITS.totalMs + 3_000);
      const parsed = FetchedBodies.safeParse(injection?.result);
      bodies = parsed.success ? parsed.data : [];
      complete = parsed.success && bodies.length > 0;
    }
  } finally {
    browser.runtime.onMessage.removeListener(listener);
  }
  const evidence = buildSiteEvidence(signals, plan, bodies, now());
  // Only a check that ran to its end is kept for 24 hours: a cancelled, timed-out or failed one
  // would otherwise stand in for the site's evidence all day.
  if (complete && !evidence.cancelled && !evidence.timedOut && evidence.site) await siteScanCache(evidence.site).setValue(evidence).catch(() => undefined);
  return evidence;
}

export async function cancelScan(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: () => (globalThis as unknown as Scope).__tillitCancelScan?.() ?? false }).catch(() => undefined);
}
