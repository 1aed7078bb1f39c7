import type { Criterion } from '../criterion';
import { cardUnseen, clip, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet } from '../verdicts';

export const en = {
  title: 'A real name and an about text that says what the company does',
  tip: 'Use the company’s real name on the profile, and write an about text that says what you do and for whom.',
  'detail.profileAbout': '{name}: “{about}”',
  'detail.profileNoAbout': '{name}, with no about text',
  'detail.profileShortAbout': 'The about text is too short to say what the company does: “{about}”',
  'detail.profileNoName': 'An about text, but no name on the profile',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Et ekte navn og en om-tekst som sier hva bedriften gjør',
  tip: 'Bruk bedriftens ekte navn på profilen, og skriv en om-tekst som sier hva dere gjør og for hvem.',
  'detail.profileAbout': '{name}: «{about}»',
  'detail.profileNoAbout': '{name}, uten om-tekst',
  'detail.profileShortAbout': 'Om-teksten er for kort til å si hva bedriften gjør: «{about}»',
  'detail.profileNoName': 'En om-tekst, men ikke noe navn på profilen',
};

const LIMITS = { aboutWords: 5 } as const;

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * FACTORS.md, profiles, credibility: a real name and an about text that says what the company
 * does. Met with a name (letters, not only symbols) and an about text of at least five words;
 * partial with one of them or a shorter text; unmet with neither on the profile's own page.
 * A post's page shows the name but not the about text, and a profile page whose name could not
 * be read is one whose card Tillit did not read: there a missing text is unobservable.
 */
export default {
  id: 'profile-about',
  factor: 'credibility',
  points: 25,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const name = p.name && /\p{L}/u.test(p.name) ? clip(p.name, 80) : null;
    const about = p.about?.trim() ? clip(p.about) : null;
    const evidence = fieldEvidence(p, 'name', 'about');
    if (name && about) {
      return words(p.about!) >= LIMITS.aboutWords ? met(evidence, { key: 'detail.profileAbout', params: { name, about } }) : partial(evidence, { key: 'detail.profileShortAbout', params: { about } });
    }
    if (about) return partial(evidence, { key: 'detail.profileNoName' });
    const unseen = cardUnseen(p);
    if (unseen) return unseen;
    return name ? partial(evidence, { key: 'detail.profileNoAbout', params: { name } }) : unmet();
  },
} as const satisfies Criterion<typeof en>;
