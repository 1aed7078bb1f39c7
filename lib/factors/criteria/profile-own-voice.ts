import type { Criterion } from '../criterion';
import { isVerdict, notProfilePage, onProfilePage, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Posts in its own voice, not only reshares',
  tip: 'Write your own posts — news, answers, a look behind the scenes — rather than only sharing others’.',
  'detail.profileOwnPosts': '{own} of the {count} posts shown are the account’s own',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Innlegg med egen stemme, ikke bare delinger',
  tip: 'Skriv egne innlegg — nyheter, svar, et blikk bak kulissene — i stedet for bare å dele andres.',
  'detail.profileOwnPosts': '{own} av de {count} innleggene som vises, er kontoens egne',
};

const LIMITS = { ownShare: 0.25 } as const;

/**
 * FACTORS.md, profiles, credibility: posts in its own voice (not only reshares). On the profile's
 * page: met when at least a quarter of the posts shown are the account's own, partial when fewer
 * are, unmet when none is. A post's page shows others' replies beside the account's own posts,
 * so there only an own post counts (met) and none says nothing. No posts shown: unobservable.
 */
export default {
  id: 'profile-own-voice',
  factor: 'credibility',
  points: 20,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (!p.posts.length) return unobservable({ key: 'detail.noPosts' });
    const own = p.posts.filter((post) => post.byAccount);
    const detail = { key: 'detail.profileOwnPosts', params: { own: own.length, count: p.posts.length } } as const;
    const evidence = own.slice(0, 3).map((post) => post.evidence);
    if (!onProfilePage(p)) return own.length ? met(evidence, detail) : notProfilePage();
    if (own.length >= LIMITS.ownShare * p.posts.length) return met(evidence, detail);
    return own.length ? partial(evidence, detail) : unmet(detail, p.posts.slice(0, 2).map((post) => post.evidence));
  },
} as const satisfies Criterion<typeof en>;
