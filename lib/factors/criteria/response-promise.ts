import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'A stated response promise',
  tip: 'Say how fast you answer (“comments are answered daily”) and keep it.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Et uttalt svarløfte',
  tip: 'Si hvor raskt dere svarer («kommentarer besvares daglig») og hold det.',
};

/**
 * FACTORS.md, responsiveness: a stated response promise ("besvares daglig", "we reply within 24
 * hours").
 */
export default {
  id: 'response-promise',
  factor: 'responsiveness',
  points: 15,
  reads: ['engagement'],
  evaluate: (s) => presence(s.engagement.promises),
} as const satisfies Criterion<typeof en>;
