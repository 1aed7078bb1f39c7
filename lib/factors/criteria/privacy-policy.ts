import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'A privacy policy',
  tip: 'Link to a privacy policy that explains what you collect and why.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'En personvernerklæring',
  tip: 'Lenk til en personvernerklæring som forklarer hva dere samler inn og hvorfor.',
};

/** FACTORS.md, transparency: a privacy policy (Personvern). */
export default {
  id: 'privacy-policy',
  factor: 'transparency',
  points: 10,
  reads: ['contact'],
  evaluate: (s) => presence(s.contact.pages.filter((p) => p.kind === 'privacy').map((p) => ({ value: p.url, evidence: p.evidence }))),
} as const satisfies Criterion<typeof en>;
