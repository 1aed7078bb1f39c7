import { replyHours } from '@/lib/factors/profile';
import { judge, post, profile, thread } from './profile-builders';

// FACTORS.md "Profiles on social platforms" — responsiveness: the account itself replies to
// others on the page (50), a stated or platform-measured reply time (50). An answer within 24
// hours is what most expect (within an hour excellent); more than 72 hours reads as ignored. A
// reply rate rests on at least 5 replies from others; fewer make it partial evidence.

const T0 = '2026-11-20T10:00:00Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
const others = (...hours: number[]) => hours.map((h) => post(at(h), false));
const account = (...hours: number[]) => hours.map((h) => post(at(h), true));

describe('profile responsiveness: the account replies to others', () => {
  it('answers under a post with at least five replies from others is met', () => {
    const r = judge('profile-replies', thread(T0, [...others(1, 2, 3, 4, 5), ...account(2.5)]));
    expect(r).toMatchObject({ status: 'met', detail: { key: 'detail.profileAccountReplies', params: { replies: 1, comments: 5 } } });
    expect(r.evidence).toHaveLength(1);
  });

  it('with fewer than five replies from others, an answer is partial evidence, said so', () => {
    expect(judge('profile-replies', thread(T0, [...others(1, 2), ...account(3)]))).toMatchObject({
      status: 'partial',
      detail: { key: 'detail.profileFewReplies', params: { replies: 1, comments: 2, min: 5 } },
    });
  });

  it('replies from others and no answer is unmet: silence is an answer', () => {
    expect(judge('profile-replies', thread(T0, others(1, 2, 3)))).toMatchObject({ status: 'unmet', detail: { params: { replies: 0, comments: 3 } } });
  });

  it('a post with no replies from others is unobservable', () => {
    expect(judge('profile-replies', thread(T0, [])).status).toBe('unobservable');
  });

  it('a profile page shows no thread: unobservable', () => {
    expect(judge('profile-replies', profile({ posts: [post('2026-11-20')] }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noThread' } });
  });
});

describe('profile responsiveness: reply time', () => {
  const indicator = (typicallyReplies: string) => judge('profile-reply-time', profile({ typicallyReplies }));

  it.each([
    ['Typically replies within an hour', 'met', 'detail.replyIndicatorFast'],
    ['Typically replies within a few hours', 'met', 'detail.replyIndicatorDay'],
    ['Typically replies within a day', 'met', 'detail.replyIndicatorDay'],
    ['Svarer vanligvis innen en time', 'met', 'detail.replyIndicatorFast'],
    ['Svarer vanligvis innen noen dager', 'partial', 'detail.replyIndicatorSlow'],
    ['Typically replies within a few days', 'partial', 'detail.replyIndicatorSlow'],
    ['Typically replies within a week', 'unmet', 'detail.replyIndicatorIgnored'],
  ] as const)('"%s" → %s', (text, status, key) => {
    const r = indicator(text);
    expect(r).toMatchObject({ status, detail: { key, params: { text } } });
    expect(r.evidence).toHaveLength(1);
  });

  it('an indicator Tillit cannot read a time from is unobservable, with its text', () => {
    expect(indicator('Typically responds')).toMatchObject({ status: 'unobservable', detail: { key: 'detail.replyIndicatorUnread', params: { text: 'Typically responds' } } });
  });

  it('the indicator decides over the replies on the page', () => {
    expect(judge('profile-reply-time', thread(T0, others(1, 2), { typicallyReplies: 'Typically replies within an hour' })).status).toBe('met');
  });

  it('no indicator and no replies to time is unobservable, never guessed', () => {
    expect(judge('profile-reply-time', profile({ posts: [post('2026-11-20')] }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noReplyTime' } });
    expect(judge('profile-reply-time', thread(T0, [])).status).toBe('unobservable');
  });

  it('no indicator, replies from others and no answer: unmet', () => {
    expect(judge('profile-reply-time', thread(T0, others(1, 2)))).toMatchObject({ status: 'unmet', detail: { key: 'detail.profileNoAccountReply', params: { comments: 2 } } });
  });

  it('no indicator: the account’s answers are timed from the reply above each', () => {
    // Replies at +1 h and +30 h; the account answers at +3 h (2 h after) and +31 h (1 h after).
    expect(judge('profile-reply-time', thread(T0, [...others(1, 30), ...account(3, 31)]))).toMatchObject({ status: 'met', detail: { key: 'detail.profileThreadDelay', params: { hours: 1.5 } } });
    expect(judge('profile-reply-time', thread(T0, [...others(1), ...account(49)])).status).toBe('partial');
    expect(judge('profile-reply-time', thread(T0, [...others(1), ...account(100)])).status).toBe('unmet');
  });
});

describe('reading the reply-time indicator', () => {
  it.each([
    ['Typically replies within an hour', 1],
    ['Typically replies within a few hours', 3],
    ['Typically replies within a day', 24],
    ['Typically replies within a few days', 72],
    ['Typically replies within minutes', 0.05],
    ['Typically replies within 2 days', 48],
    ['Typically replies instantly', 0],
    ['Svarer vanligvis innen en time', 1],
    ['Svarer vanligvis innen noen timer', 3],
    ['Svarer vanligvis innen en dag', 24],
    ['Svarer vanligvis innen noen dager', 72],
    ['Antwortet normalerweise innerhalb einer Stunde', 1],
    ['Antwortet in der Regel innerhalb eines Tages', 24],
    ['Suele responder en unas horas', 3],
    ['Suele responder en un día', 24],
    ['Répond généralement en quelques heures', 3],
    ['Répond généralement dans la journée', 24],
  ])('"%s" → %s h', (text, hours) => {
    expect(replyHours(text)).toBeCloseTo(hours);
  });

  it('no time named → null', () => {
    expect(replyHours('Typically responds')).toBeNull();
    expect(replyHours('Very responsive to messages')).toBeNull();
  });
});
