import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Anyone may comment without logging in',
  tip: 'Let readers comment with just a name, without an account or login.',
  'detail.loginRequired': 'Commenting requires logging in.',
  'detail.loginUnknown': 'The comment form is embedded, so its login rules can’t be seen.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Alle kan kommentere uten å logge inn',
  tip: 'La leserne kommentere med bare et navn, uten konto eller innlogging.',
  'detail.loginRequired': 'Man må logge inn for å kommentere.',
  'detail.loginUnknown': 'Kommentarskjemaet er innebygd, så reglene for innlogging kan ikke sees.',
};

/** FACTORS.md, openness: commenting needs no login or registration. */
export default {
  id: 'open-commenting',
  factor: 'openness',
  points: 25,
  reads: ['comments'],
  evaluate(s) {
    if (!s.comments.length) return unmet();
    const free = s.comments.find((c) => c.login === 'not-required');
    if (free) return met([free.evidence]);
    if (s.comments.every((c) => c.login === 'required')) return unmet({ key: 'detail.loginRequired' }, s.comments.map((c) => c.evidence));
    // A form in an iframe (Blogger) or a widget that doesn't say: the page can't show it.
    return unobservable({ key: 'detail.loginUnknown' });
  },
} as const satisfies Criterion<typeof en>;
