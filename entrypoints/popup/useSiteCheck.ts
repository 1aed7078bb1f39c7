import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SiteCheckState } from '@/components/SiteCheck';
import type { SiteEvidence } from '@/lib/contracts/site';
import type { Analysis } from '@/lib/analyse-tab';
import { popupClock } from '@/lib/clock';
import { siteOf } from '@/lib/site';
import { cachedScan } from '@/lib/site-scan/cache';

// The checker itself is loaded on the first click: most popups only apply a cached check, if any.
const checker = () => import('@/lib/site-scan/run');

type Done = Extract<Analysis, { ok: true }>;

/**
 * "Check the whole site" for the popup: a cached check (24 h) is applied at once; a new one runs
 * on request with progress and a Cancel. Its evidence goes to the popup's one scoring (App).
 */
export function useSiteCheck(analysis: Done | null): { state: SiteCheckState; evidence: SiteEvidence | null; start: () => void; cancel: () => void } {
  const [state, setState] = useState<SiteCheckState>({ phase: 'idle' });
  const site = analysis ? siteOf(analysis.signals.url) : null;

  useEffect(() => {
    setState({ phase: 'idle' });
    if (!site) return;
    let live = true;
    void cachedScan(site, popupClock()).then((evidence) => live && evidence && setState({ phase: 'done', evidence, cached: true }));
    return () => {
      live = false;
    };
  }, [site, analysis]);

  const start = useCallback(() => {
    if (!analysis) return;
    setState({ phase: 'running', done: 0, total: 0 });
    checker().then(({ scanSite }) => scanSite(analysis.tabId, analysis.signals, (p) => setState((s) => (s.phase === 'running' ? { phase: 'running', ...p } : s)), popupClock)).then(
      (evidence) => setState({ phase: 'done', evidence, cached: false }),
      (error: unknown) => setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [analysis]);

  const cancel = useCallback(() => {
    if (analysis) void checker().then(({ cancelScan }) => cancelScan(analysis.tabId));
  }, [analysis]);

  return { state, evidence: state.phase === 'done' ? state.evidence : null, start, cancel };
}
