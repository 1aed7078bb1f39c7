import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { ev, met, partial, unmet } from '../verdicts';

export const en = {
  title: 'Sources are linked',
  tip: 'Link to the sources and references behind your claims.',
  'detail.sources': '{count} links to other sites in the text',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Kilder er lenket',
  tip: 'Lenk til kildene og referansene bak påstandene dine.',
  'detail.sources': '{count} lenker til andre nettsteder i teksten',
};

/** Links out from the text that earn the full points (one earns half). */
const LIMITS = { links: 2 } as const;

/** FACTORS.md, credibility: sources — links out to references. */
export default {
  id: 'sources',
  factor: 'credibility',
  points: 15,
  reads: ['engagement'],
  limits: LIMITS,
  evaluate(s) {
    const { count, examples } = s.engagement.sources;
    const detail = { key: 'detail.sources', params: { count } } as const;
    if (count >= LIMITS.links) return met(ev(examples), detail);
    if (count > 0) return partial(ev(examples), detail);
    return unmet(detail);
  },
} as const satisfies Criterion<typeof en>;
