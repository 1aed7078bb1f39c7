import { browser } from 'wxt/browser';
import { ChannelKey } from './contracts/company';

// The printable report (entrypoints/report/): one page per channel, read from the notes store.

export const REPORT_PAGE = '/report.html';

/** The channel a report page was opened for (`report.html?site=<host or platform:handle>`), or null. */
export function siteParam(search: string): string | null {
  const key = new URLSearchParams(search).get('site')?.trim() ?? '';
  // Hostnames compare in lower case; a profile's handle keeps its case (YouTube channel ids).
  const site = key.includes(':') ? key : key.toLowerCase();
  return ChannelKey.safeParse(site).success ? site : null;
}

export function reportPath(site: string): string {
  return `${REPORT_PAGE}?site=${encodeURIComponent(site)}`;
}

/** Open the site's report in a new tab (no permission needed for the extension's own pages). */
export async function openReport(site: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(reportPath(site) as '/report.html') });
}
