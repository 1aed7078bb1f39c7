import { useCallback, useEffect, useState } from 'preact/hooks';
import { LangContext } from '@/components/i18n';
import { ProfileLine } from '@/components/ProfileLine';
import { ReportView } from '@/components/ReportView';
import { ShowContext } from '@/components/show';
import { Loading, ProblemMessage } from '@/components/StatusMessage';
import { finishAnalysis, type Analysis } from '@/lib/analyse-tab';
import { popupClock } from '@/lib/clock';
import { translate, type Lang } from '@/lib/i18n';
import { beginAnalysis, type Injected } from '@/lib/popup-start';
import type { Shown } from './Details';
import { useHighlight } from './useHighlight';

type State = { phase: 'loading' } | { phase: 'done'; analysis: Analysis };
type DetailsModule = typeof import('./Details');

/**
 * State only: which tab, the analysis, and which view to show. The badges come first; the rest
 * (Details: company, changes, register, site check, notes) is its own chunk, fetched while the
 * page is analysed and shown once the badges are painted, so no storage read holds them up.
 * `first`: the analysis main.ts already started before this bundle was parsed.
 */
export function App({ lang, tabId, first }: { lang: Lang; tabId: number | null; first?: Promise<Injected> }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [details, setDetails] = useState<DetailsModule | null>(null);
  const [shown, setShown] = useState<Shown>({ report: null, ratings: undefined });

  const run = useCallback(
    async (started?: Promise<Injected>) => {
      setState({ phase: 'loading' });
      setShown({ report: null, ratings: undefined });
      let analysis: Analysis;
      try {
        analysis = await finishAnalysis(await (started ?? beginAnalysis(tabId)), lang, popupClock);
      } catch (error) {
        analysis = { ok: false, problem: 'unknown', detail: error instanceof Error ? error.message : String(error) };
      }
      setState({ phase: 'done', analysis });
    },
    [tabId, lang],
  );

  useEffect(() => {
    void run(first);
    void import('./Details').then((module) => setDetails(() => module));
    // `first` is the analysis of the popup's opening only: a retry starts a new one.
  }, [run]);

  const analysis = state.phase === 'done' && state.analysis.ok ? state.analysis : null;
  const showOnPage = useHighlight(analysis?.tabId ?? null);
  // The badges get a frame of their own: the rest comes after they are painted, even when its
  // chunk arrived before the analysis did.
  const [painted, setPainted] = useState<Analysis | null>(null);
  useEffect(() => {
    if (!analysis) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(analysis))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [analysis]);
  const full = details && painted === analysis ? details : null;

  return (
    <LangContext.Provider value={lang}>
      <header class="app-header">
        <h1 class="app-title">{translate(lang, 'app.name')}</h1>
        <p class="app-tagline">{translate(lang, 'app.tagline')}</p>
        {analysis?.signals.profile && <ProfileLine profile={analysis.signals.profile} />}
      </header>
      {state.phase === 'loading' && <Loading />}
      {analysis && (
        <ShowContext.Provider value={showOnPage}>
          <ReportView report={shown.report ?? analysis.report} ratings={shown.ratings} badges={!full} />
        </ShowContext.Provider>
      )}
      {analysis && full && <full.Details analysis={analysis} onShown={setShown} />}
      {state.phase === 'done' && !state.analysis.ok && (
        <ProblemMessage problem={state.analysis.problem} detail={state.analysis.detail} onRetry={() => void run()} />
      )}
    </LangContext.Provider>
  );
}
