import type { Evidence, PageSignals } from '../../contracts/page';
import { pageAnswers, replyRate, siteReplies, visibleSections, type ReplyRate } from '../comments';
import type { Criterion } from '../criterion';
import type { MessageRef, Verdict } from '../model';
import type { CriterionStrings, Translation } from '../strings';
import { met, orSite, partial, siteLevel, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The owner replies in the comments',
  tip: 'Answer readers’ comments in the thread, as the author or the company — ideally nine in ten or more.',
  'detail.ownerReplies': '{replies} replies from the owner to {comments} readers’ comments',
  'detail.replyRate': 'The owner answered {answered} of {comments} readers’ comments ({percent} %); Facebook calls a page “very responsive” when it answers at least {veryResponsive} %',
  'detail.replyRateFew': 'The owner answered {answered} of {comments} readers’ comments: partial evidence, since a reply rate rests on at least {min} readers’ comments (Facebook calls a page “very responsive” when it answers at least {veryResponsive} %)',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Eieren svarer i kommentarene',
  tip: 'Svar på lesernes kommentarer i tråden, som forfatter eller bedrift — helst ni av ti eller flere.',
  'detail.ownerReplies': '{replies} svar fra eieren på {comments} kommentarer fra lesere',
  'detail.replyRate': 'Eieren svarte på {answered} av {comments} kommentarer fra lesere ({percent} %); Facebook kaller en side «svært responsiv» når den svarer på minst {veryResponsive} %',
  'detail.replyRateFew': 'Eieren svarte på {answered} av {comments} kommentarer fra lesere: bare delvis belegg, for en svarandel hviler på minst {min} kommentarer fra lesere (Facebook kaller en side «svært responsiv» når den svarer på minst {veryResponsive} %)',
};

// FACTORS.md: a reply rate rests on at least 5 readers' comments, fewer make the criterion
// partial evidence; Facebook's "very responsive" needs at least 90 % answered.
const LIMITS = { minComments: 5, veryResponsiveShare: 0.9 } as const;

type RateKey = 'detail.ownerReplies' | 'detail.replyRate' | 'detail.replyRateFew';

/**
 * The one place the rate is judged, on this page's comments and on the site's alike. None
 * answered: unmet (silence is an answer). With at least 5 readers' comments: met from 90 %
 * answered, else partial earning the rate's share of the points. With fewer: partial at most,
 * earning the rate's share up to half, and the detail says the sample is too small.
 */
function byRate({ comments, answered, rate: share }: ReplyRate, answers: Evidence[], readers: Evidence[]): Verdict<RateKey> {
  const rate = share ?? 0;
  const params = { answered, comments, percent: Math.round(rate * 100), veryResponsive: Math.round(LIMITS.veryResponsiveShare * 100) };
  if (comments < LIMITS.minComments) {
    const detail: MessageRef<RateKey> = { key: 'detail.replyRateFew', params: { ...params, min: LIMITS.minComments } };
    return answered ? partial(answers, detail, Math.min(rate, 0.5)) : unmet(detail, readers);
  }
  if (!answered) return unmet({ key: 'detail.ownerReplies', params: { replies: 0, comments } }, readers);
  const detail: MessageRef<RateKey> = { key: 'detail.replyRate', params };
  return rate >= LIMITS.veryResponsiveShare ? met(answers, detail) : partial(answers, detail, Math.round(rate * 100) / 100);
}

/** The reply rate under this page's own comments. */
function onThePage(s: PageSignals): Verdict<'detail.commentsHidden' | 'detail.noComments' | RateKey> {
  if (s.comments.length && !visibleSections(s).length) return unobservable({ key: 'detail.commentsHidden' });
  const all = pageAnswers(s);
  if (!all.length) return unobservable({ key: 'detail.noComments' });
  const answers = [...new Set(all.flatMap((a) => (a.answer ? [a.answer] : [])))];
  const unanswered = all.filter((a) => !a.answer);
  return byRate(replyRate(all), answers.slice(0, 3).map((c) => c.evidence), unanswered.slice(0, 2).map((a) => a.comment.evidence));
}

/**
 * FACTORS.md, responsiveness: the owner/author replies in the comments — measured as a reply
 * rate, the share of readers' comments the owner answered (comments.ts, `answersIn`, says which
 * comment an owner comment answers). Observable when readers' comments are visible.
 */
export default {
  id: 'owner-replies',
  factor: 'responsiveness',
  points: 35,
  reads: ['comments', 'site'],
  limits: LIMITS,
  // Across the whole blog, replies say more than under one post: the site's verdict is used when
  // the page cannot show replies, and upgrades the page's otherwise. It never lowers it: feeds
  // without threading (flat Blogger comments, owners answering at the top level) show answers
  // the page itself can pair.
  evaluate(s, _now, site) {
    const page = onThePage(s);
    const replies = siteReplies(site);
    if (!replies) return page;
    const evidence = replies.evidence ? [replies.evidence] : [];
    const fromSite = byRate({ comments: replies.readerComments, answered: replies.answered, rate: replies.share }, evidence, evidence);
    return page.status === 'unobservable' ? siteLevel(fromSite) : orSite(page, fromSite);
  },
} as const satisfies Criterion<typeof en>;
