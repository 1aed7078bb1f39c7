import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'The author links to a profile',
  tip: 'Link the author’s name to a profile page or a professional social profile.',
  'detail.profile': 'Profile: {url}',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Forfatteren lenker til en profil',
  tip: 'Lenk forfatterens navn til en profilside eller en faglig profil i sosiale medier.',
  'detail.profile': 'Profil: {url}',
};

/**
 * FACTORS.md, credibility: the author links to a profile (author page, rel=author, social
 * profile).
 */
export default {
  id: 'author-profile',
  factor: 'credibility',
  points: 20,
  reads: ['authors'],
  evaluate(s) {
    // A visible author's profile first.
    const withProfile = [...s.authors].sort((a, b) => Number(b.visible) - Number(a.visible)).find((a) => a.profileUrl);
    return withProfile ? met([withProfile.evidence], { key: 'detail.profile', params: { url: withProfile.profileUrl! } }) : unmet();
  },
} as const satisfies Criterion<typeof en>;
