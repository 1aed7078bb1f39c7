import { browser } from 'wxt/browser';

// The printable report (entrypoints/report/): one page per site, read from the notes store.

export const REPORT_PAGE = '/report.html';

/** The site a report page was opened for (`report.html?site=<host>`), or null. */
export function siteParam(search: string): string | null {
  const site = new URLSearchParams(search).get('site')?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.-]{1,253}$/.test(site) ? site : null;
}

export function reportPath(site: string): string {
  return `${REPORT_PAGE}?site=${encodeURIComponent(site)}`;
}

/** Open the site's report in a new tab (no permission needed for the extension's own pages). */
export async function openReport(site: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(reportPath(site) as '/report.html') });
}
