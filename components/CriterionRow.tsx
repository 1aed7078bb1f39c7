import type { CriterionResult } from '@/lib/factors';
import type { MessageKey } from '@/lib/i18n';
import { EvidenceList } from './EvidenceList';
import { useT } from './i18n';

const STATUS_SHAPE: Record<CriterionResult['status'], string> = { met: '✓', partial: '◐', unmet: '✗', unobservable: '?' };

export function CriterionRow({ criterion }: { criterion: CriterionResult }) {
  const t = useT();
  return (
    <li class={`criterion criterion--${criterion.status}`} data-criterion={criterion.id} data-status={criterion.status}>
      <div class="criterion__head">
        <span class="criterion__status">
          <span aria-hidden="true">{STATUS_SHAPE[criterion.status]}</span> {t(`status.${criterion.status}`)}
        </span>
        <span class="criterion__title">{t(`criterion.${criterion.id}` as MessageKey)}</span>
        <span class="criterion__points">
          {criterion.status === 'unobservable' ? '–' : t('score.points', { earned: criterion.earned, points: criterion.points })}
        </span>
      </div>
      {criterion.detail && (
        <p class="criterion__detail">
          {criterion.siteLevel && <span class="criterion__site" data-site-level="true">{t('site.levelMark')}</span>} {t(criterion.detail.key, criterion.detail.params)}
        </p>
      )}
      <EvidenceList evidence={criterion.evidence} />
    </li>
  );
}
