import { browser } from 'wxt/browser';
import { problemForError, problemForUrl, type AccessProblem } from './page-access';
import { TimeoutError, withTimeout } from './timeout';

// What the popup starts first, before its UI bundle is even parsed: find the tab and inject the
// analyser (activeTab grants the access on the toolbar click). Small on purpose — no schemas, no
// scoring, no UI — so the analysis in the page runs while the popup's UI loads
// (entrypoints/popup/main.ts). What comes back is checked and scored by lib/analyse-tab.ts.

export const ANALYSER_FILE = '/analyse.js';
/**
 * The analyser stops itself after its own budget (lib/signals DEFAULT_BUDGET_MS) and returns
 * what it has. This is the popup's last resort for a page whose main thread never gives the
 * script a chance to run (an endless loop, a frozen tab): say so rather than spin forever.
 */
export const ANALYSIS_TIMEOUT_MS = 10_000;

export interface Tab {
  id: number;
  url: string | null;
}

/** The analyser's raw answer, still untrusted, or why there is none. */
export type Injected = { ok: true; tab: Tab; raw: unknown } | { ok: false; problem: AccessProblem; detail?: string };

export async function findTab(requestedId: number | null): Promise<Tab | null> {
  if (requestedId !== null) {
    const tab = await browser.tabs.get(requestedId).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

export async function injectAnalyser(tab: Tab): Promise<Injected> {
  const known = problemForUrl(tab.url);
  if (known) return { ok: false, problem: known };
  try {
    // injectImmediately: a page that never finishes loading is analysed as it stands (and
    // marked partial) instead of keeping the user waiting for an idle that never comes.
    const injection = browser.scripting.executeScript({ target: { tabId: tab.id }, files: [ANALYSER_FILE], injectImmediately: true });
    const [first] = await withTimeout(injection, ANALYSIS_TIMEOUT_MS);
    return { ok: true, tab, raw: first?.result };
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, problem: 'timeout' };
    return { ok: false, problem: problemForError(error, tab.url), detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Find the tab (the one the popup was opened for, else the active one) and inject the analyser. */
export async function beginAnalysis(tabId: number | null): Promise<Injected> {
  try {
    const tab = await findTab(tabId);
    return tab ? await injectAnalyser(tab) : { ok: false, problem: 'noTab' };
  } catch (error) {
    return { ok: false, problem: 'unknown', detail: error instanceof Error ? error.message : String(error) };
  }
}
