import { useContext } from 'preact/hooks';
import type { Evidence } from '@/lib/contracts/page';
import { useT } from './i18n';
import { ShowContext } from './show';

/** What was found on the page. Snippets are page text: rendered as text, never as markup. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const t = useT();
  const showOnPage = useContext(ShowContext);
  if (!evidence.length) return null;
  return (
    <ul class="evidence" aria-label={t('section.evidence')}>
      {evidence.map((e, i) => {
        const state = e.selector ? showOnPage?.states[e.selector] : undefined;
        return (
          <li key={i} class="evidence__item" data-selector={e.selector ?? undefined}>
            <q class="evidence__snippet">{e.snippet}</q> <span class="evidence__source">{t('evidence.source', { source: e.source })}</span>
            {showOnPage && e.selector && (
              <span class="evidence__show">
                <button type="button" class="evidence__button" data-action="show" data-show-state={state} onClick={() => showOnPage.show(e.selector!)}>
                  <svg class="evidence__icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
                    <circle cx="6" cy="6" r="4.2" fill="none" stroke="currentColor" stroke-width="1.5" />
                    <circle cx="6" cy="6" r="1.4" fill="currentColor" />
                  </svg>{' '}
                  {t('show.button')}
                </button>{' '}
                <span class="evidence__state" aria-live="polite" data-show-state={state}>
                  {state === 'shown' && t('show.shown')}
                  {state === 'gone' && t('show.gone')}
                  {state === 'error' && t('show.error')}
                </span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
