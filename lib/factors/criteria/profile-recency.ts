import { daysBetween } from '../../util/time';
import type { Criterion } from '../criterion';
import { datedPosts, isVerdict, notProfilePage, onProfilePage, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'A post in the last 30 days',
  tip: 'Post at least once a month, so people can see the account is looked after.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Et innlegg de siste 30 dagene',
  tip: 'Publiser minst én gang i måneden, så folk ser at kontoen blir fulgt opp.',
};

const LIMITS = { days: 30 } as const;

/**
 * FACTORS.md, profiles, longevity: newest post ≤ 30 days old, the account's own posts judged
 * against the day of analysis (future dates left out). No dated own post on the page:
 * unobservable. A post's page shows one post, not the newest: a recent one there proves it, an
 * older one says nothing.
 */
export default {
  id: 'profile-recency',
  factor: 'longevity',
  points: 35,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s, now) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const newest = datedPosts(p, now, true)[0];
    if (!newest) return unobservable({ key: 'detail.noPosts' });
    const days = daysBetween(newest.time, now.getTime());
    const detail = { key: 'detail.newest', params: { date: new Date(newest.time).toISOString().slice(0, 10), days } } as const;
    if (days <= LIMITS.days) return met([newest.post.evidence], detail);
    return onProfilePage(p) ? unmet(detail, [newest.post.evidence]) : notProfilePage();
  },
} as const satisfies Criterion<typeof en>;
