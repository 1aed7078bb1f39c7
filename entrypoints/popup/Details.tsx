import { useLayoutEffect, useMemo } from 'preact/hooks';
import { channelLabel, CompanyLine } from '@/components/CompanyLine';
import { ExportReport } from '@/components/ExportReport';
import { useT } from '@/components/i18n';
import { NotesPanel } from '@/components/NotesPanel';
import { RegistryCard } from '@/components/RegistryCard';
import { SiteCheck } from '@/components/SiteCheck';
import { WhatChanged } from '@/components/WhatChanged';
import type { Analysis } from '@/lib/analyse-tab';
import { popupClock } from '@/lib/clock';
import { channelOfPage } from '@/lib/companies/channel';
import type { CompanyEvidence } from '@/lib/contracts/company';
import type { FactorKey } from '@/lib/contracts/report';
import { scorePage, type Report } from '@/lib/factors';
import { openReport } from '@/lib/report-page';
import { useCompany } from './useCompany';
import { useRegistry } from './useRegistry';
import { useSiteCheck } from './useSiteCheck';
import { useSiteNotes } from './useSiteNotes';

type Done = Extract<Analysis, { ok: true }>;

export interface Shown {
  /** The page scored again with what is known besides it, or null while it is only the page's own. */
  report: Report | null;
  ratings: Partial<Record<FactorKey, number>> | undefined;
}

/**
 * Everything the popup shows after the badges (loaded as its own chunk once they are painted):
 * the company and its channels, what changed, the register, the site check, notes and ratings.
 * It reads storage and may re-score the page with the site's and the company's evidence; what it
 * makes of the report goes back up through `onShown`, so the one report view above shows it.
 */
export function Details({ analysis, onShown }: { analysis: Done; onShown: (shown: Shown) => void }) {
  const t = useT();
  // Notes, history and company membership are kept per channel: the site, or the profile shown.
  const channel = useMemo(() => channelOfPage(analysis.signals), [analysis]);
  const site = channel?.kind === 'site' ? channel.site : null;
  const siteCheck = useSiteCheck(site ? analysis : null);
  const registry = useRegistry(analysis);
  const companyView = useCompany(channel, analysis.signals);
  const company: CompanyEvidence = useMemo(() => ({ official: companyView.official, registry: registry.entity }), [companyView.official, registry.entity]);
  // The popup's one re-scoring: the analysis scored the page alone; with the whole site checked or
  // the company known (its channels, the register), the page is scored again with that evidence.
  const report = useMemo(() => {
    if (!siteCheck.evidence && !company.official && !company.registry) return analysis.report;
    return scorePage(analysis.signals, popupClock(), siteCheck.evidence, company);
  }, [analysis, siteCheck.evidence, company]);
  const notes = useSiteNotes(channel?.key ?? null, report, analysis.signals);

  // Before the browser paints: the site check's "done" and the badges it changes show together.
  useLayoutEffect(() => {
    onShown({ report: report === analysis.report ? null : report, ratings: notes.record?.ratings });
  }, [report, notes.record?.ratings, analysis, onShown]);

  return (
    <>
      {channel && <CompanyLine company={companyView.company} current={channel.key} official={companyView.official} now={popupClock()} />}
      {notes.record && <WhatChanged change={notes.record.lastChange} />}
      {registry.orgNumber && (
        <RegistryCard
          orgNumber={registry.orgNumber}
          state={registry.state}
          pageNames={analysis.signals.contact.organisationNames.map((n) => n.value)}
          pageUrl={analysis.signals.url}
          onLookup={registry.lookup}
        />
      )}
      {site && <SiteCheck state={siteCheck.state} onStart={siteCheck.start} onCancel={siteCheck.cancel} />}
      {channel && notes.record && (
        <NotesPanel
          site={channelLabel(t, channel)}
          notes={notes.record.notes}
          ratings={notes.record.ratings}
          levels={Object.fromEntries(report.factors.map((f) => [f.key, f.level]))}
          state={notes.state}
          onNotes={notes.setNotes}
          onRating={notes.setRating}
        />
      )}
      {channel && notes.record && <ExportReport onExport={() => void openReport(channel.key)} />}
    </>
  );
}
