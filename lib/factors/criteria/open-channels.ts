import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'Other open channels (social profiles, feed)',
  tip: 'Link to your social profiles and offer an RSS feed.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Andre åpne kanaler (sosiale profiler, nyhetsstrøm)',
  tip: 'Lenk til profilene deres i sosiale medier og tilby en RSS-strøm.',
};

/** FACTORS.md, openness: other open channels — social profiles, RSS/Atom feed. */
export default {
  id: 'open-channels',
  factor: 'openness',
  points: 10,
  reads: ['contact', 'engagement'],
  evaluate: (s) => presence([...s.contact.socialProfiles, ...s.engagement.feeds]),
} as const satisfies Criterion<typeof en>;
