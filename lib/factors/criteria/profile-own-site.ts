import type { Criterion } from '../criterion';
import { cardUnseen, clip, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet } from '../verdicts';

export const en = {
  title: 'Links to its own website',
  tip: 'Put the company’s website in the profile’s website field, and link to the profile from the site, so each confirms the other.',
  'detail.profileOwnSite': 'Links to {website}. Whether the site links back, which would confirm the profile as official, is not known yet: analyse the site with Tillit.',
  'detail.profileConfirmed': 'Confirmed official: the profile links to {site}, and {site} links back to the profile ({link}).',
  'detail.profileNotLinkedBack': 'Links to {website}, but {site} does not link back to the profile as far as Tillit has seen, so it is claimed, not confirmed.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Lenker til sitt eget nettsted',
  tip: 'Før opp bedriftens nettsted i profilens nettstedfelt, og lenk til profilen fra nettstedet, så de bekrefter hverandre.',
  'detail.profileOwnSite': 'Lenker til {website}. Om nettstedet lenker tilbake, noe som ville bekrefte profilen som offisiell, er ikke kjent ennå: analyser nettstedet med Tillit.',
  'detail.profileConfirmed': 'Bekreftet offisiell: profilen lenker til {site}, og {site} lenker tilbake til profilen ({link}).',
  'detail.profileNotLinkedBack': 'Lenker til {website}, men {site} lenker ikke tilbake til profilen så langt Tillit har sett, så den er oppgitt, ikke bekreftet.',
};

/**
 * FACTORS.md, profiles, credibility: links to its own website (confirmed official when the site
 * links back). Met when the profile states a website and its site links back (confirmed, both ends
 * named) or when the site has not been analysed, so nothing speaks against it (the detail says the
 * check is open). Partial when the site was analysed and does not link back: the profile claims a
 * site that does not claim it. Unobservable where the page doesn't show the profile's card (a
 * post's page; a card Tillit could not read: cardUnseen).
 */
export default {
  id: 'profile-own-site',
  factor: 'credibility',
  points: 30,
  reads: ['profile', 'company'],
  evaluate(s, _now, _site, company) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.website) {
      const official = company.official;
      const evidence = fieldEvidence(p, 'website');
      if (official?.status === 'confirmed') return met(evidence, { key: 'detail.profileConfirmed', params: { site: official.site, link: clip(official.fromSite ?? '', 200) } });
      if (official?.fromProfile && official.siteAnalysed) return partial(evidence, { key: 'detail.profileNotLinkedBack', params: { website: clip(p.website, 200), site: official.site } });
      return met(evidence, { key: 'detail.profileOwnSite', params: { website: clip(p.website, 200) } });
    }
    return cardUnseen(p) ?? unmet({ key: 'detail.profileNoWebsite' });
  },
} as const satisfies Criterion<typeof en>;
