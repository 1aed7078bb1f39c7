import type { Evidence } from '@/lib/signals/schema';
import { useT } from './i18n';

/** What was found on the page. Snippets are page text: rendered as text, never as markup. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const t = useT();
  if (!evidence.length) return null;
  return (
    <ul class="evidence" aria-label={t('section.evidence')}>
      {evidence.map((e, i) => (
        <li key={i} class="evidence__item" data-selector={e.selector ?? undefined}>
          <q class="evidence__snippet">{e.snippet}</q> <span class="evidence__source">{t('evidence.source', { source: e.source })}</span>
        </li>
      ))}
    </ul>
  );
}
