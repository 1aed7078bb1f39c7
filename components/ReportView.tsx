import type { Report } from '@/lib/factors';
import { FactorCard } from './FactorCard';
import { LevelBadge } from './LevelBadge';
import { useT } from './i18n';

/** The whole result: the overall level, then a card per factor. */
export function ReportView({ report }: { report: Report }) {
  const t = useT();
  const known = report.factors.filter((f) => f.score !== null).length;
  return (
    <div class="report">
      <section class={`overall overall--${report.overall.level}`} data-overall={report.overall.level} aria-label={t('overall.label')}>
        <span class="overall__label">{t('overall.label')}</span>
        <LevelBadge level={report.overall.level} score={report.overall.score} />
        <span class="overall__summary">{t('overall.summary', { known })}</span>
      </section>
      {report.partial && (
        <p class="notice" role="status" data-partial="true">
          {t('state.partial')}
        </p>
      )}
      <div class="factors">
        {report.factors.map((f) => (
          <FactorCard key={f.key} factor={f} tips={report.tips.filter((tip) => tip.factor === f.key)} />
        ))}
      </div>
    </div>
  );
}
