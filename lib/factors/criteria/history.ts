import { DAY_MS } from '../../util/time';
import { activity, siteActivity } from '../activity';
import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'Dated activity over at least two years',
  tip: 'Keep old posts online with dates, and show an archive.',
  'detail.history': 'Dated activity from {from} to {to}',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Datert aktivitet over minst to år',
  tip: 'La eldre innlegg ligge ute med dato, og vis et arkiv.',
  'detail.history': 'Datert aktivitet fra {from} til {to}',
};

const LIMITS = { years: 2 } as const;

/**
 * FACTORS.md, longevity: history — dated activity (posts, archive, comments) spans ≥ 2 years from
 * earliest to newest.
 */
export default {
  id: 'history',
  factor: 'longevity',
  points: 30,
  reads: ['dates', 'comments', 'site'],
  limits: LIMITS,
  evaluate(s, now, site) {
    const dated = [...activity(s, now, 'all'), ...siteActivity(site, 'first'), ...siteActivity(site, 'last')];
    if (!dated.length) return unmet({ key: 'detail.noDates' });
    const times = dated.map((d) => d.time);
    const first = Math.min(...times);
    const last = Math.max(...times);
    // Calendar years: 2024-11-20 → 2026-11-20 is two years whatever the leap days.
    const anniversary = new Date(first);
    anniversary.setUTCFullYear(anniversary.getUTCFullYear() + LIMITS.years);
    const earliest = dated.find((d) => d.time === first)!;
    const detail = { key: 'detail.history', params: { from: new Date(first).toISOString().slice(0, 10), to: new Date(last).toISOString().slice(0, 10) } } as const;
    return anniversary.getTime() <= last + DAY_MS / 2 ? met(earliest.evidence ? [earliest.evidence] : [], detail) : unmet(detail);
  },
} as const satisfies Criterion<typeof en>;
