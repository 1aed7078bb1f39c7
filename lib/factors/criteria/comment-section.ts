import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet } from '../verdicts';

export const en = {
  title: 'A comment section',
  tip: 'Open a comment section under each post so readers can answer.',
  'detail.commentSystem': 'Comment system: {system}',
  'detail.commentsClosed': 'The comment section is closed.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Et kommentarfelt',
  tip: 'Åpne et kommentarfelt under hvert innlegg så leserne kan svare.',
  'detail.commentSystem': 'Kommentarsystem: {system}',
  'detail.commentsClosed': 'Kommentarfeltet er stengt.',
};

/** FACTORS.md, openness: a comment section (closed: half). */
export default {
  id: 'comment-section',
  factor: 'openness',
  points: 30,
  reads: ['comments'],
  evaluate(s) {
    if (!s.comments.length) return unmet();
    const open = s.comments.filter((c) => !c.closed);
    const detail = { key: 'detail.commentSystem', params: { system: s.comments[0]!.system } } as const;
    if (open.length) return met(open.map((c) => c.evidence), detail);
    return partial(s.comments.map((c) => c.evidence), { key: 'detail.commentsClosed' });
  },
} as const satisfies Criterion<typeof en>;
