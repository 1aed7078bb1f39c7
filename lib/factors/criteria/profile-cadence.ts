import type { Criterion } from '../criterion';
import { datedPosts, isVerdict, notProfilePage, onProfilePage, profileOf, type DatedPost } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Posts spread over at least three months',
  tip: 'Post regularly, month after month, rather than in bursts.',
  'detail.feedTooShort': 'The page shows only {count} recent posts, from {from} to {to}: scroll down to load older ones, then check again.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Innlegg spredt over minst tre måneder',
  tip: 'Publiser jevnlig, måned etter måned, heller enn i rykk og napp.',
  'detail.feedTooShort': 'Siden viser bare {count} nylige innlegg, fra {from} til {to}: bla ned for å laste eldre, og sjekk igjen.',
};

const LIMITS = { months: 3 } as const;

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const monthIndex = (time: number) => new Date(time).getUTCFullYear() * 12 + new Date(time).getUTCMonth();

/**
 * FACTORS.md, profiles, longevity: dated posts spread over ≥ 3 distinct months (the account's
 * own, future dates left out). A profile page loads only its newest posts, so own posts in fewer
 * months are unmet only when the posts shown (reshares included) reach back three months or
 * more; when they are all more recent, the page cut the history short and the spread is
 * unobservable ("scroll down and check again"). No dated own posts, or a post's page short of
 * three months: unobservable.
 */
export default {
  id: 'profile-cadence',
  factor: 'longevity',
  points: 30,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s, now) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const own = datedPosts(p, now, true);
    if (!own.length) return unobservable({ key: 'detail.noPosts' });
    const firstOfMonth = new Map<string, DatedPost>();
    for (const d of own) if (!firstOfMonth.has(day(d.time).slice(0, 7))) firstOfMonth.set(day(d.time).slice(0, 7), d);
    const evidence = [...firstOfMonth.values()].slice(0, 3).map((d) => d.post.evidence);
    const detail = { key: 'detail.months', params: { count: firstOfMonth.size } } as const;
    if (firstOfMonth.size >= LIMITS.months) return met(evidence, detail);
    if (!onProfilePage(p)) return notProfilePage();
    const shown = datedPosts(p, now);
    const oldest = shown.at(-1)!;
    if (monthIndex(now.getTime()) - monthIndex(oldest.time) < LIMITS.months)
      return unobservable({ key: 'detail.feedTooShort', params: { count: shown.length, from: day(oldest.time), to: day(shown[0]!.time) } });
    return unmet(detail, evidence);
  },
} as const satisfies Criterion<typeof en>;
