import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'Feedback is invited',
  tip: 'Ask for feedback, positive as well as negative, and say how it improves the blog.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Tilbakemeldinger inviteres',
  tip: 'Be om tilbakemeldinger, positive som negative, og si hvordan de gjør bloggen bedre.',
};

/** FACTORS.md, openness: feedback is invited, positive and negative. */
export default {
  id: 'feedback-invited',
  factor: 'openness',
  points: 20,
  reads: ['engagement'],
  evaluate: (s) => presence(s.engagement.invitations),
} as const satisfies Criterion<typeof en>;
