import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PageSignals } from '../signals/schema';
import { buildSiteEvidence, FetchedBodies, planSiteScan, SITE_LIMITS, SiteEvidence } from './evidence';
import type { FetchLimits, FetchedBody } from './page-side';

// The popup's side of "Check the whole site": inject the page-side scanner into the analysed
// tab, call it with the plan, validate what comes back, build the evidence, and keep it for
// 24 hours per site.

export const SITE_SCAN_FILE = '/site-scan.js';
export const CACHE_MS = 24 * 3_600_000;
const cacheItem = (site: string) => storage.defineItem<unknown>(`local:site-scan:${site}`);

export async function cachedScan(site: string, now = new Date()): Promise<SiteEvidence | null> {
  const parsed = SiteEvidence.safeParse(await cacheItem(site).getValue().catch(() => null));
  if (!parsed.success) return null;
  return now.getTime() - Date.parse(parsed.data.scannedAt) < CACHE_MS ? parsed.data : null;
}

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
  try {
    if (plan.length) {
      await browser.scripting.executeScript({ target: { tabId }, files: [SITE_SCAN_FILE] });
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        func: (urls: string[], limits: FetchLimits) => (globalThis as unknown as Scope).__tillitScanSite?.(urls, limits) ?? [],
        args: [plan.map((p) => p.url), { maxRequests: SITE_LIMITS.maxRequests, totalMs: SITE_LIMITS.totalMs, maxBytes: SITE_LIMITS.maxBytes }],
      });
      const parsed = FetchedBodies.safeParse(injection?.result);
      bodies = parsed.success ? parsed.data : [];
    }
  } finally {
    browser.runtime.onMessage.removeListener(listener);
  }
  const evidence = buildSiteEvidence(signals, plan, bodies, now());
  if (!evidence.cancelled && evidence.site) await cacheItem(evidence.site).setValue(evidence).catch(() => undefined);
  return evidence;
}

export async function cancelScan(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: () => (globalThis as unknown as Scope).__tillitCancelScan?.() ?? false }).catch(() => undefined);
}
