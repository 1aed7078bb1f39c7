import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { CompaniesView } from '@/components/companies/CompaniesView';
import { fileSafe } from '@/components/CompanyLine';
import { LangContext } from '@/components/i18n';
import { CorruptNotice, Message } from '@/components/sites/Messages';
import { SiteCard } from '@/components/sites/SiteCard';
import { SyncSettings } from '@/components/sites/SyncSettings';
import { ListControls, TransferPanel } from '@/components/sites/Toolbar';
import { ViewTabs, type PageView } from '@/components/sites/ViewTabs';
import { dateStamp, matches, sortViews, viewOf, type SortKey } from '@/components/sites/view';
import { companiesCsv, type CompanyRow } from '@/lib/companies/table';
import { translate, type Lang, type MessageKey } from '@/lib/i18n';
import { importFile } from '@/lib/notes/import-file';
import { siteMarkdown } from '@/lib/notes/markdown';
import type { SiteRecord } from '@/lib/notes/schema';
import { deleteSite, listQuarantine, listSites, restoreSite } from '@/lib/notes/store';
import { buildExport } from '@/lib/notes/transfer';
import { saveFile, type SaveFile } from '@/lib/save-file';
import { importMessage, storeErrorMessage } from './messages';
import { useCompanyEdits } from './useCompanyEdits';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useMessage } from './useMessage';
import { useSiteList } from './useSiteList';
import { useSyncStatus } from './useSyncStatus';

// The Sites page (the extension's options page): the user's actions wired to lib/notes; the
// list, sync status, message and focus live in hooks beside this file, the rows, controls and
// messages are presentational components in components/sites.

export const UNDO_MS = 10_000;

/** The view in the address (options.html#companies), so a reload or a link keeps it. */
const viewOfHash = (): PageView => (location.hash === '#companies' ? 'companies' : 'sites');
const systemClock = () => new Date();

export function App({ lang, save = saveFile, now = systemClock }: { lang: Lang; save?: SaveFile; now?: () => Date }) {
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
  const { list, refresh } = useSiteList();
  const sync = useSyncStatus();
  const { message, show } = useMessage();
  const focusAfterRender = useFocusAfterRender();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('name');
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<PageView>(viewOfHash);

  const showError = useCallback((error: unknown) => show(storeErrorMessage(error, t)), [show, t]);

  const undo = useCallback(
    async (record: SiteRecord) => {
      try {
        await restoreSite(record);
        focusAfterRender(() => document.getElementById(`site-${record.site}`));
        show({ code: 'restored', kind: 'status', text: t('sites.restored', { site: record.site }) });
        await refresh();
      } catch (error) {
        showError(error);
      }
    },
    [focusAfterRender, refresh, show, showError, t],
  );

  const onDelete = useCallback(
    async (site: string) => {
      try {
        const record = await deleteSite(site);
        show(
          {
            code: 'deleted',
            kind: 'status',
            text: t('sites.deleted', { site }),
            ...(record ? { action: { label: t('sites.undo'), ariaLabel: t('sites.undoLabel', { site }), run: () => void undo(record) } } : {}),
          },
          record ? UNDO_MS : undefined,
        );
        if (record) focusAfterRender(() => document.querySelector<HTMLElement>('[data-message="deleted"] .message__action'));
        await refresh();
      } catch (error) {
        showError(error);
      }
    },
    [focusAfterRender, refresh, show, showError, t, undo],
  );

  const onMarkdown = useCallback(
    (site: string) => {
      const record = list.phase === 'ready' ? list.records.find((r) => r.site === site) : undefined;
      if (record) save(`tillit-${fileSafe(site)}.md`, siteMarkdown(record, lang), 'text/markdown');
    },
    [lang, list, save],
  );

  const onExport = useCallback(async () => {
    setBusy(true);
    try {
      const { records } = await listSites();
      const now = new Date();
      const file = `tillit-notes-${dateStamp(now)}.json`;
      save(file, buildExport(records, now, await listQuarantine()), 'application/json');
      show({ code: 'exported', kind: 'status', text: t('export.done', { count: records.length, file }) });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [save, show, showError, t]);

  const onImport = useCallback(
    async (file: File) => {
      setBusy(true);
      try {
        show(importMessage(await importFile(file), t));
      } finally {
        setBusy(false);
        await refresh();
      }
    },
    [refresh, show, t],
  );

  const edits = useCompanyEdits({ t, now, show, showError, refresh });

  useEffect(() => {
    const follow = () => setView(viewOfHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const onView = useCallback((next: PageView) => {
    setView(next);
    history.replaceState(null, '', next === 'companies' ? '#companies' : location.pathname + location.search);
  }, []);

  const onExportCsv = useCallback(
    (rows: CompanyRow[]) => {
      const file = `tillit-companies-${dateStamp(now())}.csv`;
      save(file, companiesCsv(rows, t), 'text/csv');
      show({ code: 'exportedCsv', kind: 'status', text: t('companies.exported', { count: rows.length, file }) });
    },
    [now, save, show, t],
  );

  const views = useMemo(() => (list.phase === 'ready' ? list.records.map(viewOf) : []), [list]);
  const shown = useMemo(() => sortViews(views.filter((v) => matches(v, query)), sort), [views, query, sort]);

  return (
    <LangContext.Provider value={lang}>
      <div class="page" data-page="sites">
        <header class="page__header">
          <p class="page__brand">{t('app.name')}</p>
          <h1 class="page__title">{t('sites.title')}</h1>
          <p class="page__intro">{t('sites.intro')}</p>
        </header>

        <div class="messages">{message && <Message message={message} onDismiss={() => show(null)} />}</div>
        {list.phase === 'ready' && <CorruptNotice sites={list.corrupt} />}

        <TransferPanel busy={busy} onExport={() => void onExport()} onImport={(file) => void onImport(file)} />
        <SyncSettings status={sync.status} busy={busy} onToggle={sync.setEnabled} />

        {list.phase === 'loading' && (
          <p class="loading" role="status" data-message="loading">
            {t('sites.loading')}
          </p>
        )}
        {list.phase === 'error' && (
          <p class="problem" role="alert" data-message="loadError">
            {t('sites.loadError', { message: list.message })}
          </p>
        )}
        {list.phase === 'ready' && (
          <ViewTabs view={view} onView={onView}>
            {view === 'sites' ? (
              <section class="sites" aria-labelledby="sites-heading">
                <h2 id="sites-heading" class="visually-hidden">
                  {t('sites.title')}
                </h2>
                {views.length === 0 ? (
                  <p class="empty">{t('sites.empty')}</p>
                ) : (
                  <>
                    <ListControls query={query} sort={sort} onQuery={setQuery} onSort={setSort} />
                    <p class="count" aria-live="polite">
                      {shown.length === 0 ? t('sites.noMatch', { query: query.trim() }) : t('sites.count', { shown: shown.length, total: views.length })}
                    </p>
                    <ul class="site-list">
                      {shown.map((siteView) => (
                        <SiteCard key={siteView.record.site} view={siteView} onDelete={(site) => void onDelete(site)} onMarkdown={onMarkdown} />
                      ))}
                    </ul>
                  </>
                )}
              </section>
            ) : (
              <CompaniesView records={list.records} now={now()} busy={busy} onExport={onExportCsv} edits={edits} />
            )}
          </ViewTabs>
        )}
      </div>
    </LangContext.Provider>
  );
}
