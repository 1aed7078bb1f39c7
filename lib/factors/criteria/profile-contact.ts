import type { Criterion } from '../criterion';
import { cardUnseen, clip, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { ev, met, unmet } from '../verdicts';

export const en = {
  title: 'Email or phone stated',
  tip: 'Give an email address or a phone number in the profile’s contact details.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'E-post eller telefon oppgitt',
  tip: 'Oppgi en e-postadresse eller et telefonnummer i profilens kontaktinformasjon.',
};

/**
 * FACTORS.md, profiles, transparency: contact details (email, phone) stated in the profile's own
 * fields (never in posts). Unobservable where the page doesn't show the profile's card (cardUnseen).
 */
export default {
  id: 'profile-contact',
  factor: 'transparency',
  points: 25,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const found = [...p.contact.emails, ...p.contact.phones];
    if (found.length) return met(ev(found), { key: 'detail.profileStated', params: { values: clip(found.map((f) => f.value).join(' · ')) } });
    return cardUnseen(p) ?? unmet();
  },
} as const satisfies Criterion<typeof en>;
