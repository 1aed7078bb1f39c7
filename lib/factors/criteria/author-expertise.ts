import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'The author’s expertise is shown',
  tip: 'Add a short bio with the writer’s role and what makes them competent on the topic.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Forfatterens kompetanse vises',
  tip: 'Legg til en kort presentasjon med skribentens rolle og kompetanse på temaet.',
};

/** FACTORS.md, credibility: the author's expertise is shown (bio, role, credentials). */
export default {
  id: 'author-expertise',
  factor: 'credibility',
  points: 20,
  reads: ['authors'],
  evaluate(s) {
    const bio = s.authors.find((a) => a.bio)?.bio;
    return bio ? met([bio.evidence]) : unmet();
  },
} as const satisfies Criterion<typeof en>;
