import { monthsOf } from '../activity';
import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, orSite, unmet } from '../verdicts';

export const en = {
  title: 'Posts spread over at least six months',
  tip: 'Post regularly and show an archive by month.',
  'detail.activeMonths': 'Across the site: posts in {count} of the last 24 months',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Innlegg spredt over minst seks måneder',
  tip: 'Publiser jevnlig og vis et arkiv per måned.',
  'detail.activeMonths': 'På hele nettstedet: innlegg i {count} av de siste 24 månedene',
};

const LIMITS = { months: 6 } as const;

/** FACTORS.md, longevity: cadence — dated posts spread over ≥ 6 distinct months. */
export default {
  id: 'cadence',
  factor: 'longevity',
  points: 20,
  reads: ['dates', 'site'],
  limits: LIMITS,
  evaluate(s, now, site) {
    const months = monthsOf(s, now).size;
    const detail = { key: 'detail.months', params: { count: months } } as const;
    const evidence = s.dates.archiveEvidence ? [s.dates.archiveEvidence] : s.dates.posts.slice(0, 2).map((p) => p.evidence);
    const page = months >= LIMITS.months ? met(evidence, detail) : unmet(detail, evidence);
    const active = site?.activity.activeMonths24 ?? 0;
    const fromSite = active >= LIMITS.months ? met(site?.activity.evidence ? [site.activity.evidence] : [], { key: 'detail.activeMonths', params: { count: active } }) : null;
    return orSite(page, fromSite);
  },
} as const satisfies Criterion<typeof en>;
