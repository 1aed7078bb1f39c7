import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { orSite, presence, siteContact } from '../verdicts';

export const en = {
  title: 'The organisation is named',
  tip: 'Name the company behind the site, with its legal name and organisation number.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Virksomheten er navngitt',
  tip: 'Navngi bedriften bak nettstedet, med juridisk navn og organisasjonsnummer.',
};

/**
 * FACTORS.md, transparency: the organisation is named (legal name, organisation number,
 * Organization data).
 */
export default {
  id: 'organisation-named',
  factor: 'transparency',
  points: 15,
  reads: ['contact', 'site'],
  evaluate: (s, _now, site) => orSite(presence([...s.contact.orgNumbers, ...s.contact.organisationNames]), siteContact(site, (c) => c.organisation)),
} as const satisfies Criterion<typeof en>;
