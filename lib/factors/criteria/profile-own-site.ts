import type { Criterion } from '../criterion';
import { cardUnseen, clip, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'Links to its own website',
  tip: 'Put the company’s website in the profile’s website field, and link to the profile from the site, so each confirms the other.',
  'detail.profileOwnSite': 'Links to {website}. Whether the site links back, which would confirm the profile as official, is not checked yet.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Lenker til sitt eget nettsted',
  tip: 'Før opp bedriftens nettsted i profilens nettstedfelt, og lenk til profilen fra nettstedet, så de bekrefter hverandre.',
  'detail.profileOwnSite': 'Lenker til {website}. Om nettstedet lenker tilbake, noe som ville bekrefte profilen som offisiell, er ikke sjekket ennå.',
};

/**
 * FACTORS.md, profiles, credibility: links to its own website (confirmed official when the site
 * links back). Met when the profile states a website; the two-way check (the site linking back)
 * is not made yet, and the detail says so. Unobservable where the page doesn't show the
 * profile's card (a post's page; a card Tillit could not read: cardUnseen).
 */
export default {
  id: 'profile-own-site',
  factor: 'credibility',
  points: 30,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.website) return met(fieldEvidence(p, 'website'), { key: 'detail.profileOwnSite', params: { website: clip(p.website, 200) } });
    return cardUnseen(p) ?? unmet({ key: 'detail.profileNoWebsite' });
  },
} as const satisfies Criterion<typeof en>;
