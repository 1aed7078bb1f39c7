import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from '../i18n';

export type PageView = 'sites' | 'companies';
export const PAGE_VIEWS: readonly PageView[] = ['sites', 'companies'];

/**
 * "Sites | Companies": the ARIA tabs pattern — one tab in the Tab order, arrow keys, Home and
 * End move between tabs and show their panel.
 */
export function ViewTabs({ view, onView, children }: { view: PageView; onView: (view: PageView) => void; children: ComponentChildren }) {
  const t = useT();
  const tabs = useRef<Partial<Record<PageView, HTMLButtonElement | null>>>({});
  const go = (next: PageView) => {
    onView(next);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = PAGE_VIEWS.indexOf(view);
    const n = PAGE_VIEWS.length;
    const target = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    go(PAGE_VIEWS[target]!);
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('view.label')} onKeyDown={onKeyDown}>
        {PAGE_VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[v] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${v}`}
            class="tabs__tab"
            data-view={v}
            aria-selected={v === view}
            aria-controls={v === view ? `panel-${v}` : undefined}
            tabIndex={v === view ? 0 : -1}
            onClick={() => onView(v)}
          >
            {t(`view.${v}`)}
          </button>
        ))}
      </div>
      <div class="tabs__panel" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} data-panel={view}>
        {children}
      </div>
    </>
  );
}
