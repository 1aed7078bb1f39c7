import { useCallback, useEffect, useState } from 'preact/hooks';
import { fileSafe } from '@/components/CompanyLine';
import { LangContext } from '@/components/i18n';
import { ReportPage } from '@/components/ReportPage';
import { translate, type Lang } from '@/lib/i18n';
import { siteMarkdown } from '@/lib/notes/markdown';
import type { SiteRecord } from '@/lib/notes/schema';
import { loadSite } from '@/lib/notes/store';
import { saveFile, type SaveFile } from '@/lib/save-file';

type State = { phase: 'loading' } | { phase: 'ready'; record: SiteRecord } | { phase: 'missing' };

/** The printable report page (report.html?site=<host>): state only, read from the notes store. */
export function App({ lang, site, save = saveFile, print = () => window.print() }: { lang: Lang; site: string | null; save?: SaveFile; print?: () => void }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    if (!site) return setState({ phase: 'missing' });
    let cancelled = false;
    void loadSite(site).then(
      ({ record }) => {
        if (cancelled) return;
        const empty = !record.lastReport && !record.notes && !Object.keys(record.ratings).length;
        setState(empty ? { phase: 'missing' } : { phase: 'ready', record });
        if (!empty) document.title = translate(lang, 'reportPage.title', { site });
      },
      () => !cancelled && setState({ phase: 'missing' }),
    );
    return () => {
      cancelled = true;
    };
  }, [site, lang]);

  const onMarkdown = useCallback(() => {
    if (state.phase === 'ready') save(`tillit-${fileSafe(state.record.site)}.md`, siteMarkdown(state.record, lang), 'text/markdown');
  }, [state, lang, save]);

  return (
    <LangContext.Provider value={lang}>
      <div class="page" data-page="report" data-state={state.phase}>
        {state.phase === 'loading' && (
          <p class="loading" role="status">
            {t('reportPage.loading')}
          </p>
        )}
        {state.phase === 'missing' && (
          <p class="problem" role="alert">
            {site ? t('reportPage.missing', { site }) : t('reportPage.noSite')}
          </p>
        )}
        {state.phase === 'ready' && <ReportPage record={state.record} lang={lang} onPrint={print} onMarkdown={onMarkdown} />}
      </div>
    </LangContext.Provider>
  );
}
