import { useLayoutEffect } from 'preact/hooks';
import type { FactorKey, Report } from '@/lib/contracts/report';
import { FactorCard } from './FactorCard';
import { FactorChart } from './FactorChart';
import { LevelBadge } from './LevelBadge';
import { useT } from './i18n';

/** The performance mark the popup sets when its first paint, the badges, is in the document. */
export const BADGES_MARK = 'tillit:badges';

/**
 * The whole result: the overall level, the factor chart (with the user's own ratings when there
 * are any), then a card per factor — folded in the popup, all open in the printable report.
 * `badges`: the overall level and the five badges only — what the popup paints first.
 */
export function ReportView({ report, ratings, expanded = false, badges = false }: { report: Report; ratings?: Partial<Record<FactorKey, number>>; expanded?: boolean; badges?: boolean }) {
  const t = useT();
  const known = report.factors.filter((f) => f.score !== null).length;
  // The popup's own timeline: when the five badges are in the document (npm run bench:perf).
  useLayoutEffect(() => {
    if (badges) performance.mark(BADGES_MARK);
  }, [badges]);
  return (
    <div class="report">
      <section class={`overall overall--${report.overall.level}`} data-overall={report.overall.level} aria-label={t('overall.label')}>
        <span class="overall__label">{t('overall.label')}</span>
        <LevelBadge level={report.overall.level} score={report.overall.score} />
        <span class="overall__summary">{t('overall.summary', { known })}</span>
      </section>
      {!badges && <FactorChart factors={report.factors} ratings={ratings} />}
      {report.partial && (
        <p class="notice" role="status" data-partial="true">
          {t('state.partial')}
        </p>
      )}
      <h2 class="visually-hidden">{t('a11y.factorsHeading')}</h2>
      <div class="factors">
        {report.factors.map((f) => (
          <FactorCard key={f.key} factor={f} tips={report.tips.filter((tip) => tip.factor === f.key)} open={expanded} badgeOnly={badges} />
        ))}
      </div>
    </div>
  );
}
