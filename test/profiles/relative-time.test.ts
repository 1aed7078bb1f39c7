import { countOf, dateOf, followersIn, joinedOf, linkedInIdTime, monthOf, ownSite, printedDate, relativeTime, tidTime, xIdTime } from '@/lib/profiles/values';

// Dates and counts as the platforms print them, resolved against a fixed analysis time: the
// readers never look at the machine's clock (the unit suite also runs as of 2030-01-01).

const NOW = Date.parse('2025-05-05T12:00:00Z');
const HOUR = 36e5;
const DAY = 24 * HOUR;
const ago = (text: string) => {
  const ms = relativeTime(text, NOW);
  return ms === null ? null : (NOW - ms) / DAY;
};

describe('relative times, against the analysis time', () => {
  it.each([
    // en: LinkedIn and X abbreviations, YouTube's words
    ['4d', 4], ['20h', 20 / 24], ['3w', 21], ['4d Edited', 4], ['4d • Edited •', 4], ['2 days ago', 2], ['a day ago', 1],
    ['an hour ago', 1 / 24], ['Streamed 3 weeks ago', 21], ['yesterday', 1], ['just now', 0], ['45m', 45 / 1440],
    // nb: LinkedIn "3 t", "1 u"; YouTube "for 3 dager siden"
    ['for 3 dager siden', 3], ['3 uker siden', 21], ['for en uke siden', 7], ['3 t', 3 / 24], ['1 u', 7], ['i går', 1], ['for 2 timer siden', 2 / 24],
    // de
    ['vor 2 Tagen', 2], ['vor einem Tag', 1], ['vor 3 Stunden', 3 / 24], ['vor 2 Wochen', 14], ['gestern', 1], ['3 Std.', 3 / 24],
    // es
    ['hace 2 días', 2], ['hace 1 día', 1], ['hace un día', 1], ['hace 2 semanas', 14], ['hace 5 horas', 5 / 24], ['ayer', 1],
    // fr
    ['il y a 3 jours', 3], ['il y a un jour', 1], ['il y a 2 semaines', 14], ['il y a 4 heures', 4 / 24], ['hier', 1], ['3 j', 3],
  ])('%s', (text, days) => {
    expect(ago(text)).toBeCloseTo(days, 5);
  });

  it.each([
    ['1mo', 'months'], ['1 month ago', 'months'], ['for 2 måneder siden', 'months'], ['vor 2 Monaten', 'months'], ['hace 1 mes', 'months'], ['il y a 3 mois', 'months'],
    ['1y', 'years'], ['2 years ago', 'years'], ['for 1 år siden', 'years'], ['vor 1 Jahr', 'years'], ['hace 2 años', 'years'], ['il y a 1 an', 'years'], ['il y a 2 ans', 'years'],
  ])('%s counts months and years by their average length', (text, unit) => {
    const days = ago(text)!;
    const n = Number(/\d+/.exec(text)?.[0] ?? 1);
    expect(days).toBeCloseTo(n * (unit === 'months' ? 30.436875 : 365.2425), 3);
  });

  it.each(['2024', 'Edited', '7:50 PM', '1.2K views', '312 videos', 'a 2 day trip', 'Kommenter', '', 'in 3 days'])('%j is no relative time', (text) => {
    expect(relativeTime(text, NOW)).toBeNull();
  });

  it('never uses the machine clock: the same text at another analysis time is another moment', () => {
    expect(relativeTime('2 days ago', Date.parse('2030-01-03T00:00:00Z'))).toBe(Date.parse('2030-01-01T00:00:00Z'));
  });
});

describe('printed dates', () => {
  it.each([
    ['March 3, 2025 at 9:15 AM', '2025-03-03'],
    ['3. mars 2025 kl. 09:15', '2025-03-03'],
    ['Jan 5, 2012', '2012-01-05'],
    ['5 ene 2012', '2012-01-05'],
    ['le 5 janv. 2012', '2012-01-05'],
    ['5. März 2019', '2019-03-05'],
    ['3 de diciembre de 2020', '2020-12-03'],
    ['Page created - August 1, 2015', '2015-08-01'],
  ])('%s', (text, day) => {
    expect(dateOf(text, NOW)).toBe(day);
  });

  it('a relative date gives an ISO time counted back from now', () => {
    expect(dateOf('hace 1 día', NOW)).toBe('2025-05-04T12:00:00.000Z');
  });

  it('month names and abbreviations in five languages', () => {
    expect(['January', 'jan.', 'januar', 'Jänner', 'enero', 'janvier', 'janv'].map(monthOf)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(['juin', 'juillet', 'juil.', 'Juni', 'julio', 'août', 'Dez', 'déc.', 'desember', 'sept'].map(monthOf)).toEqual([6, 7, 7, 6, 7, 8, 12, 12, 12, 9]);
    expect(['Marketing', 'Novel', 'ma', 'de'].map(monthOf)).toEqual([0, 0, 0, 0]);
    expect(printedDate('Joined January 2010')).toEqual({ y: 2010, m: 1, d: null });
  });
});

describe('joined, as the page states it', () => {
  it.each([
    ['Joined January 2010', '2010-01'],
    ['Ble med mars 2012', '2012-03'],
    ['Seit Januar 2010 bei X', '2010-01'],
    ['Se unió en enero de 2010', '2010-01'],
    ['A rejoint X en janvier 2010', '2010-01'],
    ['Joined Mar 3, 2011', '2011-03'],
    ['2010-01-02T11:14:31.000Z', '2010-01'],
    ['Founded 2011', '2011'],
    ['2011', '2011'],
    ['Grunnlagt', null],
    ['2010-13-01', '2010'],
  ])('%s', (text, joined) => {
    expect(joinedOf(text)).toBe(joined);
  });
});

describe('counts', () => {
  it.each([
    ['3,418', 3418, false], ['2204511', 2204511, false], ['25M', 25_000_000, true], ['3,27 M', 3_270_000, true], ['2.1K', 2100, true],
    ['1.1M', 1_100_000, true], ['2,4 tys.', 2400, true], ['12,5 k', 12_500, true], ['1,1 mill.', 1_100_000, true], ['3.418', 3418, false],
    ['2 918', 2918, false], ['2\u202f918', 2918, false], ['1,2 Mio.', 1_200_000, true], ['4,6 mil', 4600, true],
  ])('%s', (text, n, approx) => {
    expect(countOf(text)).toEqual({ n, approx });
  });

  it.each([
    ['3,418 Followers, 90 Following, 310 Posts', 3418],
    ['12,3k følgere, 200 følger, 1 024 innlegg', 12_300],
    ['3,27 M de suscriptores', 3_270_000],
    ['3,27 millones de suscriptores', 3_270_000],
    ['2204511 followers', 2_204_511],
    ['3.4K likes 3.1K followers', 3100],
    ['3.418 Follower', 3418],
    ['2 918 abonnés', 2918],
    ['3,27 mill. abonnenter', 3_270_000],
    ['1.2K Posts, 56 Following, 789 Followers · bio', 789],
  ])('followers in %j', (text, n) => {
    expect(followersIn(text)?.n).toBe(n);
  });

  it.each(['136 Following', '200 følger', '2,104 likes', '224 Posts', ''])('no followers in %j', (text) => {
    expect(followersIn(text)).toBeNull();
  });
});

describe('times carried in ids', () => {
  it('LinkedIn activity ids: milliseconds in the top 41 bits', () => {
    expect(new Date(linkedInIdTime('7323979559731200000')).toISOString()).toBe('2025-05-02T08:00:00.000Z');
  });
  it('X status ids (snowflakes)', () => {
    expect(new Date(xIdTime('1918213870187446272')).toISOString()).toBe('2025-05-02T08:00:00.000Z');
  });
  it('Bluesky record keys (TIDs)', () => {
    expect(new Date(tidTime('3lo6e6rfs222b')!).toISOString()).toBe('2025-05-02T08:00:00.000Z');
    expect(tidTime('self')).toBeNull();
  });
});

describe('the profile\'s own site', () => {
  it.each([
    ['https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fwww%2Eexample%2Eno&urlhash=x', 'http://www.example.no'],
    ['https://l.facebook.com/l.php?u=http%3A%2F%2Fwww.example.no%2F&h=AT0', 'http://www.example.no/'],
    ['https://www.youtube.com/redirect?event=channel_header&q=https%3A%2F%2Fexample.no%2F', 'https://example.no/'],
    ['https://l.instagram.com/?u=https%3A%2F%2Fexample.no%2Fshop&e=AT0', 'https://example.no/shop'],
    ['https://example.no', 'https://example.no'],
  ])('%s', (href, site) => {
    expect(ownSite(href)).toBe(site);
  });

  it('a t.co link is the address it shows', () => {
    expect(ownSite('https://t.co/AbC123', undefined, 'example.no')).toBe('http://example.no');
    expect(ownSite('https://t.co/AbC123')).toBeNull();
  });

  it.each([
    'https://www.youtube.com/redirect?q=https%3A%2F%2Fwww.facebook.com%2F2045',
    'https://www.instagram.com/example',
    'https://x.com/example',
    'https://www.tiktok.com/@example',
    'https://mastodon.example/@example',
    'https://apps.apple.com/app/id1',
    'https://play.google.com/store/apps/details?id=x',
    'https://www.linkedin.com/company/example',
    'javascript:alert(1)',
    'mailto:post@example.no',
  ])('%s is not an own site', (href) => {
    expect(ownSite(href)).toBeNull();
  });
});
