import { collectSignals } from '@/lib/signals';
import { summarise } from '@/lib/summary';
import { parseHtml } from '../helpers/load-fixture';

// Publication-date and byline rules learned from real pages (npm run bench:accuracy), each with
// invented markup that mimics the platform or pattern it serves.

const URL = 'https://blog.example/notes/harbour-plan';
const signalsFor = (body: string, head = '') =>
  collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, URL), { url: URL, budgetMs: 60_000 });
const publishedOf = (body: string, head = '') => summarise(signalsFor(body, head)).published;
const prose = '<p>The council met on Tuesday to discuss the new harbour plan, which residents and businesses have debated for a long time.</p>';

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

describe('bylines', () => {
  it('reads rel=author links in an <address> inside the <article>, even in a meta-column <aside>', () => {
    const body = `<article><aside class="meta-col"><address aria-label="Contributor info"><a rel="author" href="/profile/ann-lee">Ann Lee</a> and <a rel="author" href="/profile/bo-park">Bo Park</a></address></aside>${prose}</article><aside class="sidebar"><a rel="author" href="/profile/cy">Cy Dahl</a></aside>`;
    expect(summarise(signalsFor(body)).author.names).toEqual(['Ann Lee', 'Bo Park']);
  });

  it('takes neither a news dateline ("CAIRO —") nor lower-case words after a greeting for a name', () => {
    const body = `<article><div class="byline"><span class="author">By Ann Lee</span></div><p class="dateline">OSLO —</p><p>The council met on Tuesday.</p>${prose}</article><div class="promo"><p>Yours for as low as $1 a week</p></div>`;
    expect(summarise(signalsFor(body)).author.names).toEqual(['Ann Lee']);
  });

  it('counts a meta author as shown when a short line of its own carries the name', () => {
    const head = '<meta name="author" value="Ann Lee">';
    expect(summarise(signalsFor(`<main><h1>Notes</h1><p>Ann Lee, April 19, 2026</p>${prose}</main>`, head)).author).toMatchObject({ present: true, names: ['Ann Lee'] });
    const dev = '<meta name="author" content="Pixel Studio">';
    expect(summarise(signalsFor(`<header><a href="/">Pixel Studio</a></header><main>${prose}</main><footer><p>© 2026 Pixel Studio</p></footer>`, dev)).author.present).toBe(false);
  });
});
