import type { Evidence, PageSignals } from '../contracts/page';
import type { ProfileField, ProfilePost, ProfileSignals } from '../contracts/profile';
import { REPLY_FEW, REPLY_UNIT_HOURS, REPLY_WITHIN, type ReplyUnit } from '../patterns/reply-time';
import { median } from '../util/stats';
import { DAY_MS, HOUR_MS } from '../util/time';
import { toTime } from './activity';
import type { Verdict } from './model';
import { unobservable } from './verdicts';

// What the profile criteria (criteria/profile-*.ts) share: the profile a page shows, the
// evidence of its fields, its dated posts and the thread under a post (FACTORS.md "Profiles on
// social platforms"). What a page cannot show is unobservable, never guessed.

/** The profile on the page, or, when there is none (a platform page Tillit could not read), the verdict to give. */
export function profileOf(s: PageSignals): ProfileSignals | Verdict<'detail.noProfile'> {
  return s.profile ?? unobservable({ key: 'detail.noProfile' });
}

/** Whether `profileOf` gave a verdict rather than a profile. */
export const isVerdict = (p: ProfileSignals | Verdict<string>): p is Verdict<'detail.noProfile'> => 'status' in p;

/** The evidence of a field the profile states (for "Show on page"), as a list. */
export function fieldEvidence(p: ProfileSignals, ...fields: ProfileField[]): Evidence[] {
  return fields.flatMap((f) => (p.evidence[f] ? [p.evidence[f]] : []));
}

/**
 * What a page that lacks a field of the profile's card (about, website, contact, facts) means:
 * null when the page shows the card — the profile's own page, with its name read — so the field
 * is missing; else the unobservable verdict. A single post's page, a feed or anything else shows
 * only part of a profile, and a profile page whose name could not be read is one whose card
 * Tillit did not read (embedded data it could not trust, a layout it does not know): what they
 * lack is not missing.
 */
export function cardUnseen(p: ProfileSignals): Verdict<'detail.notProfilePage' | 'detail.cardUnread'> | null {
  if (p.pageType !== 'profile') return unobservable({ key: 'detail.notProfilePage' });
  return p.name === null ? unobservable({ key: 'detail.cardUnread' }) : null;
}

/** The page is the profile's own page (its feed of posts is the account's, not a thread or a feed of many). */
export const onProfilePage = (p: ProfileSignals) => p.pageType === 'profile';

/** On a page that is not the profile's own: the verdict for what only the profile's page shows. */
export const notProfilePage = () => unobservable({ key: 'detail.notProfilePage' });

/** A text for a detail line, at most `max` characters. */
export function clip(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export interface DatedPost {
  post: ProfilePost;
  time: number;
}

/** The posts with a date that is not in the future (a day's grace for time zones), newest first. */
export function datedPosts(p: ProfileSignals, now: Date, own?: boolean): DatedPost[] {
  const limit = now.getTime() + DAY_MS;
  return p.posts
    .filter((post) => own === undefined || post.byAccount === own)
    .map((post) => ({ post, time: toTime(post.date) }))
    .filter((d): d is DatedPost => d.time !== null && d.time <= limit)
    .sort((a, b) => b.time - a.time);
}

export interface Thread {
  /** The post the page is about (the one the reader counted the account's replies under). */
  focal: ProfilePost;
  /** How many replies the account wrote in the thread. */
  accountReplies: number;
  /** Replies by others after the post, oldest first. */
  others: DatedPost[];
  /** The account's replies after the post, oldest first. */
  own: DatedPost[];
}

/**
 * The thread under a post, when the page shows one: a post page where the reader counted the
 * account's replies (`repliesByAccount`). Posts dated before the post are the thread above it,
 * not replies to it; undated ones can't be placed and are left out.
 */
export function threadOf(p: ProfileSignals): Thread | null {
  const focal = p.posts.find((post) => post.repliesByAccount !== undefined);
  const start = focal ? toTime(focal.date) : null;
  if (!focal || start === null) return null;
  const after = p.posts
    .filter((post) => post !== focal)
    .map((post) => ({ post, time: toTime(post.date) }))
    .filter((d): d is DatedPost => d.time !== null && d.time >= start)
    .sort((a, b) => a.time - b.time);
  return { focal, accountReplies: focal.repliesByAccount ?? 0, others: after.filter((d) => !d.post.byAccount), own: after.filter((d) => d.post.byAccount) };
}

/**
 * Hours from the reply by others just before each of the account's replies to that reply: the
 * page shows the order of the thread, not who answers whom, so an answer is taken to answer the
 * reply above it (as for comments in a flat list, comments.ts). Its median, or null.
 */
export function threadDelay(thread: Thread): number | null {
  const delays: number[] = [];
  for (const reply of thread.own) {
    const before = thread.others.filter((o) => o.time <= reply.time).pop();
    if (before) delays.push((reply.time - before.time) / HOUR_MS);
  }
  return median(delays);
}

interface Indicator {
  time: RegExp;
  instantly: RegExp;
}

let indicators: Indicator[] | null = null;

/**
 * One regex per language: "within" [number | one | few] unit, or "instantly". Built on first use,
 * not at load: a module with work at its top level would pull this one into the language chunks
 * (lib/i18n imports every criterion file for its words).
 */
function indicatorsOf(): Indicator[] {
  const letter = '[\\p{L}\\p{N}]';
  return (indicators ??= Object.values(REPLY_WITHIN).map((w) => ({
    time: new RegExp(`(?<!${letter})(?:${w.within})\\s+(?:(\\d+(?:[.,]\\d+)?)|(${w.one})|(${w.few}))?\\s*(?:(${w.units.minute})|(${w.units.hour})|(${w.units.day})|(${w.units.week}))(?!${letter})`, 'iu'),
    instantly: new RegExp(`(?<!${letter})(?:${w.instantly})(?!${letter})`, 'iu'),
  })));
}

const UNITS: ReplyUnit[] = ['minute', 'hour', 'day', 'week'];

/**
 * The hours a platform's reply-time indicator promises ("Typically replies within a few hours" →
 * 3, "Svarer vanligvis innen en dag" → 24), in en, nb, de, es or fr; null when it names no time.
 */
export function replyHours(indicator: string): number | null {
  for (const { time, instantly } of indicatorsOf()) {
    const m = time.exec(indicator);
    if (m) {
      const [, number, one] = m;
      const unit = UNITS[m.slice(4).findIndex((u) => u !== undefined)]!;
      // "within minutes", with no count, is "within a few minutes".
      const count = number ? Number(number.replace(',', '.')) : one ? 1 : REPLY_FEW;
      return count * REPLY_UNIT_HOURS[unit];
    }
    if (instantly.test(indicator)) return 0;
  }
  return null;
}
