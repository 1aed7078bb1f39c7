import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'A feed or newsletter to follow',
  tip: 'Offer an RSS feed or a newsletter so readers can follow you over time.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'En nyhetsstrøm eller et nyhetsbrev å følge',
  tip: 'Tilby en RSS-strøm eller et nyhetsbrev så leserne kan følge dere over tid.',
};

/** FACTORS.md, longevity: a feed or newsletter to follow the site over time. */
export default {
  id: 'follow-feed',
  factor: 'longevity',
  points: 15,
  reads: ['engagement'],
  evaluate: (s) => presence([...s.engagement.feeds, ...s.engagement.newsletters]),
} as const satisfies Criterion<typeof en>;
