import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { orSite, presence, siteContact } from '../verdicts';

export const en = {
  title: 'E-mail address or phone number',
  tip: 'Show an e-mail address or phone number readers can use.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'E-postadresse eller telefonnummer',
  tip: 'Vis en e-postadresse eller et telefonnummer leserne kan bruke.',
};

/**
 * FACTORS.md, transparency: an email address or phone number — on this page or, when checked, the
 * site's contact pages.
 */
export default {
  id: 'contact-details',
  factor: 'transparency',
  points: 25,
  reads: ['contact', 'site'],
  evaluate: (s, _now, site) => orSite(presence([...s.contact.emails, ...s.contact.phones]), siteContact(site, (c) => [...c.emails, ...c.phones])),
} as const satisfies Criterion<typeof en>;
