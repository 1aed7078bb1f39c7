import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'An About page',
  tip: 'Link to an About page that tells who you are and how you work.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'En «Om oss»-side',
  tip: 'Lenk til en «Om oss»-side som forteller hvem dere er og hvordan dere jobber.',
};

/** FACTORS.md, transparency: an About page (Om oss / Om meg / About). */
export default {
  id: 'about-page',
  factor: 'transparency',
  points: 20,
  reads: ['contact'],
  evaluate: (s) => presence(s.contact.pages.filter((p) => p.kind === 'about').map((p) => ({ value: p.url, evidence: p.evidence }))),
} as const satisfies Criterion<typeof en>;
