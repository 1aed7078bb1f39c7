import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { ev, met, partial, unmet } from '../verdicts';

export const en = {
  title: 'Personal tone',
  tip: 'Write in the first person (“I”, “we”) and end with a signed greeting.',
  'detail.firstPerson': '{count} first-person words in the text',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Personlig tone',
  tip: 'Skriv i første person («jeg», «vi») og avslutt med en signert hilsen.',
  'detail.firstPerson': '{count} ord i første person i teksten',
};

/** First-person words that make the text personal on their own (fewer earn half; a signed greeting is enough). */
const LIMITS = { words: 5 } as const;

/**
 * FACTORS.md, credibility: personal tone — first person, a signed greeting (jeg/vi/I/we; "Med
 * vennlig hilsen", "Best regards").
 */
export default {
  id: 'personal-tone',
  factor: 'credibility',
  points: 15,
  reads: ['engagement'],
  limits: LIMITS,
  evaluate(s) {
    const { firstPerson, signatures } = s.engagement;
    const evidence = [...(firstPerson.evidence ? [firstPerson.evidence] : []), ...ev(signatures, 1)];
    const detail = { key: 'detail.firstPerson', params: { count: firstPerson.count } } as const;
    if (firstPerson.count >= LIMITS.words || signatures.length) return met(evidence, detail);
    if (firstPerson.count > 0) return partial(evidence, detail);
    return unmet(detail);
  },
} as const satisfies Criterion<typeof en>;
