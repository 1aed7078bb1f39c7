import type { Comment, Evidence, PageSignals } from '../contracts/page';
import type { SiteEvidence } from '../contracts/site';
import { HOUR_MS } from '../util/time';
import { toTime } from './activity';
import type { MessageRef, Verdict } from './model';
import { met, partial, unmet } from './verdicts';

// Readers' comments and the owner's replies: what openness and responsiveness are judged on.

/** The comment sections whose comments the page lets Tillit read. */
export const visibleSections = (s: PageSignals) => s.comments.filter((c) => c.observable && c.count !== null);

/** Readers' comments (not the owner's) in the readable sections. */
export const readerComments = (s: PageSignals) => visibleSections(s).flatMap((c) => c.comments.filter((x) => !x.byOwner));

/** A reader's comment and the owner's first answer to it, or null while it has none. */
export interface ReaderComment {
  comment: Comment;
  answer: Comment | null;
  /** Hours from the comment to that answer, when both show a time. */
  hours: number | null;
}

/**
 * The readers' comments an owner comment answers: those of the conversation it joins, since the
 * owner last spoke there.
 * - A threaded reply (replyTo set) answers the comment it replies to and the readers' comments
 *   above that one in its thread, up to the owner's own previous comment on the way up: the owner
 *   who answers a reply below a comment has answered in that comment's thread.
 * - A top-level owner comment answers the readers' top-level comments listed since the owner's
 *   previous top-level comment. In a flat list (no threading: Blogger, simple themes) that is the
 *   whole run of readers since the owner last wrote; an opening remark answers nobody.
 * An owner comment timed before a reader's comment does not answer it.
 */
function answeredBy(comments: readonly Comment[], i: number): number[] {
  const reply = comments[i]!;
  const out: number[] = [];
  if (reply.replyTo !== null) {
    // Parents are listed before their replies: walking to lower indices also rules out a cycle.
    let below = i;
    let j: number | null = reply.replyTo;
    while (j !== null && j < below && !comments[j]!.byOwner) {
      out.push(j);
      below = j;
      j = comments[j]!.replyTo;
    }
  } else {
    for (let j = i - 1; j >= 0 && !(comments[j]!.byOwner && comments[j]!.replyTo === null); j--) if (!comments[j]!.byOwner && comments[j]!.replyTo === null) out.push(j);
  }
  return out;
}

/** Hours from one comment to a later one, when both show a time; negative when the "later" one is older. */
function hoursBetween(from: Comment, to: Comment): number | null {
  const a = toTime(from.time);
  const b = toTime(to.time);
  return a === null || b === null ? null : (b - a) / HOUR_MS;
}

/**
 * Each reader's comment of one section with the owner's first answer to it (see `answeredBy`):
 * what the reply rate (answered / readers' comments) and the reply time (the median of `hours`)
 * are measured on, as the site check measures its comment feed.
 */
export function answersIn(comments: readonly Comment[]): ReaderComment[] {
  const found = new Map<number, { answer: Comment; hours: number | null }>();
  comments.forEach((c, i) => {
    if (!c.byOwner) return;
    for (const j of answeredBy(comments, i)) {
      const hours = hoursBetween(comments[j]!, c);
      if (hours !== null && hours < 0) continue;
      const best = found.get(j);
      if (!best || (hours !== null && (best.hours === null || hours < best.hours))) found.set(j, { answer: c, hours });
    }
  });
  return comments.flatMap((comment, i) => (comment.byOwner ? [] : [{ comment, answer: null, hours: null, ...found.get(i) }]));
}

/** The readers' comments of every readable section, each with the owner's first answer. */
export const pageAnswers = (s: PageSignals): ReaderComment[] => visibleSections(s).flatMap((c) => answersIn(c.comments));

/** The reply rate: the share of readers' comments the owner answered, and how many it rests on. */
export interface ReplyRate {
  /** Readers' comments: the sample the rate rests on. */
  comments: number;
  answered: number;
  /** answered / comments, or null with no readers' comments. */
  rate: number | null;
}

export function replyRate(answers: readonly ReaderComment[]): ReplyRate {
  const answered = answers.filter((a) => a.answer).length;
  return { comments: answers.length, answered, rate: answers.length ? answered / answers.length : null };
}

/** The replies measured across the site (its comment feed), when it had readers' comments at all. */
export function siteReplies(site: SiteEvidence | null): SiteEvidence['replies'] {
  return site?.replies && site.replies.readerComments > 0 ? site.replies : null;
}

/** The reply-time limits a criterion declares (FACTORS.md): within an hour excellent, 24 hours expected, over 72 ignored. */
export interface SpeedLimits {
  readonly excellentHours: number;
  readonly fullHours: number;
  readonly halfHours: number;
}

/** How a reply time compares with what the public expects. */
export function replySpeed(hours: number, limits: SpeedLimits): 'excellent' | 'day' | 'slow' | 'ignored' {
  if (hours <= limits.excellentHours) return 'excellent';
  if (hours <= limits.fullHours) return 'day';
  return hours <= limits.halfHours ? 'slow' : 'ignored';
}

/** The reply-time verdict: met within the expected hours, partial up to the ignored mark, unmet beyond. */
export function bySpeed<K extends string>(hours: number, limits: SpeedLimits, evidence: Evidence[], detail: MessageRef<K>): Verdict<K> {
  const speed = replySpeed(hours, limits);
  if (speed === 'excellent' || speed === 'day') return met(evidence, detail);
  return speed === 'slow' ? partial(evidence, detail) : unmet(detail, evidence);
}
