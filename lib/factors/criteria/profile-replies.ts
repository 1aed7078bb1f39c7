import type { Criterion } from '../criterion';
import { isVerdict, profileOf, threadOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The account replies to others on the page',
  tip: 'Answer the people who reply to your posts, in the thread, as the company.',
  'detail.profileAccountReplies': '{replies} replies by the account to {comments} replies from others',
  'detail.profileFewReplies': '{replies} replies by the account to {comments} replies from others: too few to judge a reply rate by (it takes {min})',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Kontoen svarer andre på siden',
  tip: 'Svar dem som svarer på innleggene deres, i tråden, som bedrift.',
  'detail.profileAccountReplies': '{replies} svar fra kontoen på {comments} svar fra andre',
  'detail.profileFewReplies': '{replies} svar fra kontoen på {comments} svar fra andre: for få til å bedømme svarandelen etter (det trengs {min})',
};

const LIMITS = { minReplies: 5 } as const;

/**
 * FACTORS.md, profiles, responsiveness: the account itself replies to others on the page.
 * Observable on a post's page showing replies from others (a profile page shows no threads):
 * met when the account answers in the thread, unmet when it doesn't (silence is an answer). A
 * reply rate rests on at least 5 replies from others: with fewer, the account's answers are
 * partial evidence, and the detail says so.
 */
export default {
  id: 'profile-replies',
  factor: 'responsiveness',
  points: 50,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const thread = threadOf(p);
    if (!thread) return unobservable({ key: 'detail.noThread' });
    const comments = thread.others.length;
    if (!comments) return unobservable({ key: 'detail.noThreadReplies' });
    const replies = thread.accountReplies;
    if (!replies) return unmet({ key: 'detail.profileAccountReplies', params: { replies, comments } }, thread.others.slice(0, 2).map((d) => d.post.evidence));
    const evidence = thread.own.slice(0, 3).map((d) => d.post.evidence);
    return comments >= LIMITS.minReplies
      ? met(evidence, { key: 'detail.profileAccountReplies', params: { replies, comments } })
      : partial(evidence, { key: 'detail.profileFewReplies', params: { replies, comments, min: LIMITS.minReplies } });
  },
} as const satisfies Criterion<typeof en>;
