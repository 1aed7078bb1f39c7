import type { Criterion } from '../criterion';
import { cardUnseen, clip, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet } from '../verdicts';

export const en = {
  title: 'Founded year, industry or company size stated',
  tip: 'Fill in the profile’s company facts: its industry, its size and the year it was founded.',
  'detail.profileJoinedOnly': 'Only when the account or the company started ({joined}): not what the company does or how big it is',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Stiftelsesår, bransje eller bedriftsstørrelse oppgitt',
  tip: 'Fyll inn bedriftsopplysningene på profilen: bransje, størrelse og året bedriften ble stiftet.',
  'detail.profileJoinedOnly': 'Bare når kontoen eller bedriften startet ({joined}): ikke hva bedriften gjør eller hvor stor den er',
};

/**
 * FACTORS.md, profiles, transparency: founded year, industry or company size stated. Met with an
 * industry or a size. The profile's one date (`joined`) is a founded year on LinkedIn but the
 * account's creation on most platforms ("Joined March 2010"), so a date alone is partial.
 * Unobservable where the page doesn't show the profile's card (cardUnseen).
 */
export default {
  id: 'profile-facts',
  factor: 'transparency',
  points: 25,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const facts = [p.industry, p.size, p.joined].filter((f): f is string => !!f);
    const evidence = fieldEvidence(p, 'industry', 'size', 'joined');
    if (p.industry || p.size) return met(evidence, { key: 'detail.profileStated', params: { values: clip(facts.join(' · ')) } });
    if (p.joined) return partial(evidence, { key: 'detail.profileJoinedOnly', params: { joined: p.joined } });
    return cardUnseen(p) ?? unmet();
  },
} as const satisfies Criterion<typeof en>;
