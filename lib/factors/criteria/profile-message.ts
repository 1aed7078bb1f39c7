import type { Criterion } from '../criterion';
import { fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { ev, met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'A way to message the company',
  tip: 'Turn on messages for the profile, or give an email address people can write to.',
  'detail.profileMessageByContact': 'No message button, but the profile gives an email address or a phone number.',
  'detail.profileNoMessage': 'The profile offers no message button.',
  'detail.messageUnknown': 'The page shows no message button; the platform may show one only to signed-in visitors.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'En måte å sende bedriften en melding på',
  tip: 'Slå på meldinger for profilen, eller oppgi en e-postadresse folk kan skrive til.',
  'detail.profileMessageByContact': 'Ingen meldingsknapp, men profilen oppgir en e-postadresse eller et telefonnummer.',
  'detail.profileNoMessage': 'Profilen har ingen meldingsknapp.',
  'detail.messageUnknown': 'Siden viser ingen meldingsknapp; plattformen viser den kanskje bare til innloggede besøkende.',
};

/**
 * FACTORS.md, profiles, openness: a way to message the company — the platform's message button,
 * or an email address or phone number in the profile's contact details. With neither: unmet
 * when the page shows there is no button, unobservable when it can't show one (`messageButton`
 * null: platforms show it to signed-in visitors only).
 */
export default {
  id: 'profile-message',
  factor: 'openness',
  points: 30,
  reads: ['profile'],
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.messageButton) return met(fieldEvidence(p, 'messageButton'));
    const contact = [...p.contact.emails, ...p.contact.phones];
    if (contact.length) return met(ev(contact), { key: 'detail.profileMessageByContact' });
    return p.messageButton === false ? unmet({ key: 'detail.profileNoMessage' }, fieldEvidence(p, 'messageButton')) : unobservable({ key: 'detail.messageUnknown' });
  },
} as const satisfies Criterion<typeof en>;
