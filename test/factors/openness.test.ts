import { comment, finding, makeSignals } from '../helpers/signals';
import { criterion, factor, hiddenSection, points, section, statuses } from './builders';

// FACTORS.md — openness: a comment section (30), commenting without login (25), feedback invited
// positive and negative (20), the public's comments visible, count > 0 (15), other open channels:
// social profiles, RSS/Atom (10). Login is unobservable when the form lives in an iframe (Blogger)
// or a third-party widget whose policy the page doesn't reveal.

const readers = [comment('Per', '2026-11-01T10:00:00Z'), comment('Linda', '2026-11-02T10:00:00Z')];

describe('openness: comment section', () => {
  it('an open comment section meets comment-section', () => {
    expect(criterion('openness', 'comment-section', makeSignals({ comments: [section()] })).status).toBe('met');
  });

  it('a closed comment section is only partly met', () => {
    const c = criterion('openness', 'comment-section', makeSignals({ comments: [section({ closed: true })] }));
    expect(c.status).toBe('partial');
    expect(c.earned).toBe(points('comment-section') / 2);
  });

  it('no comment section → unmet', () => {
    expect(criterion('openness', 'comment-section', makeSignals()).status).toBe('unmet');
  });

  it('a third-party widget is still a comment section', () => {
    expect(criterion('openness', 'comment-section', makeSignals({ comments: [hiddenSection()] })).status).toBe('met');
  });
});

describe('openness: commenting without login', () => {
  it('anonymous comment form (name and e-mail only) → met', () => {
    expect(criterion('openness', 'open-commenting', makeSignals({ comments: [section({ login: 'not-required' })] })).status).toBe('met');
  });

  it('login required ("You must be logged in to post a comment") → unmet', () => {
    expect(criterion('openness', 'open-commenting', makeSignals({ comments: [section({ login: 'required' })] })).status).toBe('unmet');
  });

  it('login policy unknown (Blogger comment-editor iframe) → unobservable, not a fail', () => {
    const signals = makeSignals({ comments: [section({ system: 'blogger', login: 'unknown' })] });
    const c = criterion('openness', 'open-commenting', signals);
    expect(c.status).toBe('unobservable');
    expect(c.earned).toBe(0);
    // Left out of the denominator: the other openness criteria decide the score.
    const f = factor('openness', signals);
    const observable = f.criteria.filter((x) => x.status !== 'unobservable').reduce((n, x) => n + x.points, 0);
    expect(observable).toBe(75);
  });

  it('a Disqus-like widget hides both its login rules and its comments', () => {
    const s = statuses(factor('openness', makeSignals({ comments: [hiddenSection()] })));
    expect(s['open-commenting']).toBe('unobservable');
    expect(s['visible-comments']).toBe('unobservable');
  });
});

describe('openness: visible comments, invitations and channels', () => {
  it('visible reader comments (count > 0) → met', () => {
    expect(criterion('openness', 'visible-comments', makeSignals({ comments: [section({ comments: readers })] })).status).toBe('met');
  });

  it('an empty but visible comment section → unmet (count is 0)', () => {
    expect(criterion('openness', 'visible-comments', makeSignals({ comments: [section({ comments: [] })] })).status).toBe('unmet');
  });

  it('no comment section → no visible comments', () => {
    expect(criterion('openness', 'visible-comments', makeSignals()).status).toBe('unmet');
  });

  it('an explicit invitation to give feedback → feedback-invited met', () => {
    const signals = makeSignals({ engagement: { invitations: [finding('Gi oss gjerne en tilbakemelding, positiv som negativ!')] } });
    expect(criterion('openness', 'feedback-invited', signals).status).toBe('met');
    expect(criterion('openness', 'feedback-invited', makeSignals()).status).toBe('unmet');
  });

  it('social profiles or a feed are open channels', () => {
    expect(criterion('openness', 'open-channels', makeSignals({ contact: { socialProfiles: [finding('https://facebook.com/acme')] } })).status).toBe('met');
    expect(criterion('openness', 'open-channels', makeSignals({ engagement: { feeds: [finding('/feed/')] } })).status).toBe('met');
    expect(criterion('openness', 'open-channels', makeSignals()).status).toBe('unmet');
  });
});

describe('openness: the factor', () => {
  it('the seed\'s ideal — open, anonymous, visible comments, invited feedback, a feed — is strong', () => {
    const signals = makeSignals({
      comments: [section({ comments: readers })],
      engagement: { invitations: [finding('positive as well as negative')], feeds: [finding('/feed/')] },
    });
    const f = factor('openness', signals);
    expect(f.score).toBe(100);
    expect(f.level).toBe('strong');
  });

  it('a login-walled, empty comment section and nothing else is weak', () => {
    const f = factor('openness', makeSignals({ comments: [section({ login: 'required' })] }));
    // The comment section's points of 100; its weight is well under the 40 that would make it fair.
    expect(f.score).toBe(points('comment-section'));
    expect(f.level).toBe('weak');
  });

  it('no comment section at all → weak, not unknown (the page shows there is nowhere to speak)', () => {
    const f = factor('openness', makeSignals());
    expect(f.level).toBe('weak');
  });
});
