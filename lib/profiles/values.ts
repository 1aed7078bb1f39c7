import { MONTH_NAMES, RELATIVE_TIME, RELATIVE_UNIT_MS, type RelativeUnit } from '../patterns/relative-time';
import { APP_STORE_HOSTS, FOLLOWER_WORDS, OTHER_SOCIAL_HOSTS, PLATFORM_CHROME, REDIRECTORS } from '../patterns/profiles';
import { hostIn, urlOf } from './url';

// Values as the platforms print them: counts ("3,27 M", "2,4 tys."), dates (absolute in five
// languages, relative against the analysis time, or carried in the ids of posts) and links
// (unwrapped from the platforms' redirectors, never another social profile). Pure functions.

// ---- counts

const NUMBER = String.raw`(\d{1,3}(?:[.,\s\u00a0\u202f']\d{3})+|\d+(?:[.,]\d+)?)`;
const SCALE = String.raw`(?:\s?(bn|mrd|md|milliard\p{L}*|b|millones|million\p{L}*|mill|mio|mln|m|thousand|tusen|tausend|mil|tsd|tys|k)\.?(?!\p{L}))?`;
const COUNT = new RegExp(`^${NUMBER}${SCALE}`, 'iu');
const COUNT_OF = new RegExp(`${NUMBER}${SCALE}\\s*(?:de\\s+)?(?:${FOLLOWER_WORDS})(?!\\p{L})`, 'iu');

export interface Count {
  n: number;
  /** The page shows a rounded number ("25M", "2.1K"). */
  approx: boolean;
}

function count(m: RegExpExecArray | null): Count | null {
  if (!m) return null;
  const scale = (m[2] ?? '').toLowerCase();
  if (!scale) return { n: Number(m[1]!.replace(/\D/g, '')), approx: false };
  const factor = /^(?:bn|mrd|md|milliard|b)/.test(scale) ? 1e9 : /^(?:thousand|tusen|tausend|mil$|tsd|tys|k)/.test(scale) ? 1e3 : 1e6;
  const n = Math.round(Number(m[1]!.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.')) * factor);
  return Number.isFinite(n) ? { n, approx: true } : null;
}

/** A count standing alone ("3,418", "1.1M", a `title="12,345"`). */
export const countOf = (text: string | null | undefined): Count | null => count(COUNT.exec((text ?? '').trim()));

/** The follower count in a text ("3,418 Followers, 90 Following", "3,27 M de suscriptores"). */
export const followersIn = (text: string | null | undefined): Count | null => count(COUNT_OF.exec(text ?? ''));

// ---- dates

const pad = (n: number) => String(n).padStart(2, '0');

/** The month (1–12) a word names, or 0. */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length < 3 ? 0 : MONTH_NAMES.findIndex((names) => names.split(' ').some((n) => n.startsWith(w))) + 1;
}

const DAY_MONTH_YEAR = /(?:(\d{1,2})\.?\s+(?:de\s+)?)?(\p{L}{3,})\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:de\s+)?((?:19|20)\d\d)(?!\d)/gu;

/** A printed date with its month named: "January 26, 2026 at 7:50 PM", "26. januar 2026", "Joined January 2010", "5 janv. 2012". */
export function printedDate(text: string): { y: number; m: number; d: number | null } | null {
  for (const m of text.slice(0, 200).matchAll(DAY_MONTH_YEAR)) {
    const month = monthOf(m[2]!);
    const day = Number(m[1] ?? m[3] ?? 0);
    if (month && day <= 31) return { y: Number(m[4]), m: month, d: day || null };
  }
  return null;
}

/** "YYYY-MM" or "YYYY" as the page states it (an ISO date gives its month), or null. */
export function joinedOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = /^((?:19|20)\d\d)-(0[1-9]|1[0-2])/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}`;
  const p = printedDate(text);
  if (p) return `${p.y}-${pad(p.m)}`;
  return /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(text)?.[1] ?? null;
}

const LANGS = Object.values(RELATIVE_TIME);
const UNITS = Object.keys(RELATIVE_UNIT_MS) as RelativeUnit[];
const words = (pick: (l: (typeof LANGS)[number]) => string) => LANGS.map(pick).join('|');
const UNIT_RES = UNITS.map((u) => new RegExp(`^(?:${words((l) => l.units[u])})$`, 'iu'));
const ANY_UNIT = UNITS.map((u) => words((l) => l.units[u])).join('|');
const AMOUNT = `(\\d+|${words((l) => l.one)})\\s*(${ANY_UNIT})\\.?(?!\\p{L})`;
const COMPACT = new RegExp(`^${AMOUNT}`, 'iu');
const SPELLED = new RegExp(`(?<!\\p{L})${AMOUNT}`, 'iu');
const AGO = new RegExp(`(?<!\\p{L})(?:${words((l) => l.ago)})(?!\\p{L})`, 'iu');
const NOW = new RegExp(`^(?:${words((l) => l.now)})$`, 'iu');
const YESTERDAY = new RegExp(`^(?:${words((l) => l.yesterday)})(?!\\p{L})`, 'iu');

/**
 * The moment a relative time stands for, against `now`: "4d", "20h", "1mo", "4d Edited",
 * "2 days ago", "hace 2 días", "for 3 dager siden", "3 uker siden", "vor 2 Tagen", "il y a 3 jours".
 * A number with a unit and no "ago" word counts only at the very start ("3 uker siden" and "20h",
 * not "a 2 day trip").
 */
export function relativeTime(text: string, now: number): number | null {
  const t = text.trim().toLowerCase();
  if (NOW.test(t)) return now;
  if (YESTERDAY.test(t)) return now - RELATIVE_UNIT_MS.d;
  const m = COMPACT.exec(t) ?? (AGO.test(t) ? SPELLED.exec(t) : null);
  if (!m) return null;
  const unit = UNITS.find((_, i) => UNIT_RES[i]!.test(m[2]!));
  return unit ? now - (/\d/.test(m[1]!) ? Number(m[1]) : 1) * RELATIVE_UNIT_MS[unit] : null;
}

/** ISO of a date as printed (absolute with a day, or relative against `now`), or null. */
export function dateOf(text: string | null | undefined, now: number): string | null {
  if (!text) return null;
  const p = printedDate(text);
  if (p) return p.d ? `${p.y}-${pad(p.m)}-${pad(p.d)}` : null;
  const ms = relativeTime(text, now);
  return ms === null ? null : isoOf(ms);
}

/** ISO time of epoch milliseconds, or null outside 1990–2200. */
export function isoOf(ms: number): string | null {
  return ms > 6e11 && ms < 7.3e12 ? new Date(ms).toISOString() : null;
}

/** LinkedIn activity URNs carry their millisecond time in the id's top 41 bits (`id >> 22`). */
export const linkedInIdTime = (id: string): number => Math.floor(Number(id) / 4194304);

/** X status ids (snowflakes): milliseconds since X's epoch in the top bits. */
export const xIdTime = (id: string): number => Math.floor(Number(id) / 4194304) + 1288834974657;

/** Bluesky record keys (TIDs): 13 base32-sortable characters, microseconds in the top 53 bits. */
export function tidTime(rkey: string): number | null {
  if (!/^[2-7a-z]{13}$/.test(rkey)) return null;
  let v = 0;
  for (const ch of rkey) v = v * 32 + '234567abcdefghijklmnopqrstuvwxyz'.indexOf(ch);
  return Math.floor(v / 1024 / 1000);
}

// ---- links


const NOT_OWN = [...Object.values(PLATFORM_CHROME).flatMap((p) => p.hosts), ...OTHER_SOCIAL_HOSTS, ...APP_STORE_HOSTS];

/**
 * The profile's own site from a link, as the link gives it: unwrapped from the platforms'
 * redirectors (l.facebook.com/l.php?u=, youtube.com/redirect?q=, linkedin.com/redir/…?url=), and
 * null when it is a social profile or the platform itself. X's t.co links hide the address: the
 * text shown ("kikobeats.com") is the address then. A /@name path is a profile on some fediverse
 * instance (or a YouTube channel), not a site.
 */
export function ownSite(href: string | null | undefined, base?: string, shown?: string | null): string | null {
  let raw = (href ?? '').trim();
  for (let hop = 0; hop < 4; hop++) {
    const u = urlOf(raw, base);
    if (!u) return null;
    const r = REDIRECTORS.find(([host, path]) => host.test(u.hostname) && path.test(u.pathname));
    if (u.hostname === 't.co' && shown) {
      raw = /^https?:\/\//i.test(shown) ? shown : `http://${shown.replace(/…$/, '')}`;
      shown = null;
    } else if (r) raw = u.searchParams.get(r[2]) ?? '';
    else return hostIn(u.hostname.replace(/^www\./, ''), NOT_OWN) || u.pathname.startsWith('/@') ? null : /^https?:\/\//i.test(raw) ? raw : u.href;
  }
  return null;
}
