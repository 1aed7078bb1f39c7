import { browser } from 'wxt/browser';
import { scorePage, type Report } from './factors';
import type { Lang } from './i18n';
import { problemForError, samePage, type AccessProblem } from './page-access';
import { ANALYSIS_TIMEOUT_MS, injectAnalyser, type Injected, type Tab } from './popup-start';
import { PageSignals } from './contracts/page';
import { ProfileSignals } from './contracts/profile';
import { z } from './schema-kit';
import { TimeoutError, withTimeout } from './timeout';
import { badgeFor, toolbarAction } from './toolbar-badge';

// The popup's one job, outside the UI: with the analyser injected (lib/popup-start.ts), validate
// what comes back, read the profile on a social platform's page, score it and mark the toolbar.

/** The profile reader (entrypoints/profile.ts), injected only on a social platform's page. */
export const PROFILE_READER_FILE = '/profile.js';

export type Analysis =
  | { ok: true; tabId: number; signals: PageSignals; report: Report }
  | { ok: false; problem: AccessProblem; detail?: string };

/** Inject the analyser into the tab and make an analysis of what it answers. */
export async function analyseTab(tab: Tab, lang: Lang, now: () => Date = () => new Date()): Promise<Analysis> {
  return finishAnalysis(await injectAnalyser(tab), lang, now);
}

/** Check what the analyser answered, read a profile where there is one, score it and mark the toolbar. */
export async function finishAnalysis(injected: Injected, lang: Lang, now: () => Date = () => new Date()): Promise<Analysis> {
  if (!injected.ok) return injected;
  const { tab, raw } = injected;
  // No result: the document went away while the script ran.
  if (raw === undefined || raw === null) return { ok: false, problem: 'navigated' };

  const parsed = PageSignals.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', detail: parsed.error.issues[0]?.message };
  const signals = parsed.data;
  if (signals.contentType === 'application/pdf') return { ok: false, problem: 'pdf' };

  const after = await browser.tabs.get(tab.id).catch(() => null);
  if (!after || !samePage(after.url ?? signals.url, signals.url)) return { ok: false, problem: 'navigated' };

  const at = now();
  if (signals.social) {
    const profile = await readProfileIn(tab.id, at);
    if (!profile.ok) return profile;
    signals.profile = profile.value;
  }
  const report = scorePage(signals, at);
  // Not awaited: the badges in the popup need not wait for the toolbar's.
  void showOnToolbar(tab.id, report, lang);
  return { ok: true, tabId: tab.id, signals, report };
}

/** The profile on a social platform's page, read by the profile reader injected into the tab. */
async function readProfileIn(tabId: number, at: Date): Promise<{ ok: true; value: ProfileSignals | null } | { ok: false; problem: AccessProblem; detail?: string }> {
  let raw: unknown;
  try {
    const run = (async () => {
      await browser.scripting.executeScript({ target: { tabId }, files: [PROFILE_READER_FILE], injectImmediately: true });
      return browser.scripting.executeScript({
        target: { tabId },
        func: (now: number) => (globalThis as unknown as { __tillitReadProfile?: (now: number) => unknown }).__tillitReadProfile?.(now) ?? null,
        args: [at.getTime()],
        injectImmediately: true,
      });
    })();
    const [first] = await withTimeout(run, ANALYSIS_TIMEOUT_MS);
    raw = first?.result ?? null;
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, problem: 'timeout' };
    return { ok: false, problem: problemForError(error, null), detail: error instanceof Error ? error.message : String(error) };
  }
  const parsed = z.nullable(ProfileSignals).safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', detail: parsed.error.issues[0]?.message };
  return { ok: true, value: parsed.data };
}

async function showOnToolbar(tabId: number, report: Report, lang: Lang): Promise<void> {
  const look = badgeFor(report.overall.level, report.overall.score, lang);
  // The badge is a courtesy: a closed tab or a missing API must never turn a good analysis
  // into an error.
  const action = toolbarAction();
  if (!action) return;
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: look.text }),
      action.setBadgeBackgroundColor({ tabId, color: look.colour }),
      action.setTitle({ tabId, title: look.title }),
    ]);
    await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    /* see above */
  }
}
