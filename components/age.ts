import { LOCALE, type Lang } from '@/lib/i18n';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago a moment was, in the language's words ("3 days ago", "for 3 dager siden",
 * "yesterday"). `smallest`: the finest unit said ('day': "today" for anything since midnight's
 * worth of hours, as the popup's channel list has it).
 */
export function ago(lang: Lang, iso: string, now: Date, smallest: 'minute' | 'day' = 'minute'): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'auto' });
  if (Number.isNaN(seconds)) return iso;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
    if (unit === smallest) break;
  }
  return format.format(0, smallest);
}
