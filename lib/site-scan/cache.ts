import { storage } from 'wxt/utils/storage';
import { SiteEvidence } from '../contracts/site';
import { DAY_MS } from '../util/time';

// A finished site check, kept 24 hours per site: the popup applies it when it opens, without
// loading the checker itself (run.ts), which only a click on "Check the whole site" needs.

export const CACHE_MS = DAY_MS;
export const siteScanCache = (site: string) => storage.defineItem<unknown>(`local:site-scan:${site}`);

export async function cachedScan(site: string, now = new Date()): Promise<SiteEvidence | null> {
  const parsed = SiteEvidence.safeParse(await siteScanCache(site).getValue().catch(() => null));
  if (!parsed.success) return null;
  return now.getTime() - Date.parse(parsed.data.scannedAt) < CACHE_MS ? parsed.data : null;
}
