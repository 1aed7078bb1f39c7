import type { Criterion } from '../criterion';
import { datedPosts, isVerdict, notProfilePage, onProfilePage, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Posts spread over at least three months',
  tip: 'Post regularly, month after month, rather than in bursts.',
  'detail.feedTooShort': 'The page shows only the newest {count} posts, from {from} to {to}: scroll down to load older ones, then check again.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Innlegg spredt over minst tre måneder',
  tip: 'Publiser jevnlig, måned etter måned, heller enn i rykk og napp.',
  'detail.feedTooShort': 'Siden viser bare de {count} nyeste innleggene, fra {from} til {to}: bla ned for å laste eldre, og sjekk igjen.',
};

const LIMITS = { months: 3, fullFeed: 5 } as const;

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * FACTORS.md, profiles, longevity: dated posts spread over ≥ 3 distinct months (the account's
 * own, future dates left out). A profile page loads only its newest posts: when it shows five or
 * more, all within fewer months, the page cuts the history short and the spread is unobservable
 * ("scroll down and check again"); fewer posts in fewer months is unmet. No dated own posts, or
 * a post's page short of three months: unobservable.
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
    const posts = datedPosts(p, now, true);
    if (!posts.length) return unobservable({ key: 'detail.noPosts' });
    const byMonth = new Map<string, (typeof posts)[number]>();
    for (const d of posts) if (!byMonth.has(day(d.time).slice(0, 7))) byMonth.set(day(d.time).slice(0, 7), d);
    const evidence = [...byMonth.values()].slice(0, 3).map((d) => d.post.evidence);
    const detail = { key: 'detail.months', params: { count: byMonth.size } } as const;
    if (byMonth.size >= LIMITS.months) return met(evidence, detail);
    if (!onProfilePage(p)) return notProfilePage();
    if (posts.length >= LIMITS.fullFeed) return unobservable({ key: 'detail.feedTooShort', params: { count: posts.length, from: day(posts.at(-1)!.time), to: day(posts[0]!.time) } });
    return unmet(detail, evidence);
  },
} as const satisfies Criterion<typeof en>;
