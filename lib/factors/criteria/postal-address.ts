import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { orSite, presence, siteContact } from '../verdicts';

export const en = {
  title: 'Physical or postal address',
  tip: 'Show where you are: a street or postal address.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Besøks- eller postadresse',
  tip: 'Vis hvor dere holder til: en gate- eller postadresse.',
};

/** FACTORS.md, transparency: a physical/postal address. */
export default {
  id: 'postal-address',
  factor: 'transparency',
  points: 15,
  reads: ['contact', 'site'],
  evaluate: (s, _now, site) => orSite(presence(s.contact.addresses), siteContact(site, (c) => c.addresses)),
} as const satisfies Criterion<typeof en>;
