import { comment, finding, makeSignals } from '../helpers/signals';
import { criterion, factor, hiddenSection, plusHours, points, section, statuses } from './builders';

// FACTORS.md — responsiveness: owner replies (35), median reply time ≤ 24 h full / ≤ 72 h half /
// more none (35), a stated response promise (15), fast channels (15). Owner replies and reply time
// are unobservable without visible reader comments; readers with times and no owner reply → unmet.

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
    // The slow reply is still an owner reply.
    expect(criterion('responsiveness', 'owner-replies', answeredAfter(100)).status).toBe('met');
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
    expect(s['owner-replies']).toBe('met');
    expect(s['reply-time']).toBe('unobservable');
  });
});

describe('responsiveness: owner replies', () => {
  it('met when the owner answers at least one reader', () => {
    const signals = makeSignals({
      comments: [
        section({
          comments: [comment('A', ASKED), comment('B', ASKED), comment('Owner', plusHours(ASKED, 1), { byOwner: true, replyTo: 1 })],
        }),
      ],
    });
    expect(criterion('responsiveness', 'owner-replies', signals).status).toBe('met');
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
    expect(s['owner-replies']).toBe('met');
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

  it('everything in place: fast replies, a promise and a phone → 100, strong', () => {
    const signals = answeredAfter(2);
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
