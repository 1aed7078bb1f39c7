import type { Evidence, PageSignals } from '../../contracts/page';
import { median } from '../../util/stats';
import { HOUR_MS } from '../../util/time';
import { toTime } from '../activity';
import { bySpeed, pageAnswers, readerComments, replySpeed, siteReplies, visibleSections } from '../comments';
import type { Criterion } from '../criterion';
import type { Verdict } from '../model';
import type { CriterionStrings, Translation } from '../strings';
import { orSite, siteLevel, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Replies within 24 hours (median)',
  tip: 'Answer comments within 24 hours — set a daily routine for it.',
  'detail.noCommentTimes': 'The comments show no times.',
  'detail.noOwnerReply': 'Readers’ comments have no reply from the owner.',
  // Within the 24 hours the public expects, as the title says.
  'detail.medianReply': 'Median reply time: {hours} hours',
  'detail.replyTimeExcellent': 'Median reply time: {hours} hours ({comments} readers’ comments timed) — within an hour, excellent',
  'detail.replyTimeSlow': 'Median reply time: {hours} hours ({comments} readers’ comments timed) — slower than the 24 hours the public expects; over 72 hours counts as ignored',
  'detail.replyTimeIgnored': 'Median reply time: {hours} hours ({comments} readers’ comments timed) — over 72 hours counts as ignored',
  'detail.replyTimeUnanswered': 'Median reply time: over 72 hours — {ignored} of {comments} readers’ comments timed have waited longer than that without an answer, which counts as ignored',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Svar innen 24 timer (median)',
  tip: 'Svar på kommentarer innen 24 timer — lag en daglig rutine for det.',
  'detail.noCommentTimes': 'Kommentarene viser ikke tidspunkt.',
  'detail.noOwnerReply': 'Lesernes kommentarer har ikke fått svar fra eieren.',
  'detail.medianReply': 'Median svartid: {hours} timer',
  'detail.replyTimeExcellent': 'Median svartid: {hours} timer ({comments} kommentarer fra lesere tidfestet) — innen en time, utmerket',
  'detail.replyTimeSlow': 'Median svartid: {hours} timer ({comments} kommentarer fra lesere tidfestet) — tregere enn de 24 timene folk forventer; over 72 timer regnes som oversett',
  'detail.replyTimeIgnored': 'Median svartid: {hours} timer ({comments} kommentarer fra lesere tidfestet) — over 72 timer regnes som oversett',
  'detail.replyTimeUnanswered': 'Median svartid: over 72 timer — {ignored} av {comments} tidfestede kommentarer fra lesere har ventet lenger enn det uten svar, og det regnes som oversett',
};

// FACTORS.md: an answer within 24 hours is what the public expects (within an hour excellent);
// more than 72 hours reads as ignored — also for a reader's comment still unanswered after 72.
const LIMITS = { excellentHours: 1, fullHours: 24, halfHours: 72 } as const;

type SpeedKey = 'detail.replyTimeExcellent' | 'detail.medianReply' | 'detail.replyTimeSlow' | 'detail.replyTimeIgnored' | 'detail.replyTimeUnanswered';

const SPEED_KEYS = { excellent: 'detail.replyTimeExcellent', day: 'detail.medianReply', slow: 'detail.replyTimeSlow', ignored: 'detail.replyTimeIgnored' } as const;

/**
 * The one place the limits are applied, to this page's median and to the site's: `comments` is
 * how many readers' comments the median rests on, `ignored` how many of them are still
 * unanswered after 72 hours (each counts as a reply slower than any).
 */
function judge(hours: number, comments: number, ignored: number, evidence: Evidence[]): Verdict<SpeedKey> {
  if (hours === Infinity) return unmet({ key: 'detail.replyTimeUnanswered', params: { ignored, comments } }, evidence);
  return bySpeed(hours, LIMITS, evidence, { key: SPEED_KEYS[replySpeed(hours, LIMITS)], params: { hours: Math.round(hours * 10) / 10, comments } });
}

/**
 * The median reply time under this page's own comments: the hours from each answered reader's
 * comment to the owner's first answer (comments.ts, `answersIn`), with every unanswered one
 * older than 72 hours at `now` counted as ignored — slower than any answer. An unanswered
 * comment younger than that, or without a time, may still get its answer: left out.
 */
function onThePage(s: PageSignals, now: Date): Verdict<'detail.commentsHidden' | 'detail.noComments' | 'detail.noCommentTimes' | 'detail.noOwnerReply' | SpeedKey> {
  if (s.comments.length && !visibleSections(s).length) return unobservable({ key: 'detail.commentsHidden' });
  const readers = readerComments(s);
  if (!readers.length) return unobservable({ key: 'detail.noComments' });
  if (!readers.some((c) => c.time)) return unobservable({ key: 'detail.noCommentTimes' });
  const all = pageAnswers(s);
  const answered = all.filter((a) => a.answer);
  // Reader comments with times and no owner reply at all: silence is an answer.
  if (!answered.length) return unmet({ key: 'detail.noOwnerReply' }, readers.slice(0, 2).map((c) => c.evidence));
  const delays = answered.flatMap((a) => (a.hours === null ? [] : [a.hours]));
  const ignored = all.filter((a) => {
    const asked = a.answer ? null : toTime(a.comment.time);
    return asked !== null && (now.getTime() - asked) / HOUR_MS > LIMITS.halfHours;
  });
  const hours = median([...delays, ...ignored.map(() => Infinity)]);
  if (hours === null) return unobservable({ key: 'detail.noCommentTimes' });
  const evidence = hours === Infinity ? ignored.map((a) => a.comment.evidence) : [...new Set(answered.map((a) => a.answer!))].map((c) => c.evidence);
  return judge(hours, delays.length + ignored.length, ignored.length, evidence.slice(0, 2));
}

/**
 * FACTORS.md, responsiveness: median owner reply time — ≤ 24 h full, ≤ 72 h half, more none.
 * Observable when comment times are visible; readers' comments with times and no owner reply at
 * all → unmet (silence is an answer).
 */
export default {
  id: 'reply-time',
  factor: 'responsiveness',
  points: 35,
  reads: ['comments', 'site'],
  limits: LIMITS,
  evaluate(s, now, site) {
    const page = onThePage(s, now);
    const replies = siteReplies(site);
    if (!replies || (replies.medianHours === null && replies.answered > 0)) return page;
    const evidence = replies.evidence ? [replies.evidence] : [];
    // Readers' comments across the site and no owner reply at all: silence is an answer. The
    // site check's median rests on the answered comments: it gives no ages for the others.
    const fromSite =
      replies.medianHours === null
        ? unmet({ key: 'detail.noOwnerReply' }, evidence)
        : judge(replies.medianHours, replies.answered, 0, evidence);
    return page.status === 'unobservable' ? siteLevel(fromSite) : orSite(page, fromSite);
  },
} as const satisfies Criterion<typeof en>;
