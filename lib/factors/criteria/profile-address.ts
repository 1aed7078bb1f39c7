import type { Criterion } from '../criterion';
import { cardUnseen, clip, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { ev, met, unmet } from '../verdicts';

export const en = {
  title: 'Address or headquarters stated',
  tip: 'State the company’s address, or at least where its headquarters are, on the profile.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Adresse eller hovedkontor oppgitt',
  tip: 'Oppgi bedriftens adresse, eller i det minste hvor hovedkontoret ligger, på profilen.',
};

/**
 * FACTORS.md, profiles, transparency: address / headquarters stated — a postal address in the
 * profile's contact details, or its location / headquarters field. Unobservable where the page
 * doesn't show the profile's card (cardUnseen).
 */
export default {
  id: 'profile-address',
  factor: 'transparency',
  points: 20,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const addresses = p.contact.addresses;
    if (addresses.length) return met(ev(addresses), { key: 'detail.profileStated', params: { values: clip(addresses.map((a) => a.value).join(' · ')) } });
    if (p.location) return met(fieldEvidence(p, 'location'), { key: 'detail.profileStated', params: { values: clip(p.location) } });
    return cardUnseen(p) ?? unmet();
  },
} as const satisfies Criterion<typeof en>;
