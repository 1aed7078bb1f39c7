import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'A contact page',
  tip: 'Link to a contact page from every page.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'En kontaktside',
  tip: 'Lenk til en kontaktside fra alle sider.',
};

/** FACTORS.md, transparency: a contact page (Kontakt / Contact / Impressum). */
export default {
  id: 'contact-page',
  factor: 'transparency',
  points: 15,
  reads: ['contact'],
  evaluate: (s) => presence(s.contact.pages.filter((p) => p.kind === 'contact' || p.kind === 'impressum').map((p) => ({ value: p.url, evidence: p.evidence }))),
} as const satisfies Criterion<typeof en>;
