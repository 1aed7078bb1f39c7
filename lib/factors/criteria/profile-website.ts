import type { Criterion } from '../criterion';
import { cardUnseen, clip, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'Website stated',
  tip: 'Fill in the profile’s website field with the company’s own site.',
  'detail.profileWebsite': 'Website: {website}',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Nettsted oppgitt',
  tip: 'Fyll inn profilens nettstedfelt med bedriftens eget nettsted.',
  'detail.profileWebsite': 'Nettsted: {website}',
};

/**
 * FACTORS.md, profiles, transparency: website stated. Unobservable where the page doesn't show
 * the profile's card (a post's page; a card Tillit could not read: cardUnseen).
 */
export default {
  id: 'profile-website',
  factor: 'transparency',
  points: 30,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.website) return met(fieldEvidence(p, 'website'), { key: 'detail.profileWebsite', params: { website: clip(p.website, 200) } });
    return cardUnseen(p) ?? unmet({ key: 'detail.profileNoWebsite' });
  },
} as const satisfies Criterion<typeof en>;
