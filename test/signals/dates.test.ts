import { collectSignals } from '@/lib/signals';
import { dateFromPath, parseDate, parseEpochMillis } from '@/lib/signals/date-text';
import { summarise } from '@/lib/summary';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

// The dates gatherer (lib/signals/dates.ts, date-text.ts): date parsing, the fixture pages, then
// one invented page per publication-date rule, each mimicking the template that needed it.

const datesOf = (body: string, head = '', url = 'https://blog.example/post') =>
  collectSignals(parseHtml(`<html lang="nb"><head>${head}</head><body>${body}</body></html>`, url), { url, budgetMs: 60_000 }).dates;
const NOTES = 'https://blog.example/notes/harbour-plan';
/** The publication date the popup and the CLI report, on an English page. */
const publishedOf = (body: string, head = '') =>
  summarise(collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, NOTES), { url: NOTES, budgetMs: 60_000 })).published;
const prose = '<p>The council met on Tuesday to discuss the new harbour plan, which residents and businesses have debated for a long time.</p>';

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

describe('dates on the fixture pages and in common markup', () => {
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

describe('publication dates', () => {
  it('reads JSON-LD wrapped in CDATA markers (Medium, XHTML templates)', () => {
    const head = '<script type="application/ld+json">\n<![CDATA[\n{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2026-03-04T05:06:07Z","author":{"@type":"Person","name":"Ola Berg"}}\n]]>\n</script>';
    expect(publishedOf(`<article>${prose}</article>`, head)).toBe('2026-03-04');
  });

  it('reads meta dates carried in `value` and under other common names', () => {
    expect(publishedOf(prose, '<meta value="2026-02-03T10:00:00Z" name="article:published_time">')).toBe('2026-02-03');
    expect(publishedOf(prose, '<meta name="publishDate" content="2026-02-04 12:00:00.000-0600">')).toBe('2026-02-04');
    expect(publishedOf(prose, '<meta name="og:article:published_time" value="2026-02-05T06:00:00Z">')).toBe('2026-02-05');
  });

  it('reads a date inside a byline block ("By Ann Lee<br>March 25, 2026")', () => {
    expect(publishedOf(`<div class="StoryByline">By <b>Ann Lee</b><br>March 25, 2026</div>${prose}`)).toBe('2026-03-25');
  });

  it('reads the text next to a calendar icon and a permalink a[rel=bookmark]', () => {
    expect(publishedOf(`<article>${prose}<div class="links"><i class="fa fa-calendar"></i><a href="#" rel="bookmark">Mai 03, 2026</a></div></article>`)).toBe('2026-05-03');
    expect(publishedOf(`<article><span class="post-timestamp">Thursday, May 28, 2026</span>${prose}</article>`)).toBe('2026-05-28');
  });

  it('never takes a modification stamp (Avada’s hidden .updated) for the publication date', () => {
    const body = `<article><div class="fusion-meta-info"><span class="updated rich-snippet-hidden">2026-09-01T10:00:00+02:00</span><span>Juni 19th, 2026</span></div>${prose}</article>`;
    expect(publishedOf(body)).toBe('2026-06-19');
  });

  it('skips comment dates in Contao’s .comment_default and reads the article’s date', () => {
    const body = `<main><div class="date"><date>19.11.2025</date></div><h1>Title</h1>${prose}<div class="comment_default" id="c12"><p class="info">Kim schrieb: <time datetime="2026-01-05T14:25:40+00:00" class="date">05.01.2026</time></p></div></main>`;
    expect(publishedOf(body)).toBe('2025-11-19');
  });

  it('reads a short date line near the top of the main content, not a date in prose', () => {
    expect(publishedOf(`<main><h1>Release notes</h1><div><a href="https://code.example/ann">Ann</a><span> on June  5, 2026</span></div>${prose}</main>`)).toBe('2026-06-05');
    expect(publishedOf(`<main><h1>History</h1><p>On June 5, 2026 the council agreed, after a long debate that went on for hours, to build the harbour.</p>${prose}</main>`)).toBeNull();
    expect(publishedOf(`<main><h1>Notes</h1><p>Updated June 5, 2026</p>${prose}</main>`)).toBeNull();
  });
});
