import { collectSignals } from '@/lib/signals';
import { dateFromPath, parseDate, parseEpochMillis } from '@/lib/signals/date-text';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

const datesOf = (body: string, head = '', url = 'https://blog.example/post') =>
  collectSignals(parseHtml(`<html lang="nb"><head>${head}</head><body>${body}</body></html>`, url), { url, budgetMs: 60_000 }).dates;

describe('date parsing', () => {
  it.each([
    ['onsdag 7. desember 2016', '2016-12-07'],
    ['7. des. 2016', '2016-12-07'],
    ['December 7, 2016', '2016-12-07'],
    ['7 December 2016', '2016-12-07'],
    ['2016-12-07', '2016-12-07'],
    ['7. Dezember 2016', '2016-12-07'],
    ['Mai 03, 2017', '2017-05-03'],
    ['07.12.2016', '2016-12-07'],
    ['2026-10-21T10:00:00+00:00', '2026-10-21T10:00:00+00:00'],
  ])('reads %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['31. februar 2016', '2016-13-01', 'no date here', '', '1. januar 1066'])('refuses %s', (text) => expect(parseDate(text)).toBeNull());

  it('reads Blogger epoch milliseconds and URL paths', () => {
    expect(parseEpochMillis('1481122800000')).toBe('2016-12-07T15:00:00.000Z');
    expect(parseEpochMillis('abc')).toBeNull();
    expect(dateFromPath('https://x.blogspot.com/2016/12/post.html')).toEqual({ year: 2016, month: 12, day: null });
    expect(dateFromPath('https://x.example/2016/12/07/post/')).toEqual({ year: 2016, month: 12, day: 7 });
  });
});

describe('dates signal', () => {
  it('reads the Blogger published time, date header and archive widget', () => {
    const d = signalsOf('blogger-nb.html').dates;
    expect(d.published?.date.slice(0, 10)).toBe('2026-11-02');
    expect(d.posts.some((p) => p.date === '2026-11-02')).toBe(true);
    expect(d.archive.length).toBeGreaterThanOrEqual(8);
    expect(d.archive.find((a) => a.year === 2026 && a.month === 11)?.count).toBe(3);
  });

  it('reads WordPress published and updated times and the copyright range', () => {
    const d = signalsOf('wordpress-replies.html').dates;
    expect(d.published?.date).toBe('2026-10-20T08:00:00+00:00');
    expect(d.modified?.date.slice(0, 10)).toBe('2026-10-22');
    expect(d.copyright).toMatchObject({ from: 2015, to: 2026 });
  });

  it('prefers JSON-LD datePublished', () => {
    expect(signalsOf('medium-jsonld.html').dates.published).toMatchObject({ date: '2026-10-05T07:30:12Z', evidence: { source: 'json-ld' } });
  });

  it('falls back to meta tags and the URL path', () => {
    expect(datesOf('<p>x</p>', '<meta property="article:published_time" content="2025-03-01T10:00:00Z">').published?.date).toBe('2025-03-01T10:00:00Z');
    expect(datesOf('<p>x</p>', '', 'https://blog.example/2024/05/17/post/').published?.date).toBe('2024-05-17');
  });

  it('does not take comment times for post dates', () => {
    const d = datesOf('<article><p>x</p></article><ol class="comment-list"><li class="comment"><time datetime="2020-01-01T10:00:00Z">1 Jan</time></li></ol>');
    expect(d.posts).toEqual([]);
  });

  it('reads "Copyright (c) 2009–2016"', () => {
    expect(datesOf('<footer>Copyright (c) 2009–2016 Firma AS</footer>').copyright).toMatchObject({ from: 2009, to: 2016 });
  });
});
