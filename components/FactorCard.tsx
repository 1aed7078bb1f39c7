import type { FactorResult, Tip } from '@/lib/contracts/report';
import { CriterionRow } from './CriterionRow';
import { LevelBadge } from './LevelBadge';
import { TipList } from './TipList';
import { useT, useTranslateKey } from './i18n';

/**
 * One factor: its badge, and behind it the criteria, evidence and tips. `badgeOnly`: the badge
 * alone, as the popup paints it first (marked data-badge, not data-factor, until the rest is in).
 */
export function FactorCard({ factor, tips, open = false, badgeOnly = false }: { factor: FactorResult; tips: readonly Tip[]; open?: boolean; badgeOnly?: boolean }) {
  const t = useT();
  const tk = useTranslateKey();
  const summary = (
    <summary class="factor__summary">
      <span class="factor__name">{t(`factor.${factor.key}`)}</span>
      <LevelBadge level={factor.level} score={factor.score} />
    </summary>
  );
  if (badgeOnly)
    return (
      <details class={`factor factor--${factor.level}`} data-badge={factor.key} data-level={factor.level}>
        {summary}
      </details>
    );
  return (
    <details class={`factor factor--${factor.level}`} open={open || undefined} data-factor={factor.key} data-level={factor.level}>
      {summary}
      <div class="factor__body">
        <p class="factor__question">{t(`factor.${factor.key}.question`)}</p>
        {factor.score === null && <p class="factor__unknown">{t('score.none')}</p>}
        {factor.cap && (
          <p class="factor__cap" data-cap={factor.cap.detail.key}>
            <strong>{t('factor.cap')}</strong> {tk(factor.cap.detail.key, factor.cap.detail.params)}
          </p>
        )}
        <h3 class="factor__heading">{t('section.criteria')}</h3>
        <ul class="criteria">
          {factor.criteria.map((c) => (
            <CriterionRow key={c.id} criterion={c} />
          ))}
        </ul>
        {tips.length > 0 && (
          <>
            <h3 class="factor__heading">{t('section.tips')}</h3>
            <TipList tips={tips} />
          </>
        )}
      </div>
    </details>
  );
}
