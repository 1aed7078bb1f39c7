import type { Criterion } from '../criterion';
import { isVerdict, profileOf, threadOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The public’s replies are visible',
  tip: 'Keep the public’s replies visible under your posts: don’t hide them.',
  'detail.profileThreadReplies': '{count} replies from others under the post',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Publikums svar er synlige',
  tip: 'La publikums svar være synlige under innleggene deres: ikke skjul dem.',
  'detail.profileThreadReplies': '{count} svar fra andre under innlegget',
};

/**
 * FACTORS.md, profiles, openness: the public's comments are visible. Observable on a post's page
 * that shows its thread: met with replies from others under the post. A profile page lists posts,
 * not their replies: unobservable there (unmet when the account's posts take no replies at all).
 * A thread with no replies from others is unobservable too: there may be none, or the platform
 * hides them from guests.
 */
export default {
  id: 'profile-visible-comments',
  factor: 'openness',
  points: 30,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const thread = threadOf(p);
    if (!thread) return p.commentsOpen === false ? unmet({ key: 'detail.repliesClosed' }) : unobservable({ key: 'detail.noThread' });
    const count = thread.others.length;
    if (!count) return unobservable({ key: 'detail.noThreadReplies' });
    return met(thread.others.slice(0, 3).map((d) => d.post.evidence), { key: 'detail.profileThreadReplies', params: { count } });
  },
} as const satisfies Criterion<typeof en>;
