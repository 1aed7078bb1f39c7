import { DAY_MS } from '../../util/time';
import { activity, siteActivity } from '../activity';
import type { RegistryEntity } from '../../contracts/company';
import { registryEvidence } from '../../registry/match';
import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, unmet } from '../verdicts';

export const en = {
  title: 'Dated activity over at least two years',
  tip: 'Keep old posts online with dates, and show an archive.',
  'detail.history': 'Dated activity from {from} to {to}',
  'detail.historyFounded': 'Founded {date} (Enhetsregisteret)',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Datert aktivitet over minst to år',
  tip: 'La eldre innlegg ligge ute med dato, og vis et arkiv.',
  'detail.history': 'Datert aktivitet fra {from} til {to}',
  'detail.historyFounded': 'Stiftet {date} (Enhetsregisteret)',
};

const LIMITS = { years: 2 } as const;

/** The date plus the limit's years, in calendar years: 2024-11-20 → 2026-11-20 whatever the leap days. */
function yearsAfter(time: number): number {
  const anniversary = new Date(time);
  anniversary.setUTCFullYear(anniversary.getUTCFullYear() + LIMITS.years);
  return anniversary.getTime();
}

/** The register's founding date (else its registration date), when at least the limit's years ago. */
function foundedLongAgo(entity: RegistryEntity | null, now: Date): string | null {
  const date = entity?.founded ?? entity?.registered ?? null;
  return date && yearsAfter(Date.parse(date)) <= now.getTime() ? date : null;
}

/**
 * FACTORS.md, longevity: history — dated activity (posts, archive, comments) spans ≥ 2 years from
 * earliest to newest. When the user looked the company up in the register, a company founded
 * (or registered) at least 2 years ago meets it too, with the register as evidence ("A company").
 */
export default {
  id: 'history',
  factor: 'longevity',
  points: 30,
  reads: ['dates', 'comments', 'site', 'company'],
  limits: LIMITS,
  evaluate(s, now, site, company) {
    const founded = foundedLongAgo(company.registry, now);
    if (founded) return met([registryEvidence(company.registry!, `${company.registry!.name ?? company.registry!.orgNumber}: ${founded}`)], { key: 'detail.historyFounded', params: { date: founded } });
    const dated = [...activity(s, now, 'all'), ...siteActivity(site, 'first'), ...siteActivity(site, 'last')];
    if (!dated.length) return unmet({ key: 'detail.noDates' });
    const times = dated.map((d) => d.time);
    const first = Math.min(...times);
    const last = Math.max(...times);
    const earliest = dated.find((d) => d.time === first)!;
    const detail = { key: 'detail.history', params: { from: new Date(first).toISOString().slice(0, 10), to: new Date(last).toISOString().slice(0, 10) } } as const;
    return yearsAfter(first) <= last + DAY_MS / 2 ? met(earliest.evidence ? [earliest.evidence] : [], detail) : unmet(detail);
  },
} as const satisfies Criterion<typeof en>;
