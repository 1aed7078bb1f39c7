import { scoreFactor } from '@/lib/factors';
import type { SiteEvidence } from '@/lib/contracts/site';
import { translate } from '@/lib/i18n';
import { comment, ev, finding, makeSignals, NOW } from '../helpers/signals';
import { conversation, criterion, factor, hiddenSection, plusHours, points, section, statuses, type Comment } from './builders';

// FACTORS.md — responsiveness: owner replies (35), median reply time ≤ 24 h full / ≤ 72 h half /
// more none (35), a stated response promise (15), fast channels (15). Owner replies and reply time
// are unobservable without visible reader comments; readers with times and no owner reply → unmet.
// The public expects an answer within 24 hours (within an hour is excellent); more than 72 hours
// reads as ignored. A reply rate rests on at least 5 readers' comments (fewer: partial evidence,
// said so); Facebook's "very responsive" needs at least 90 % answered.

const ASKED = '2026-11-10T10:00:00Z';

/** One reader comment answered by the owner `hours` later (threaded reply). */
function answeredAfter(hours: number) {
  return makeSignals({
    comments: [
      section({
        comments: [comment('Reader', ASKED), comment('Owner', plusHours(ASKED, hours), { byOwner: true, replyTo: 0 })],
      }),
    ],
  });
}

describe('responsiveness: reply time', () => {
  it('an owner reply within 24 hours meets reply-time', () => {
    const c = criterion('responsiveness', 'reply-time', answeredAfter(6));
    expect(c.status).toBe('met');
    expect(c.earned).toBe(points('reply-time'));
  });

  it('exactly 24 hours still counts as a full answer', () => {
    expect(criterion('responsiveness', 'reply-time', answeredAfter(24)).status).toBe('met');
  });

  it('an owner reply after 48 hours is only partly met (half the points)', () => {
    const c = criterion('responsiveness', 'reply-time', answeredAfter(48));
    expect(c.status).toBe('partial');
    expect(c.earned).toBe(points('reply-time') / 2);
  });

  it('72 hours is the last hour that earns half', () => {
    expect(criterion('responsiveness', 'reply-time', answeredAfter(72)).status).toBe('partial');
    expect(criterion('responsiveness', 'reply-time', answeredAfter(73)).status).toBe('unmet');
  });

  it('an owner reply after 100 hours does not meet reply-time', () => {
    const c = criterion('responsiveness', 'reply-time', answeredAfter(100));
    expect(c.status).toBe('unmet');
    expect(c.earned).toBe(0);
    // The slow reply is still an owner reply (1 of 1: partial evidence, too few to judge a rate).
    expect(criterion('responsiveness', 'owner-replies', answeredAfter(100)).status).toBe('partial');
  });

  it('judges the median, not the fastest or the slowest reply', () => {
    const t0 = '2026-11-01T08:00:00Z';
    const t1 = '2026-11-05T08:00:00Z';
    const t2 = '2026-11-12T08:00:00Z';
    const signals = makeSignals({
      comments: [
        section({
          comments: [
            comment('A', t0),
            comment('Owner', plusHours(t0, 2), { byOwner: true, replyTo: 0 }),
            comment('B', t1),
            comment('Owner', plusHours(t1, 50), { byOwner: true, replyTo: 2 }),
            comment('C', t2),
            comment('Owner', plusHours(t2, 120), { byOwner: true, replyTo: 4 }),
          ],
        }),
      ],
    });
    // Delays 2 h, 50 h, 120 h: the median is 50 h → partial.
    const c = criterion('responsiveness', 'reply-time', signals);
    expect(c.status).toBe('partial');
    expect(c.detail?.params?.hours).toBe(50);
  });

  it('in a flat (unthreaded) list the owner answers the reader comment just before', () => {
    const signals = makeSignals({
      comments: [section({ comments: [comment('Reader', ASKED), comment('Owner', plusHours(ASKED, 3), { byOwner: true })] })],
    });
    expect(criterion('responsiveness', 'reply-time', signals).status).toBe('met');
  });

  it('reader comments with times but no owner reply: silence is an answer (unmet, not unobservable)', () => {
    const signals = makeSignals({
      comments: [section({ comments: [comment('A', '2026-11-01T08:00:00Z'), comment('B', '2026-11-02T08:00:00Z')] })],
    });
    const s = statuses(factor('responsiveness', signals));
    expect(s['owner-replies']).toBe('unmet');
    expect(s['reply-time']).toBe('unmet');
    // Both count in the denominator: the factor is rated (weak), not unknown.
    const f = factor('responsiveness', signals);
    expect(f.score).toBe(0);
    expect(f.level).toBe('weak');
  });

  it('reader comments without any times: owner replies can be judged, reply time cannot', () => {
    const signals = makeSignals({
      comments: [section({ comments: [comment('A', null), comment('Owner', null, { byOwner: true, replyTo: 0 })] })],
    });
    const s = statuses(factor('responsiveness', signals));
    expect(s['owner-replies']).toBe('partial');
    expect(s['reply-time']).toBe('unobservable');
  });
});

describe('responsiveness: owner replies', () => {
  it('an answer to one of two readers is partial evidence: the rate rests on too few comments', () => {
    const signals = makeSignals({
      comments: [
        section({
          comments: [comment('A', ASKED), comment('B', ASKED), comment('Owner', plusHours(ASKED, 1), { byOwner: true, replyTo: 1 })],
        }),
      ],
    });
    expect(criterion('responsiveness', 'owner-replies', signals)).toMatchObject({
      status: 'partial',
      detail: { key: 'detail.replyRateFew', params: { answered: 1, comments: 2, min: 5 } },
    });
  });

  it('comments only in a Disqus-like unobservable section: replies and reply time are unobservable, the factor unknown', () => {
    const signals = makeSignals({
      comments: [hiddenSection()],
      engagement: { promises: [finding('We reply within 24 hours')] },
      contact: { phones: [finding('+47 22 33 44 55')] },
    });
    const f = factor('responsiveness', signals);
    expect(statuses(f)['owner-replies']).toBe('unobservable');
    expect(statuses(f)['reply-time']).toBe('unobservable');
    // Even with a promise and a phone: 70 of 100 points can't be seen → unknown, never weak or strong.
    expect(f.level).toBe('unknown');
    expect(f.score).toBeNull();
  });

  it('no comments at all → unknown', () => {
    const f = factor('responsiveness', makeSignals());
    expect(statuses(f)['owner-replies']).toBe('unobservable');
    expect(statuses(f)['reply-time']).toBe('unobservable');
    expect(f.level).toBe('unknown');
  });

  it('a visible comment section with zero comments (Blogger "Ingen kommentarer") → unknown', () => {
    const f = factor('responsiveness', makeSignals({ comments: [section({ system: 'blogger', comments: [], login: 'unknown' })] }));
    expect(statuses(f)['owner-replies']).toBe('unobservable');
    expect(f.level).toBe('unknown');
  });

  it('a hidden widget next to visible native comments: the visible ones are judged', () => {
    const signals = makeSignals({
      comments: [hiddenSection(), section({ comments: [comment('A', ASKED), comment('Owner', plusHours(ASKED, 5), { byOwner: true, replyTo: 0 })] })],
    });
    const s = statuses(factor('responsiveness', signals));
    expect(s['owner-replies']).toBe('partial');
    expect(s['reply-time']).toBe('met');
  });
});

describe('responsiveness: promise and fast channels', () => {
  it('a stated response promise meets response-promise', () => {
    const signals = makeSignals({ engagement: { promises: [finding('Kommentarer besvares daglig')] } });
    expect(criterion('responsiveness', 'response-promise', signals).status).toBe('met');
    expect(criterion('responsiveness', 'response-promise', makeSignals()).status).toBe('unmet');
  });

  it.each([
    ['a chat widget', { chatWidgets: [finding('intercom')] }],
    ['a phone number', { phones: [finding('+47 22 33 44 55')] }],
    ['a contact form', { contactForms: [finding('/kontakt/send')] }],
  ])('%s is a fast channel', (_name, contact) => {
    expect(criterion('responsiveness', 'fast-channels', makeSignals({ contact })).status).toBe('met');
  });

  it('an e-mail address alone is not a fast channel', () => {
    expect(criterion('responsiveness', 'fast-channels', makeSignals({ contact: { emails: [finding('a@b.no')] } })).status).toBe('unmet');
  });

  it('everything in place: fast replies to every comment, a promise and a phone → 100, strong', () => {
    const signals = makeSignals({ comments: [section({ comments: conversation('2026-11-01T08:00:00Z', [2, 2, 2, 2, 2]) })] });
    signals.engagement.promises = [finding('We reply within 24 hours')];
    signals.contact.phones = [finding('+47 22 33 44 55')];
    const f = factor('responsiveness', signals);
    expect(f.score).toBe(100);
    expect(f.level).toBe('strong');
  });
});

describe('responsiveness: an owner comment that answers nobody', () => {
  it('is not a reply: readers left unanswered make both reply criteria unmet', () => {
    const s = makeSignals({
      comments: [
        section({
          comments: [comment('Owner', '2026-11-01T08:00:00Z', { byOwner: true }), comment('A', '2026-11-02T08:00:00Z'), comment('B', '2026-11-03T08:00:00Z')],
        }),
      ],
    });
    expect(statuses(factor('responsiveness', s))).toMatchObject({ 'owner-replies': 'unmet', 'reply-time': 'unmet' });
  });
});

describe('responsiveness: the reply rate and the comments it rests on', () => {
  const asked = '2026-10-01T08:00:00Z';
  const owner = (signals: ReturnType<typeof makeSignals>) => criterion('responsiveness', 'owner-replies', signals);
  const rated = (delays: (number | null)[]) => owner(makeSignals({ comments: [section({ comments: conversation(asked, delays) })] }));

  it('at least 90 % of at least 5 readers’ comments answered is met, naming Facebook’s “very responsive”', () => {
    expect(rated([1, 1, 1, 1, 1, 1, 1, 1, 1, null])).toMatchObject({
      status: 'met',
      detail: { key: 'detail.replyRate', params: { answered: 9, comments: 10, percent: 90, veryResponsive: 90 } },
    });
    expect(rated([1, 1, 1, 1, 1]).status).toBe('met');
  });

  it('below 90 % answered is partial, earning the rate’s share of the points', () => {
    const c = rated([1, 1, 1, 1, 1, 1, 1, 1, null, null]);
    expect(c).toMatchObject({ status: 'partial', share: 0.8, detail: { key: 'detail.replyRate', params: { answered: 8, comments: 10, percent: 80 } } });
    expect(c.earned).toBe(Math.round(points('owner-replies') * 0.8 * 10) / 10);
    expect(rated([1, null, null, null, null, null]).share).toBeCloseTo(1 / 6, 2);
  });

  it('none of at least 5 answered is unmet, with the unanswered comments as evidence', () => {
    const c = rated([null, null, null, null, null, null]);
    expect(c).toMatchObject({ status: 'unmet', detail: { key: 'detail.ownerReplies', params: { replies: 0, comments: 6 } } });
    expect(c.evidence.map((e) => e.snippet)).toEqual(['Reader 0', 'Reader 1']);
  });

  it('fewer than 5 readers’ comments: partial evidence at most, and the detail says what the rate rests on', () => {
    const all = rated([1, 1, 1, 1]);
    expect(all).toMatchObject({ status: 'partial', share: 0.5, detail: { key: 'detail.replyRateFew', params: { answered: 4, comments: 4, min: 5, veryResponsive: 90 } } });
    expect(all.earned).toBe(points('owner-replies') / 2);
    // A lower rate earns its own share, below half.
    expect(rated([1, null, null]).share).toBeCloseTo(1 / 3, 5);
    // None answered is still silence: unmet, said to rest on too few comments.
    expect(rated([null, null, null])).toMatchObject({ status: 'unmet', detail: { key: 'detail.replyRateFew', params: { answered: 0, comments: 3 } } });
  });

  it('the detail says it in both languages, with the thresholds', () => {
    const params = { answered: 1, comments: 3, min: 5, veryResponsive: 90 };
    expect(translate('en', 'detail.replyRateFew', params)).toContain('at least 5 readers’ comments');
    expect(translate('nb', 'detail.replyRateFew', params)).toContain('minst 5 kommentarer fra lesere');
    expect(translate('en', 'detail.replyRate', { ...params, percent: 33 })).toContain('“very responsive” when it answers at least 90 %');
    expect(translate('nb', 'detail.replyRate', { ...params, percent: 33 })).toContain('«svært responsiv» når den svarer på minst 90 %');
  });
});

describe('responsiveness: which readers’ comments an owner comment answers', () => {
  const rate = (comments: Comment[]) => criterion('responsiveness', 'owner-replies', makeSignals({ comments: [section({ comments })] })).detail?.params;
  const t = (hours: number) => plusHours(ASKED, hours);

  it('threaded: the comment it replies to and the readers above it in the thread, up to the owner’s own last word', () => {
    // R ← X ← owner: the owner answered in R's thread, so both count.
    expect(rate([comment('R', t(0)), comment('X', t(1), { replyTo: 0 }), comment('Owner', t(2), { byOwner: true, replyTo: 1 })])).toMatchObject({ answered: 2, comments: 2 });
    // R ← owner ← X: X, written after the owner's answer, is still waiting.
    expect(rate([comment('R', t(0)), comment('Owner', t(1), { byOwner: true, replyTo: 0 }), comment('X', t(2), { replyTo: 1 })])).toMatchObject({ answered: 1, comments: 2 });
    // A reply in another thread answers nobody here.
    expect(rate([comment('R', t(0)), comment('S', t(1)), comment('Owner', t(2), { byOwner: true, replyTo: 1 })])).toMatchObject({ answered: 1, comments: 2 });
  });

  it('flat (no threading): the whole run of readers since the owner last wrote', () => {
    const flat = [comment('A', t(0)), comment('B', t(1)), comment('Owner', t(2), { byOwner: true }), comment('C', t(3))];
    expect(rate(flat)).toMatchObject({ answered: 2, comments: 3 });
    // An opening remark answers nobody.
    expect(rate([comment('Owner', t(0), { byOwner: true }), comment('A', t(1))])).toMatchObject({ answered: 0, comments: 1 });
  });

  it('an owner comment timed before a reader’s comment does not answer it', () => {
    expect(rate([comment('A', t(10)), comment('Owner', t(5), { byOwner: true, replyTo: 0 })])).toMatchObject({ answered: 0, comments: 1 });
  });

  it('each answered comment is timed to the owner’s first answer to it', () => {
    // A at 0 h and B at 10 h, one owner comment at 20 h answering both: 20 h and 10 h, median 15 h.
    const signals = makeSignals({ comments: [section({ comments: [comment('A', t(0)), comment('B', t(10)), comment('Owner', t(20), { byOwner: true })] })] });
    expect(criterion('responsiveness', 'reply-time', signals).detail?.params?.hours).toBe(15);
  });
});

describe('responsiveness: reply time against the public’s 24 and 72 hours', () => {
  // Three readers a day apart from 1 Nov: the first answered after `first` hours, the other two not.
  const partlyAnswered = (first: number) => makeSignals({ comments: [section({ comments: conversation('2026-11-01T08:00:00Z', [first, null, null]) })] });
  const at = (iso: string) => new Date(iso);

  it('unanswered comments older than 72 hours count as ignored, slower than any answer', () => {
    // On 26 Nov all three are weeks old: 2 of 3 ignored → the median is "over 72 hours".
    expect(criterion('responsiveness', 'reply-time', partlyAnswered(2), at('2026-11-26T12:00:00Z'))).toMatchObject({
      status: 'unmet',
      earned: 0,
      detail: { key: 'detail.replyTimeUnanswered', params: { ignored: 2, comments: 3 } },
    });
  });

  it('unanswered comments younger than 72 hours may still get an answer: left out', () => {
    // On 4 Nov 08:00 the two unanswered are 48 and 24 hours old: the median rests on the one answer.
    expect(criterion('responsiveness', 'reply-time', partlyAnswered(2), at('2026-11-04T08:00:00Z'))).toMatchObject({
      status: 'met',
      detail: { key: 'detail.medianReply', params: { hours: 2, comments: 1 } },
    });
  });

  it('72 hours waited is not yet ignored; a minute more is', () => {
    // The second reader asked on 2 Nov 08:00, the third on 3 Nov 08:00.
    const justDue = criterion('responsiveness', 'reply-time', partlyAnswered(2), at('2026-11-05T08:00:00Z'));
    expect(justDue.detail?.params).toMatchObject({ comments: 1 });
    const over = criterion('responsiveness', 'reply-time', partlyAnswered(2), at('2026-11-05T08:01:00Z'));
    // 2 h and ignored: the median of two lies beyond 72 hours.
    expect(over).toMatchObject({ status: 'unmet', detail: { key: 'detail.replyTimeUnanswered', params: { ignored: 1, comments: 2 } } });
  });

  it.each([
    [0.5, 'met', 'detail.replyTimeExcellent'],
    [20, 'met', 'detail.medianReply'],
    [48, 'partial', 'detail.replyTimeSlow'],
    [100, 'unmet', 'detail.replyTimeIgnored'],
  ] as const)('a median of %s hours is %s (%s)', (hours, status, key) => {
    expect(criterion('responsiveness', 'reply-time', answeredAfter(hours))).toMatchObject({ status, detail: { key, params: { hours, comments: 1 } } });
  });

  it('the details name the public’s thresholds in both languages', () => {
    expect(translate('en', 'detail.replyTimeSlow', { hours: 48, comments: 3 })).toBe(
      'Median reply time: 48 hours (3 readers’ comments timed) — slower than the 24 hours the public expects; over 72 hours counts as ignored',
    );
    expect(translate('nb', 'detail.replyTimeIgnored', { hours: 100, comments: 3 })).toContain('over 72 timer regnes som oversett');
    expect(translate('en', 'criterion.reply-time')).toBe('Replies within 24 hours (median)');
  });
});

describe('responsiveness: the whole-site check speaks as the page does', () => {
  const site = (replies: NonNullable<SiteEvidence['replies']>): SiteEvidence => ({
    site: 'firma.example',
    scannedAt: NOW.toISOString(),
    requests: 2,
    timedOut: false,
    cancelled: false,
    sources: [],
    replies,
    activity: { first: null, last: null, activeMonths24: 0, dated: 0, evidence: null },
    contact: { emails: [], phones: [], addresses: [], organisation: [] },
  });
  const feed = (readerComments: number, answered: number, medianHours: number | null) =>
    site({ readerComments, answered, share: answered / readerComments, medianHours, evidence: ev('site:/wp-json/wp/v2/comments', 'site:feed') });
  const judged = (id: 'owner-replies' | 'reply-time', evidence: SiteEvidence) => scoreFactor('responsiveness', makeSignals(), NOW, evidence).criteria.find((c) => c.id === id)!;

  it('the site’s reply rate is judged by the same limits: 90 % of at least 5 met, fewer comments partial evidence', () => {
    expect(judged('owner-replies', feed(20, 19, 5))).toMatchObject({ status: 'met', siteLevel: true, detail: { key: 'detail.replyRate', params: { answered: 19, comments: 20, percent: 95 } } });
    expect(judged('owner-replies', feed(20, 10, 5))).toMatchObject({ status: 'partial', share: 0.5, detail: { key: 'detail.replyRate', params: { percent: 50 } } });
    expect(judged('owner-replies', feed(3, 3, 5))).toMatchObject({ status: 'partial', share: 0.5, detail: { key: 'detail.replyRateFew', params: { comments: 3, min: 5 } } });
    expect(judged('owner-replies', feed(8, 0, null))).toMatchObject({ status: 'unmet', detail: { key: 'detail.ownerReplies', params: { replies: 0, comments: 8 } } });
  });

  it('the site’s median reply time by the same words', () => {
    expect(judged('reply-time', feed(20, 19, 30))).toMatchObject({ status: 'partial', siteLevel: true, detail: { key: 'detail.replyTimeSlow', params: { hours: 30, comments: 19 } } });
    expect(judged('reply-time', feed(8, 0, null))).toMatchObject({ status: 'unmet', detail: { key: 'detail.noOwnerReply' } });
  });
});
