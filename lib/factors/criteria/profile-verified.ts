import type { Criterion } from '../criterion';
import { fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The profile carries the platform’s verification mark',
  tip: 'Get the account verified (or confirmed as the company’s own) by the platform, so people know it is really you.',
  'detail.profileVerified': 'The platform shows a verification mark on the profile.',
  'detail.profileNotVerified': 'No verification mark on the profile.',
  'detail.verifiedUnknown': 'The page doesn’t show whether the account is verified.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Profilen har plattformens verifiseringsmerke',
  tip: 'Få kontoen verifisert (eller bekreftet som bedriftens egen) av plattformen, så folk vet at det virkelig er dere.',
  'detail.profileVerified': 'Plattformen viser et verifiseringsmerke på profilen.',
  'detail.profileNotVerified': 'Profilen har ikke noe verifiseringsmerke.',
  'detail.verifiedUnknown': 'Siden viser ikke om kontoen er verifisert.',
};

/**
 * FACTORS.md, profiles, credibility: verified / confirmed-owner mark. Unobservable when the page
 * can't tell (the reader found no heading to look for the mark by).
 */
export default {
  id: 'profile-verified',
  factor: 'credibility',
  points: 25,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.verified === null) return unobservable({ key: 'detail.verifiedUnknown' });
    return p.verified ? met(fieldEvidence(p, 'verified'), { key: 'detail.profileVerified' }) : unmet({ key: 'detail.profileNotVerified' }, fieldEvidence(p, 'verified'));
  },
} as const satisfies Criterion<typeof en>;
