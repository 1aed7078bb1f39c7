import type { PageSignals } from '../../contracts/page';
import { ownerAnswers, readerComments, siteReplies, visibleSections } from '../comments';
import type { Criterion } from '../criterion';
import type { Verdict } from '../model';
import type { CriterionStrings, Translation } from '../strings';
import { met, orSite, siteLevel, unmet, unobservable } from '../verdicts';

export const en = {
  title: 'The owner replies in the comments',
  tip: 'Answer readers’ comments in the thread, as the author or the company.',
  'detail.ownerReplies': '{replies} replies from the owner to {comments} readers’ comments',
  'detail.siteReplies': 'Across the site: {replies} of {comments} readers’ comments got a reply from the owner',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Eieren svarer i kommentarene',
  tip: 'Svar på lesernes kommentarer i tråden, som forfatter eller bedrift.',
  'detail.ownerReplies': '{replies} svar fra eieren på {comments} kommentarer fra lesere',
  'detail.siteReplies': 'På hele nettstedet: {replies} av {comments} kommentarer fra lesere fikk svar fra eieren',
};

/** Replies under this page's own comments. */
function onThePage(s: PageSignals): Verdict<'detail.commentsHidden' | 'detail.noComments' | 'detail.ownerReplies'> {
  if (s.comments.length && !visibleSections(s).length) return unobservable({ key: 'detail.commentsHidden' });
  const readers = readerComments(s);
  if (!readers.length) return unobservable({ key: 'detail.noComments' });
  const answers = visibleSections(s).flatMap((c) => ownerAnswers(c.comments));
  const detail = { key: 'detail.ownerReplies', params: { replies: answers.length, comments: readers.length } } as const;
  return answers.length ? met(answers.slice(0, 3).map((a) => a.reply.evidence), detail) : unmet(detail);
}

/**
 * FACTORS.md, responsiveness: the owner/author replies in the comments. Observable when readers'
 * comments are visible; met when the owner answers at least one.
 */
export default {
  id: 'owner-replies',
  factor: 'responsiveness',
  points: 35,
  reads: ['comments', 'site'],
  // Across the whole blog, replies say more than under one post: the site's verdict is used when
  // the page cannot show replies, and upgrades the page's otherwise. It never lowers it: feeds
  // without threading (flat Blogger comments, owners answering at the top level) show answers
  // the page itself can pair.
  evaluate(s, _now, site) {
    const page = onThePage(s);
    const replies = siteReplies(site);
    if (!replies) return page;
    const detail = { key: 'detail.siteReplies', params: { replies: replies.answered, comments: replies.readerComments } } as const;
    const evidence = replies.evidence ? [replies.evidence] : [];
    const fromSite = replies.answered > 0 ? met(evidence, detail) : unmet(detail, evidence);
    return page.status === 'unobservable' ? siteLevel(fromSite) : orSite(page, fromSite);
  },
} as const satisfies Criterion<typeof en>;
