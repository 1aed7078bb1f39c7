import { bySpeed, replySpeed } from '../comments';
import type { Criterion } from '../criterion';
import { clip, fieldEvidence, isVerdict, profileOf, replyHours, threadDelay, threadOf } from '../profile';
import type { CriterionStrings, Translation } from '../strings';
import { unmet, unobservable } from '../verdicts';

export const en = {
  title: 'Replies within 24 hours (“typically replies within …”)',
  tip: 'Answer messages and replies within 24 hours — within an hour is excellent — so the platform shows a fast reply time.',
  'detail.replyIndicatorFast': '“{text}”: within an hour, excellent',
  'detail.replyIndicatorDay': '“{text}”: within the 24 hours most people expect',
  'detail.replyIndicatorSlow': '“{text}”: slower than the 24 hours most people expect',
  'detail.replyIndicatorIgnored': '“{text}”: more than 72 hours reads as ignored',
  'detail.replyIndicatorUnread': '“{text}”: Tillit can’t read a time from it',
  'detail.profileThreadDelay': 'No reply time stated; the account’s replies on the page came about {hours} hours after the replies above them',
  'detail.profileNoAccountReply': 'No reply time stated, and none of the {comments} replies from others got an answer from the account',
  'detail.noReplyTime': 'The profile states no reply time, and the page shows no replies to time.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Svar innen 24 timer («svarer vanligvis innen …»)',
  tip: 'Svar på meldinger og svar innen 24 timer — innen en time er utmerket — så plattformen viser en rask svartid.',
  'detail.replyIndicatorFast': '«{text}»: innen en time, utmerket',
  'detail.replyIndicatorDay': '«{text}»: innen de 24 timene folk flest forventer',
  'detail.replyIndicatorSlow': '«{text}»: tregere enn de 24 timene folk flest forventer',
  'detail.replyIndicatorIgnored': '«{text}»: mer enn 72 timer oppleves som å bli oversett',
  'detail.replyIndicatorUnread': '«{text}»: Tillit kan ikke lese noen tid ut av det',
  'detail.profileThreadDelay': 'Ingen svartid oppgitt; kontoens svar på siden kom omtrent {hours} timer etter svarene over dem',
  'detail.profileNoAccountReply': 'Ingen svartid oppgitt, og ingen av de {comments} svarene fra andre fikk svar fra kontoen',
  'detail.noReplyTime': 'Profilen oppgir ingen svartid, og siden viser ingen svar å måle tiden på.',
};

// FACTORS.md: an answer within 24 hours is what most people expect, within an hour excellent;
// more than 72 hours reads as ignored.
const LIMITS = { excellentHours: 1, fullHours: 24, halfHours: 72 } as const;

const INDICATOR_KEYS = { excellent: 'detail.replyIndicatorFast', day: 'detail.replyIndicatorDay', slow: 'detail.replyIndicatorSlow', ignored: 'detail.replyIndicatorIgnored' } as const;

/**
 * FACTORS.md, profiles, responsiveness: a stated or platform-measured reply time ("Typically
 * replies within …", "Svarer vanligvis innen …", in en/nb/de/es/fr): within 24 hours met (within an
 * hour excellent), within 72 partial, longer unmet. With no indicator, the replies on a post's
 * page: the account's answers timed from the reply above each (the page shows the order, not who
 * answers whom); replies from others and no answer at all → unmet (silence is an answer). With
 * neither an indicator nor replies to time: unobservable, never guessed.
 */
export default {
  id: 'profile-reply-time',
  factor: 'responsiveness',
  points: 50,
  reads: ['profile'],
  limits: LIMITS,
  evaluate(s) {
    const p = profileOf(s);
    if (isVerdict(p)) return p;
    if (p.typicallyReplies?.trim()) {
      const text = clip(p.typicallyReplies, 100);
      const hours = replyHours(p.typicallyReplies);
      if (hours === null) return unobservable({ key: 'detail.replyIndicatorUnread', params: { text } });
      return bySpeed(hours, LIMITS, fieldEvidence(p, 'typicallyReplies'), { key: INDICATOR_KEYS[replySpeed(hours, LIMITS)], params: { text } });
    }
    const thread = threadOf(p);
    if (!thread?.others.length) return unobservable({ key: 'detail.noReplyTime' });
    if (!thread.accountReplies) return unmet({ key: 'detail.profileNoAccountReply', params: { comments: thread.others.length } }, thread.others.slice(0, 2).map((d) => d.post.evidence));
    const hours = threadDelay(thread);
    if (hours === null) return unobservable({ key: 'detail.noReplyTime' });
    const evidence = thread.own.slice(0, 2).map((d) => d.post.evidence);
    return bySpeed(hours, LIMITS, evidence, { key: 'detail.profileThreadDelay', params: { hours: Math.round(hours * 10) / 10 } });
  },
} as const satisfies Criterion<typeof en>;
