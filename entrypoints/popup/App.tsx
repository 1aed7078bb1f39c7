import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { channelLabel, CompanyLine } from '@/components/CompanyLine';
import { ExportReport } from '@/components/ExportReport';
import { LangContext } from '@/components/i18n';
import { NotesPanel } from '@/components/NotesPanel';
import { ProfileLine } from '@/components/ProfileLine';
import { RegistryCard } from '@/components/RegistryCard';
import { ReportView } from '@/components/ReportView';
import { ShowContext } from '@/components/show';
import { SiteCheck } from '@/components/SiteCheck';
import { Loading, ProblemMessage } from '@/components/StatusMessage';
import { WhatChanged } from '@/components/WhatChanged';
import { analyseTab, findTab, type Analysis } from '@/lib/analyse-tab';
import type { CompanyEvidence } from '@/lib/contracts/company';
import { scorePage } from '@/lib/factors';
import { popupClock } from '@/lib/clock';
import { translate, type Lang } from '@/lib/i18n';
import { openReport } from '@/lib/report-page';
import { channelOfPage } from '@/lib/companies/channel';
import { useHighlight } from './useHighlight';
import { useRegistry } from './useRegistry';
import { useSiteCheck } from './useSiteCheck';
import { useCompany } from './useCompany';
import { useSiteNotes } from './useSiteNotes';

type State = { phase: 'loading' } | { phase: 'done'; analysis: Analysis };

/** State only: which tab, the analysis, and which view to show. */
export function App({ lang, tabId }: { lang: Lang; tabId: number | null }) {
  const [state, setState] = useState<State>({ phase: 'loading' });

  const run = useCallback(async () => {
    setState({ phase: 'loading' });
    let analysis: Analysis;
    try {
      const tab = await findTab(tabId);
      analysis = tab ? await analyseTab(tab, lang, popupClock) : { ok: false, problem: 'noTab' };
    } catch (error) {
      analysis = { ok: false, problem: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
    setState({ phase: 'done', analysis });
  }, [tabId, lang]);

  useEffect(() => {
    void run();
  }, [run]);

  const analysis = state.phase === 'done' && state.analysis.ok ? state.analysis : null;
  // Notes, history and company membership are kept per channel: the site, or the profile shown.
  const channel = useMemo(() => (analysis ? channelOfPage(analysis.signals) : null), [analysis]);
  const site = channel?.kind === 'site' ? channel.site : null;
  const siteCheck = useSiteCheck(site ? analysis : null);
  const registry = useRegistry(analysis);
  const companyView = useCompany(channel, analysis?.signals ?? null);
  const company: CompanyEvidence = useMemo(() => ({ official: companyView.official, registry: registry.entity }), [companyView.official, registry.entity]);
  // The popup's one scoring: the analysis scored the page alone; with the whole site checked or
  // the company known (its channels, the register), the page is scored again with that evidence.
  const report = useMemo(() => {
    if (!analysis) return null;
    if (!siteCheck.evidence && !company.official && !company.registry) return analysis.report;
    return scorePage(analysis.signals, popupClock(), siteCheck.evidence, company);
  }, [analysis, siteCheck.evidence, company]);
  const notes = useSiteNotes(channel?.key ?? null, report, analysis?.signals ?? null);
  const showOnPage = useHighlight(analysis?.tabId ?? null);

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
          <ReportView report={report ?? analysis.report} ratings={notes.record?.ratings} />
        </ShowContext.Provider>
      )}
      {analysis && channel && <CompanyLine company={companyView.company} current={channel.key} official={companyView.official} now={popupClock()} />}
      {analysis && notes.record && <WhatChanged change={notes.record.lastChange} />}
      {analysis && registry.orgNumber && (
        <RegistryCard
          orgNumber={registry.orgNumber}
          state={registry.state}
          pageNames={analysis.signals.contact.organisationNames.map((n) => n.value)}
          pageUrl={analysis.signals.url}
          onLookup={registry.lookup}
        />
      )}
      {analysis && site && <SiteCheck state={siteCheck.state} onStart={siteCheck.start} onCancel={siteCheck.cancel} />}
      {analysis && channel && notes.record && (
        <NotesPanel
          site={channelLabel((key, params) => translate(lang, key, params), channel)}
          notes={notes.record.notes}
          ratings={notes.record.ratings}
          levels={Object.fromEntries((report ?? analysis.report).factors.map((f) => [f.key, f.level]))}
          state={notes.state}
          onNotes={notes.setNotes}
          onRating={notes.setRating}
        />
      )}
      {analysis && channel && notes.record && <ExportReport onExport={() => void openReport(channel.key)} />}
      {state.phase === 'done' && !state.analysis.ok && (
        <ProblemMessage problem={state.analysis.problem} detail={state.analysis.detail} onRetry={() => void run()} />
      )}
    </LangContext.Provider>
  );
}
