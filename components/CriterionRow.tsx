import type { CriterionResult } from '@/lib/contracts/report';
import { EvidenceList } from './EvidenceList';
import { useT, useTranslateKey } from './i18n';

const STATUS_SHAPE: Record<CriterionResult['status'], string> = { met: '✓', partial: '◐', unmet: '✗', unobservable: '?' };

export function CriterionRow({ criterion }: { criterion: CriterionResult }) {
  const t = useT();
  // The id and the detail are data: a saved report may come from an older model.
  const tk = useTranslateKey();
  return (
    <li class={`criterion criterion--${criterion.status}`} data-criterion={criterion.id} data-status={criterion.status}>
      <div class="criterion__head">
        <span class="criterion__status">
          <span aria-hidden="true">{STATUS_SHAPE[criterion.status]}</span> {t(`status.${criterion.status}`)}
        </span>
        <span class="criterion__title">{tk(`criterion.${criterion.id}`)}</span>
        <span class="criterion__points">
          {criterion.status === 'unobservable' ? '–' : t('score.points', { earned: criterion.earned, points: criterion.points })}
        </span>
      </div>
      {criterion.detail && (
        <p class="criterion__detail">
          {criterion.siteLevel && <span class="criterion__site" data-site-level="true">{t('site.levelMark')}</span>} {tk(criterion.detail.key, criterion.detail.params)}
        </p>
      )}
      <EvidenceList evidence={criterion.evidence} />
    </li>
  );
}
