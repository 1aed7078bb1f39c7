import { visibleSections } from '../comments';
import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Readers’ comments are visible',
  tip: 'Publish readers’ comments under the post, unedited.',
  'detail.commentCount': '{count} comments visible',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Lesernes kommentarer er synlige',
  tip: 'Publiser lesernes kommentarer uredigert under innlegget.',
  'detail.commentCount': '{count} kommentarer synlige',
};

/** FACTORS.md, openness: the public's comments are visible (count > 0). */
export default {
  id: 'visible-comments',
  factor: 'openness',
  points: 15,
  reads: ['comments'],
  evaluate(s) {
    if (!s.comments.length) return unmet();
    const visible = visibleSections(s);
    if (!visible.length) return unobservable({ key: 'detail.commentsHidden' });
    const count = visible.reduce((n, c) => n + (c.count ?? 0), 0);
    const detail = { key: 'detail.commentCount', params: { count } } as const;
    return count > 0 ? met(visible.flatMap((c) => c.comments.slice(0, 2).map((x) => x.evidence)), detail) : unmet(detail);
  },
} as const satisfies Criterion<typeof en>;
