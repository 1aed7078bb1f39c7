import type { Criterion } from '../criterion';
import { clip, fieldEvidence, isVerdict, notProfilePage, onProfilePage, profileOf } from '../profile';
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

/** FACTORS.md, profiles, transparency: website stated. A post's page doesn't show the website field. */
export default {
  id: 'profile-website',
  factor: 'transparency',
  points: 30,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.website) return met(fieldEvidence(p, 'website'), { key: 'detail.profileWebsite', params: { website: clip(p.website, 200) } });
    return onProfilePage(p) ? unmet({ key: 'detail.profileNoWebsite' }) : notProfilePage();
  },
} as const satisfies Criterion<typeof en>;
