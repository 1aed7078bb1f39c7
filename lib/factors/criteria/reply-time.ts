import type { Evidence, PageSignals } from '../../contracts/page';
import { median } from '../../util/stats';
import { ownerAnswers, readerComments, replyDelays, siteReplies, visibleSections } from '../comments';
import type { Criterion } from '../criterion';
import type { MessageRef, Verdict } from '../model';
import type { CriterionStrings, Translation } from '../strings';
import { met, orSite, partial, siteLevel, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Replies come quickly (median)',
  tip: 'Answer comments within 24 hours — set a daily routine for it.',
  'detail.noCommentTimes': 'The comments show no times.',
  'detail.noOwnerReply': 'Readers’ comments have no reply from the owner.',
  'detail.medianReply': 'Median reply time: {hours} hours',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Svarene kommer raskt (median)',
  tip: 'Svar på kommentarer innen 24 timer — lag en daglig rutine for det.',
  'detail.noCommentTimes': 'Kommentarene viser ikke tidspunkt.',
  'detail.noOwnerReply': 'Lesernes kommentarer har ikke fått svar fra eieren.',
  'detail.medianReply': 'Median svartid: {hours} timer',
};

const LIMITS = { fullHours: 24, halfHours: 72 } as const;

/** The one place the reply-time limits are applied: to this page's median and to the site's. */
function bySpeed(hours: number, evidence: Evidence[], detail: MessageRef<'detail.medianReply'>): Verdict<'detail.medianReply'> {
  if (hours <= LIMITS.fullHours) return met(evidence, detail);
  if (hours <= LIMITS.halfHours) return partial(evidence, detail);
  return unmet(detail, evidence);
}

/** The median reply time under this page's own comments. */
function onThePage(s: PageSignals): Verdict<'detail.commentsHidden' | 'detail.noComments' | 'detail.noCommentTimes' | 'detail.noOwnerReply' | 'detail.medianReply'> {
  if (s.comments.length && !visibleSections(s).length) return unobservable({ key: 'detail.commentsHidden' });
  const readers = readerComments(s);
  if (!readers.length) return unobservable({ key: 'detail.noComments' });
  if (!readers.some((c) => c.time)) return unobservable({ key: 'detail.noCommentTimes' });
  const sections = visibleSections(s);
  const owners = sections.flatMap((c) => ownerAnswers(c.comments).map((a) => a.reply));
  // Reader comments with times and no owner reply at all: silence is an answer.
  if (!owners.length) return unmet({ key: 'detail.noOwnerReply' }, readers.slice(0, 2).map((c) => c.evidence));
  const hours = median(sections.flatMap((c) => replyDelays(c.comments)));
  if (hours === null) return unobservable({ key: 'detail.noCommentTimes' });
  return bySpeed(hours, owners.slice(0, 2).map((c) => c.evidence), { key: 'detail.medianReply', params: { hours: Math.round(hours * 10) / 10 } });
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
  evaluate(s, _now, site) {
    const page = onThePage(s);
    const replies = siteReplies(site);
    if (!replies || (replies.medianHours === null && replies.answered > 0)) return page;
    const evidence = replies.evidence ? [replies.evidence] : [];
    // Readers' comments across the site and no owner reply at all: silence is an answer.
    const fromSite =
      replies.medianHours === null
        ? unmet({ key: 'detail.noOwnerReply' }, evidence)
        : bySpeed(replies.medianHours, evidence, { key: 'detail.medianReply', params: { hours: replies.medianHours } });
    return page.status === 'unobservable' ? siteLevel(fromSite) : orSite(page, fromSite);
  },
} as const satisfies Criterion<typeof en>;
