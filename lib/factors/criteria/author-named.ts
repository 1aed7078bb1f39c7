import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet } from '../verdicts';

export const en = {
  title: 'The post names its author',
  tip: 'Sign every post with the writer’s name, visibly, near the title.',
  'detail.authors': 'Author: {names}',
  'detail.authorHidden': 'Named only in the page’s metadata, not visibly: {names}',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Innlegget navngir forfatteren',
  tip: 'Signer hvert innlegg med skribentens navn, synlig, nær tittelen.',
  'detail.authors': 'Forfatter: {names}',
  'detail.authorHidden': 'Navngitt bare i sidens metadata, ikke synlig: {names}',
};

/** FACTORS.md, credibility: the post names its author (byline, signature, structured data). */
export default {
  id: 'author-named',
  factor: 'credibility',
  points: 30,
  reads: ['authors'],
  evaluate(s) {
    const visible = s.authors.filter((a) => a.visible && a.name);
    if (visible.length) return met(visible.slice(0, 3).map((a) => a.evidence), { key: 'detail.authors', params: { names: visible.slice(0, 3).map((a) => a.name).join(', ') } });
    // Named only in meta tags or JSON-LD: the page knows its author but doesn't show it.
    const hidden = s.authors.filter((a) => a.name);
    if (hidden.length) return partial(hidden.slice(0, 3).map((a) => a.evidence), { key: 'detail.authorHidden', params: { names: hidden.slice(0, 3).map((a) => a.name).join(', ') } });
    return unmet();
  },
} as const satisfies Criterion<typeof en>;
