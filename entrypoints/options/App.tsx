import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LangContext } from '@/components/i18n';
import { CorruptNotice, Message, type PageMessage } from '@/components/sites/Messages';
import { SiteCard } from '@/components/sites/SiteCard';
import { SyncSettings, type SyncStatus } from '@/components/sites/SyncSettings';
import { ListControls, TransferPanel } from '@/components/sites/Toolbar';
import { dateStamp, matches, sortViews, viewOf, type SortKey } from '@/components/sites/view';
import { translate, type Lang, type MessageKey } from '@/lib/i18n';
import { siteMarkdown } from '@/lib/notes/markdown';
import { importFile } from '@/lib/notes/import-file';
import type { SiteRecord } from '@/lib/notes/schema';
import { deleteSite, listQuarantine, listSites, restoreSite } from '@/lib/notes/store';
import { loadSyncState } from '@/lib/notes/sync-service';
import { buildExport } from '@/lib/notes/transfer';
import { saveFile, type SaveFile } from '@/lib/save-file';
import { loadSettings, setSyncEnabled } from '@/lib/settings';
import { importMessage, storeErrorMessage } from './messages';

// The Sites page (the extension's options page): state and storage only; the rows, controls
// and messages are presentational components in components/sites.

export const UNDO_MS = 10_000;

type ListState = { phase: 'loading' } | { phase: 'ready'; records: SiteRecord[]; corrupt: string[] } | { phase: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App({ lang, save = saveFile }: { lang: Lang; save?: SaveFile }) {
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
  const [list, setList] = useState<ListState>({ phase: 'loading' });
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('name');
  const [message, setMessage] = useState<PageMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [sync, setSync] = useState<SyncStatus>({ enabled: false, tooLarge: [], quotaFull: false });
  const refreshSync = useCallback(async () => {
    const [settings, state] = await Promise.all([loadSettings(), loadSyncState()]);
    setSync({ enabled: settings.syncEnabled, tooLarge: state.tooLarge, quotaFull: state.quotaFull });
  }, []);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  // Storage changes arrive in bursts (an import writes many sites): one read at a time, and one
  // more after it if anything changed meanwhile.
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const refresh = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        try {
          const { records, corrupt } = await listSites();
          setList({ phase: 'ready', records, corrupt });
        } catch (error) {
          setList({ phase: 'error', message: messageOf(error) });
        }
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, []);

  useEffect(() => {
    void refresh();
    void refreshSync();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') {
        void refresh();
        void refreshSync();
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      if (undoTimer.current) clearTimeout(undoTimer.current);
    };
  }, [refresh, refreshSync]);

  const show = useCallback((next: PageMessage | null, expiresMs?: number) => {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = null;
    setMessage(next);
    if (next && expiresMs) {
      undoTimer.current = setTimeout(() => {
        undoTimer.current = null;
        setMessage((current) => (current === next ? null : current));
      }, expiresMs);
    }
  }, []);

  const showError = useCallback((error: unknown) => show(storeErrorMessage(error, t)), [show, t]);

  // Keyboard and screen-reader users keep their place: after a delete the focus goes to Undo,
  // after an undo to the restored site.
  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    const el = target === 'undo' ? document.querySelector<HTMLElement>('[data-message="deleted"] .message__action') : document.getElementById(`site-${target}`);
    if (el) {
      focusAfterRender.current = null;
      el.focus();
    }
  });

  const undo = useCallback(
    async (record: SiteRecord) => {
      try {
        await restoreSite(record);
        focusAfterRender.current = record.site;
        show({ code: 'restored', kind: 'status', text: t('sites.restored', { site: record.site }) });
        await refresh();
      } catch (error) {
        showError(error);
      }
    },
    [refresh, show, showError, t],
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
        if (record) focusAfterRender.current = 'undo';
        await refresh();
      } catch (error) {
        showError(error);
      }
    },
    [refresh, show, showError, t, undo],
  );

  const onMarkdown = useCallback(
    (site: string) => {
      const record = list.phase === 'ready' ? list.records.find((r) => r.site === site) : undefined;
      if (record) save(`tillit-${site}.md`, siteMarkdown(record, lang), 'text/markdown');
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
        <SyncSettings status={sync} busy={busy} onToggle={(enabled) => void setSyncEnabled(enabled).then(refreshSync)} />

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
                  {shown.map((view) => (
                    <SiteCard key={view.record.site} view={view} onDelete={(site) => void onDelete(site)} onMarkdown={onMarkdown} />
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
    </LangContext.Provider>
  );
}
