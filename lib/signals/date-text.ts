import { MONTHS } from '../patterns/phrases';

// Dates as pages print them, in Norwegian, English, German, French and Spanish, to ISO (YYYY-MM-DD or a full
// ISO time when one is given). Pure: used by the content script and by tests.

const monthIndex = new Map<string, number>();
for (const months of Object.values(MONTHS)) months.forEach((names, i) => names.forEach((name) => monthIndex.set(name, i + 1)));
const MONTH_RE = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|');

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// "7. Dezember 2016", "1er mai 2023", "5 de mayo de 2023", "1º de julio, 2023".
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er|º)?\\.?\\s*(?:de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const NUMERIC_DMY = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;

/**
 * Parse a date from text or an attribute. Returns an ISO string, a full ISO time when the input
 * had one, or null. Numeric "07.12.2016" is read day-first (Norwegian and German usage).
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const value = input.trim().slice(0, 200);
  const iso = ISO.exec(value);
  if (iso) {
    const day = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined) return day;
    const zone = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    const time = `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
    return Number.isNaN(Date.parse(time)) ? day : time;
  }
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return valid(Number(dmy[3]), monthIndex.get(dmy[2]!.toLowerCase()) ?? 0, Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return valid(Number(mdy[3]), monthIndex.get(mdy[1]!.toLowerCase()) ?? 0, Number(mdy[2]));
  const num = NUMERIC_DMY.exec(value);
  if (num) return valid(Number(num[3]), Number(num[2]), Number(num[1]));
  return null;
}

/** Blogger stores comment times as epoch milliseconds in `showComment=` links. */
export function parseEpochMillis(value: string | null | undefined): string | null {
  if (!value || !/^\d{12,14}$/.test(value)) return null;
  const date = new Date(Number(value));
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2200 ? date.toISOString() : null;
}

/** Year and month in a URL path such as /2016/12/07/slug or /2016/12/. */
export function dateFromPath(url: string): { year: number; month: number; day: number | null } | null {
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?:(0[1-9]|[12]\d|3[01])\/)?/.exec(url);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
}
