import { daysAgo } from './builders';
import { judge, NOW, post, profile } from './profile-builders';

// FACTORS.md "Profiles on social platforms" — longevity: account age ≥ 2 years (joined / founded
// / page created; 35), newest post ≤ 30 days old (35), dated posts spread over ≥ 3 distinct
// months (30). Judged against the `now` passed in (NOW = 2026-11-26T12:00Z), never the clock.

const own = (...dates: string[]) => dates.map((d) => post(d));

describe('profile longevity: account age', () => {
  it('joined more than two years ago is met, with the joined date’s evidence', () => {
    const r = judge('profile-account-age', profile({ joined: '2019-04' }));
    expect(r).toMatchObject({ status: 'met', detail: { key: 'detail.accountSince', params: { joined: '2019-04' } } });
    expect(r.evidence).toHaveLength(1);
  });

  it('counts calendar time at the precision the page gives', () => {
    expect(judge('profile-account-age', profile({ joined: '2024-11' })).status).toBe('met');
    expect(judge('profile-account-age', profile({ joined: '2024-12' })).status).toBe('unmet');
    expect(judge('profile-account-age', profile({ joined: '2024' })).status).toBe('met');
    expect(judge('profile-account-age', profile({ joined: '2025' })).status).toBe('unmet');
  });

  it('is judged against the clock passed in', () => {
    expect(judge('profile-account-age', profile({ joined: '2025-06' }), NOW).status).toBe('unmet');
    expect(judge('profile-account-age', profile({ joined: '2025-06' }), new Date('2027-07-01T12:00:00Z')).status).toBe('met');
  });

  it('no date stated, but an own post two years old, is met', () => {
    expect(judge('profile-account-age', profile({ posts: own('2026-11-01', '2023-05-02') }))).toMatchObject({ status: 'met', detail: { key: 'detail.accountOldPost', params: { date: '2023-05-02' } } });
  });

  it('no date stated and only recent posts is unobservable: the account may be older', () => {
    expect(judge('profile-account-age', profile({ posts: own('2026-11-01') }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noJoined' } });
    expect(judge('profile-account-age', profile()).status).toBe('unobservable');
  });

  it('someone else’s old post proves nothing about the account', () => {
    expect(judge('profile-account-age', profile({ posts: [post('2020-01-01', false)] })).status).toBe('unobservable');
  });
});

describe('profile longevity: newest post ≤ 30 days old', () => {
  it('an own post 30 days old is met, 31 days is unmet', () => {
    expect(judge('profile-recency', profile({ posts: own(daysAgo(30)) })).status).toBe('met');
    expect(judge('profile-recency', profile({ posts: own(daysAgo(31)) }))).toMatchObject({ status: 'unmet', detail: { key: 'detail.newest', params: { days: 31 } } });
  });

  it('the newest own post decides; reshares and future dates don’t count', () => {
    expect(judge('profile-recency', profile({ posts: [...own('2026-01-10', daysAgo(3)), post('2026-05-01')] })).status).toBe('met');
    expect(judge('profile-recency', profile({ posts: [post(daysAgo(2), false), ...own('2026-06-01')] })).status).toBe('unmet');
    expect(judge('profile-recency', profile({ posts: own('2027-03-01', '2026-06-01') })).status).toBe('unmet');
  });

  it('is judged against the clock passed in', () => {
    const p = profile({ posts: own('2026-11-20') });
    expect(judge('profile-recency', p, NOW).status).toBe('met');
    expect(judge('profile-recency', p, new Date('2027-02-01T12:00:00Z')).status).toBe('unmet');
  });

  it('no dated own posts shown is unobservable', () => {
    expect(judge('profile-recency', profile())).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noPosts' } });
  });

  it('a post’s page: a recent post proves it, an old one says nothing about newer ones', () => {
    expect(judge('profile-recency', profile({ pageType: 'post', posts: own(daysAgo(5)) })).status).toBe('met');
    expect(judge('profile-recency', profile({ pageType: 'post', posts: own('2025-01-01') })).status).toBe('unobservable');
  });
});

describe('profile longevity: posts spread over ≥ 3 months', () => {
  it('own posts in three different months is met', () => {
    const r = judge('profile-cadence', profile({ posts: own('2026-11-20', '2026-10-02', '2026-08-15') }));
    expect(r).toMatchObject({ status: 'met', detail: { key: 'detail.months', params: { count: 3 } } });
    expect(r.evidence).toHaveLength(3);
  });

  it('posts in fewer months, on a page reaching back three months or more, is unmet', () => {
    expect(judge('profile-cadence', profile({ posts: own('2026-11-20', '2026-11-02', '2026-06-15') }))).toMatchObject({ status: 'unmet', detail: { params: { count: 2 } } });
  });

  it('a few recent posts and nothing older shown: the page may have cut them short, unobservable', () => {
    expect(judge('profile-cadence', profile({ posts: own('2026-11-20', '2026-10-02') }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.feedTooShort', params: { count: 2 } } });
  });

  it('a page full of recent posts cut the history short: unobservable, "scroll down and check again"', () => {
    const posts = own('2026-11-25', '2026-11-22', '2026-11-18', '2026-11-11', '2026-11-03');
    expect(judge('profile-cadence', profile({ posts }))).toMatchObject({
      status: 'unobservable',
      detail: { key: 'detail.feedTooShort', params: { count: 5, from: '2026-11-03', to: '2026-11-25' } },
    });
  });

  it('reshares fill the page too: a few own posts among many recent reshares is unobservable', () => {
    const posts = [...own('2026-11-25', '2026-10-20'), ...['2026-11-24', '2026-11-20', '2026-11-10', '2026-10-30'].map((d) => post(d, false))];
    expect(judge('profile-cadence', profile({ posts })).status).toBe('unobservable');
  });

  it('when the posts shown reach over three months, own posts in fewer is unmet', () => {
    const posts = [...own('2026-11-25', '2026-11-20', '2026-11-10', '2026-11-02'), post('2026-09-15', false), post('2026-08-01', false)];
    expect(judge('profile-cadence', profile({ posts }))).toMatchObject({ status: 'unmet', detail: { key: 'detail.months', params: { count: 1 } } });
  });

  it('reshares don’t count; no own posts is unobservable', () => {
    expect(judge('profile-cadence', profile({ posts: [post('2026-11-20', false), post('2026-08-01', false), post('2026-05-01', false)] })).status).toBe('unobservable');
  });

  it('a post’s page short of three months is unobservable', () => {
    expect(judge('profile-cadence', profile({ pageType: 'post', posts: own('2026-11-20') })).status).toBe('unobservable');
  });
});
