import type { DatedFinding } from '@/lib/contracts/page';
import { comment, ev, finding, makeSignals, NOW } from '../helpers/signals';
import { criterion, daysAgo, factor, section, statuses } from './builders';

// FACTORS.md — longevity: history ≥ 2 years from earliest to newest dated activity (30), recency:
// newest post or update ≤ 90 days old (25), cadence: dated posts over ≥ 6 distinct months (20),
// the copyright/updated year is current (10), a feed or newsletter (15). Judged against the day
// of analysis, passed in (NOW = 2026-11-26T12:00Z).

const dated = (date: string): DatedFinding => ({ date, evidence: ev(date, 'time') });
const posts = (...dates: string[]) => makeSignals({ dates: { posts: dates.map(dated) } });

describe('longevity: recency', () => {
  it('a post 30 days old is recent', () => {
    expect(criterion('longevity', 'recency', makeSignals({ dates: { published: dated(daysAgo(30)) } })).status).toBe('met');
  });

  it('90 days is the limit: day 90 is recent, day 91 is not', () => {
    expect(criterion('longevity', 'recency', makeSignals({ dates: { published: dated(daysAgo(90)) } })).status).toBe('met');
    expect(criterion('longevity', 'recency', makeSignals({ dates: { published: dated(daysAgo(91)) } })).status).toBe('unmet');
  });

  it('an old post that was updated recently counts by its update', () => {
    const signals = makeSignals({ dates: { published: dated('2023-03-14'), modified: dated(daysAgo(10)) } });
    expect(criterion('longevity', 'recency', signals).status).toBe('met');
  });

  it('the newest of several posts decides', () => {
    expect(criterion('longevity', 'recency', posts('2024-01-10', daysAgo(5), '2025-02-01')).status).toBe('met');
    expect(criterion('longevity', 'recency', posts('2024-01-10', '2025-02-01')).status).toBe('unmet');
  });

  it('is judged against the clock passed in, not the real one', () => {
    const signals = makeSignals({ dates: { published: dated('2026-11-01') } });
    expect(criterion('longevity', 'recency', signals, NOW).status).toBe('met');
    expect(criterion('longevity', 'recency', signals, new Date('2027-06-01T12:00:00Z')).status).toBe('unmet');
  });

  it('dates in the future are ignored (a typo must not make an old site look fresh)', () => {
    const signals = makeSignals({ dates: { published: dated(daysAgo(200)), posts: [dated('2027-06-01'), dated('2031-01-01')] } });
    expect(criterion('longevity', 'recency', signals).status).toBe('unmet');
  });

  it('a page with no dates is not recent', () => {
    expect(criterion('longevity', 'recency', makeSignals()).status).toBe('unmet');
  });
});

describe('longevity: history', () => {
  it('dated posts spanning more than two years meet history', () => {
    expect(criterion('longevity', 'history', posts('2024-06-01', '2026-11-01')).status).toBe('met');
  });

  it('a span under two years does not', () => {
    expect(criterion('longevity', 'history', posts('2025-06-01', '2026-11-01')).status).toBe('unmet');
  });

  it('a single post has no history', () => {
    expect(criterion('longevity', 'history', posts('2026-11-01')).status).toBe('unmet');
  });

  it('an archive reaching back more than two years counts (blog archive widget)', () => {
    const signals = makeSignals({
      dates: {
        published: dated('2026-11-01'),
        archive: [
          { year: 2026, month: 11, count: 2 },
          { year: 2023, month: 5, count: 1 },
        ],
        archiveEvidence: ev('Arkiv', 'archive'),
      },
    });
    expect(criterion('longevity', 'history', signals).status).toBe('met');
  });

  it('old dated comments count as activity too', () => {
    const signals = makeSignals({
      dates: { published: dated('2026-10-01') },
      comments: [section({ comments: [comment('Reader', '2023-02-01T10:00:00Z')] })],
    });
    expect(criterion('longevity', 'history', signals).status).toBe('met');
  });

  it('future dates are ignored: they cannot stretch the span', () => {
    expect(criterion('longevity', 'history', posts('2026-01-15', '2029-01-15')).status).toBe('unmet');
  });
});

describe('longevity: cadence', () => {
  it('posts spread over six distinct months meet cadence', () => {
    const signals = posts('2026-01-10', '2026-03-10', '2026-05-10', '2026-07-10', '2026-09-10', '2026-11-10');
    expect(criterion('longevity', 'cadence', signals).status).toBe('met');
  });

  it('five distinct months do not', () => {
    const signals = posts('2026-01-10', '2026-03-10', '2026-05-10', '2026-07-10', '2026-09-10');
    expect(criterion('longevity', 'cadence', signals).status).toBe('unmet');
  });

  it('many posts in the same months count once per month', () => {
    const signals = posts('2026-09-01', '2026-09-15', '2026-10-01', '2026-10-15', '2026-11-01', '2026-11-15', '2026-11-20');
    const c = criterion('longevity', 'cadence', signals);
    expect(c.status).toBe('unmet');
    expect(c.detail?.params?.count).toBe(3);
  });

  it('an archive listing by month counts its months', () => {
    const archive = [5, 6, 7, 8, 9, 10].map((month) => ({ year: 2026, month, count: 1 }));
    const signals = makeSignals({ dates: { archive, archiveEvidence: ev('Archive', 'archive') } });
    expect(criterion('longevity', 'cadence', signals).status).toBe('met');
  });

  it('future months are ignored', () => {
    const signals = posts('2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10', '2027-03-10', '2027-05-10');
    expect(criterion('longevity', 'cadence', signals).status).toBe('unmet');
  });
});

describe('longevity: copyright year and feed', () => {
  const copyright = (from: number, to: number) => ({ from, to, evidence: ev(`© ${from}–${to}`, 'copyright') });

  it('a copyright year that is the current year meets copyright-current', () => {
    expect(criterion('longevity', 'copyright-current', makeSignals({ dates: { copyright: copyright(2015, 2026) } })).status).toBe('met');
  });

  it('an old copyright year does not', () => {
    expect(criterion('longevity', 'copyright-current', makeSignals({ dates: { copyright: copyright(2015, 2020) } })).status).toBe('unmet');
  });

  it('no copyright and no update date → unmet', () => {
    expect(criterion('longevity', 'copyright-current', makeSignals()).status).toBe('unmet');
  });

  it('an update date in the current year is an "updated year" that is current', () => {
    const signals = makeSignals({ dates: { modified: dated('2026-03-01'), copyright: copyright(2015, 2020) } });
    expect(criterion('longevity', 'copyright-current', signals).status).toBe('met');
  });

  it('the current year follows the clock passed in', () => {
    const signals = makeSignals({ dates: { copyright: copyright(2015, 2026) } });
    expect(criterion('longevity', 'copyright-current', signals, new Date('2029-05-01T12:00:00Z')).status).toBe('unmet');
  });

  it('a feed or a newsletter meets follow-feed', () => {
    expect(criterion('longevity', 'follow-feed', makeSignals({ engagement: { feeds: [finding('/feed/')] } })).status).toBe('met');
    expect(criterion('longevity', 'follow-feed', makeSignals({ engagement: { newsletters: [finding('Subscribe')] } })).status).toBe('met');
    expect(criterion('longevity', 'follow-feed', makeSignals()).status).toBe('unmet');
  });
});

describe('longevity: the factor', () => {
  it('a page with no dates, copyright or feed is rated weak (0), not unknown', () => {
    const f = factor('longevity', makeSignals());
    expect(Object.values(statuses(f)).every((s) => s === 'unmet')).toBe(true);
    expect(f.score).toBe(0);
    expect(f.level).toBe('weak');
  });

  it('a long-lived, active blog with a feed is strong', () => {
    const monthly = Array.from({ length: 30 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 5 + i, 10));
      return dated(d.toISOString().slice(0, 10));
    });
    const signals = makeSignals({
      dates: { posts: monthly, copyright: { from: 2024, to: 2026, evidence: ev('© 2024–2026', 'copyright') } },
      engagement: { feeds: [finding('/feed/')] },
    });
    const f = factor('longevity', signals);
    expect(statuses(f)).toEqual({ history: 'met', recency: 'met', cadence: 'met', 'copyright-current': 'met', 'follow-feed': 'met' });
    expect(f.score).toBe(100);
    expect(f.level).toBe('strong');
  });
});

describe('longevity: edge cases', () => {
  it('a reader’s fresh comment under an old post does not make the site recent', () => {
    const s = makeSignals({ dates: { published: dated('2023-03-14') }, comments: [section({ comments: [comment('Reader', daysAgo(10))] })] });
    expect(criterion('longevity', 'recency', s).status).toBe('unmet');
  });

  it('the owner’s fresh reply does count as recent activity', () => {
    const s = makeSignals({ dates: { published: dated('2023-03-14') }, comments: [section({ comments: [comment('Owner', daysAgo(10), { byOwner: true })] })] });
    expect(criterion('longevity', 'recency', s).status).toBe('met');
  });

  it('exactly two calendar years of history count, leap days or not', () => {
    expect(criterion('longevity', 'history', posts('2024-11-20', '2026-11-20')).status).toBe('met');
    expect(criterion('longevity', 'history', posts('2024-11-21', '2026-11-20')).status).toBe('unmet');
  });

  it('archive months listed with no posts are no activity', () => {
    const s = makeSignals({ dates: { archive: [{ year: 2026, month: 11, count: 0 }, { year: 2020, month: 1, count: 0 }, { year: 2023, month: 1, count: 2 }] } });
    expect(criterion('longevity', 'recency', s).status).toBe('unmet');
    expect(criterion('longevity', 'history', s).status).toBe('unmet');
  });
});
