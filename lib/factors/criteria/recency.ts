import { daysBetween } from '../../util/time';
import { activity, siteActivity } from '../activity';
import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'Updated in the last 90 days',
  tip: 'Publish or update something at least every three months.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Oppdatert de siste 90 dagene',
  tip: 'Publiser eller oppdater noe minst hver tredje måned.',
};

const LIMITS = { days: 90 } as const;

/**
 * FACTORS.md, longevity: recency — newest post or update ≤ 90 days old (judged against the day of
 * analysis).
 */
export default {
  id: 'recency',
  factor: 'longevity',
  points: 25,
  reads: ['dates', 'comments', 'site'],
  limits: LIMITS,
  evaluate(s, now, site) {
    const dated = [...activity(s, now, 'site'), ...siteActivity(site, 'last')];
    if (!dated.length) return unmet({ key: 'detail.noDates' });
    const newest = dated.reduce((a, b) => (b.time > a.time ? b : a));
    const days = daysBetween(newest.time, now.getTime());
    const detail = { key: 'detail.newest', params: { date: new Date(newest.time).toISOString().slice(0, 10), days } } as const;
    return days <= LIMITS.days ? met(newest.evidence ? [newest.evidence] : [], detail) : unmet(detail, newest.evidence ? [newest.evidence] : []);
  },
} as const satisfies Criterion<typeof en>;
