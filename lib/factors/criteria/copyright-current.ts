import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { met, partial, unmet } from '../verdicts';

export const en = {
  title: 'The copyright or updated year is current',
  tip: 'Keep the year in the footer current.',
  'detail.copyright': 'Copyright year: {year}',
  'detail.updatedYear': 'Updated in {year}',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Årstallet for opphavsrett eller oppdatering er i år',
  tip: 'Hold årstallet i bunnteksten oppdatert.',
  'detail.copyright': 'Årstall for opphavsrett: {year}',
  'detail.updatedYear': 'Oppdatert i {year}',
};

/** FACTORS.md, longevity: the copyright/updated year is current. */
export default {
  id: 'copyright-current',
  factor: 'longevity',
  points: 10,
  reads: ['dates'],
  evaluate(s, now) {
    const year = now.getUTCFullYear();
    const c = s.dates.copyright;
    const modifiedYear = s.dates.modified ? Number(s.dates.modified.date.slice(0, 4)) : null;
    if (c && c.to === year) return met([c.evidence], { key: 'detail.copyright', params: { year: c.to } });
    if (modifiedYear === year && s.dates.modified) return met([s.dates.modified.evidence], { key: 'detail.updatedYear', params: { year } });
    if (c && c.to === year - 1) return partial([c.evidence], { key: 'detail.copyright', params: { year: c.to } });
    return c ? unmet({ key: 'detail.copyright', params: { year: c.to } }, [c.evidence]) : unmet();
  },
} as const satisfies Criterion<typeof en>;
