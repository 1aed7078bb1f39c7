import type { Criterion } from '../criterion';
import { datedPosts, fieldEvidence, isVerdict, profileOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The account is at least two years old',
  tip: 'Keep the account and its history: don’t start over with new profiles.',
  'detail.accountSince': 'Since {joined}',
  'detail.accountOldPost': 'No start date shown; its oldest post shown is from {date}',
  'detail.noJoined': 'The page shows neither when the account started nor a post two years old.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Kontoen er minst to år gammel',
  tip: 'Behold kontoen og historikken: ikke begynn på nytt med nye profiler.',
  'detail.accountSince': 'Siden {joined}',
  'detail.accountOldPost': 'Ingen startdato vist; det eldste innlegget som vises, er fra {date}',
  'detail.noJoined': 'Siden viser verken når kontoen startet eller et innlegg som er to år gammelt.',
};

const LIMITS = { years: 2 } as const;

/** Whole calendar years from a stated "YYYY" or "YYYY-MM" to `now` (by its precision), or null for a date in the future. */
function yearsSince(joined: string, now: Date): number | null {
  const [year, month] = joined.split('-').map(Number) as [number, number | undefined];
  const months = month === undefined ? (now.getUTCFullYear() - year) * 12 : now.getUTCFullYear() * 12 + now.getUTCMonth() - (year * 12 + month - 1);
  return months < 0 ? null : Math.floor(months / 12);
}

/**
 * FACTORS.md, profiles, longevity: account age ≥ 2 years (joined / founded / page created),
 * counted in calendar years at the precision the page gives ("2024" in 2026 is two years) against
 * the day of analysis. With no date stated, an own post two years old proves it; otherwise the
 * age is unobservable (the account may well be older than what the page shows).
 */
export default {
  id: 'profile-account-age',
  factor: 'longevity',
  points: 35,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s, now) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    const years = p.joined ? yearsSince(p.joined, now) : null;
    if (years !== null) {
      const detail = { key: 'detail.accountSince', params: { joined: p.joined! } } as const;
      return years >= LIMITS.years ? met(fieldEvidence(p, 'joined'), detail) : unmet(detail, fieldEvidence(p, 'joined'));
    }
    const oldest = datedPosts(p, now, true).pop();
    if (oldest) {
      const anniversary = new Date(oldest.time);
      anniversary.setUTCFullYear(anniversary.getUTCFullYear() + LIMITS.years);
      if (anniversary.getTime() <= now.getTime())
        return met([oldest.post.evidence], { key: 'detail.accountOldPost', params: { date: new Date(oldest.time).toISOString().slice(0, 10) } });
    }
    return unobservable({ key: 'detail.noJoined' });
  },
} as const satisfies Criterion<typeof en>;
