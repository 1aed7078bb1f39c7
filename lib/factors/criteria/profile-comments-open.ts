import type { Criterion } from '../criterion';
import { fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The public may reply to its posts',
  tip: 'Let anyone reply to your posts: don’t limit who can comment.',
  'detail.noReplyControl': 'The page shows none of the account’s posts with its reply button.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Alle kan svare på innleggene',
  tip: 'La hvem som helst svare på innleggene deres: ikke begrens hvem som kan kommentere.',
  'detail.noReplyControl': 'Siden viser ingen av kontoens innlegg med svarknappen.',
};

/**
 * FACTORS.md, profiles, openness: the public may comment on its posts — the reply control on the
 * account's own posts. Unobservable when the page shows none of its posts, or none with a reply
 * control to look at (`commentsOpen` null).
 */
export default {
  id: 'profile-comments-open',
  factor: 'openness',
  points: 40,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.commentsOpen === null) return unobservable({ key: p.posts.some((post) => post.byAccount) ? 'detail.noReplyControl' : 'detail.noPosts' });
    return p.commentsOpen ? met(fieldEvidence(p, 'commentsOpen')) : unmet({ key: 'detail.repliesClosed' }, fieldEvidence(p, 'commentsOpen'));
  },
} as const satisfies Criterion<typeof en>;
