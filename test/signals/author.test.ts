import { PageSignals } from '@/lib/contracts/page';
import { collectSignals } from '@/lib/signals';
import { cleanName, cleanNames } from '@/lib/signals/author';
import { summarise } from '@/lib/summary';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

// The author gatherer (lib/signals/author.ts): the fixture pages, then one invented page per
// byline rule. Each page mimics the template that made its rule necessary (news, blogs, shops,
// fiction, and the real pages of npm run bench:accuracy); names and text are our own.

const STORY = 'https://site.example/2026/05/story';
const signalsFor = (body: string, head = '') =>
  collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, STORY), { url: STORY, budgetMs: 60_000 });
/** What the gatherer finds. */
const authorsOf = (body: string, head = '') => signalsFor(body, head).authors;
/** What the popup and the CLI report: the names the page shows, confirmed. */
const authorOf = (body: string, head = '') => summarise(signalsFor(body, head)).author;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
/** Article text long enough to be the page's main content. */
const prose = `<p>${'The harbour froze overnight and the ferries stayed in port. '.repeat(6)}</p>`;
const sentence = '<p>The council met on Tuesday to discuss the new harbour plan, which residents and businesses have debated for a long time.</p>';

describe('authors on the fixture pages', () => {
  it('reads the Blogger "Skrevet av" byline with its profile link', () => {
    const [author] = signalsOf('blogger-nb.html').authors;
    expect(author).toMatchObject({ name: 'Kari Nordmann', visible: true });
    expect(author!.profileUrl).toContain('blogger.com/profile/');
    expect(author!.evidence.selector).toBeTruthy();
  });

  it('reads the WordPress byline, author page link and bio box', () => {
    const [author] = signalsOf('wordpress-replies.html').authors;
    expect(author).toMatchObject({ name: 'Jane Doe', visible: true });
    expect(author!.profileUrl).toMatch(/\/author\/jane-doe\/$/);
    expect(author!.bio?.value).toMatch(/customer service/i);
  });

  it('takes the JSON-LD author of a Medium-like article and its profile URL', () => {
    const [author] = signalsOf('medium-jsonld.html').authors;
    expect(author).toMatchObject({ name: 'Nora Berg', visible: true });
    expect(author!.profileUrl).toContain('@noraberg');
  });

  it('finds no author on a page without one', () => {
    expect(signalsOf('bare.html').authors).toEqual([]);
    expect(signalsOf('company.html').authors).toEqual([]);
  });

  it('reads a classic Blogger byline inside the main .widget.Blog, not a sidebar widget’s', () => {
    const signals = signalsOf('blogger-team-de.html', 'https://werkstattnotizen.blogspot.com/2026/11/gartenbank.html');
    expect(summarise(signals).author).toMatchObject({ present: true, names: ['Lena Vogel'] });
  });

  it('follows a Yoast @graph author reference and drops teaser bylines the metadata does not confirm', () => {
    const signals = signalsOf('wordpress-yoast.html', 'https://rugbrod.example/why-rye/');
    const summary = summarise(signals);
    expect(summary.author).toEqual({ present: true, names: ['Mia Holm'], profileLink: true });
    expect(summary.published).toBe('2026-10-12');
  });
});

describe('names from bylines', () => {
  it('cleans bylines into names', () => {
    expect(cleanName('By Jane Doe')).toBe('Jane Doe');
    expect(cleanName('Skrevet av: Kari Nordmann | 7. desember 2016')).toBe('Kari Nordmann');
    expect(cleanName('Av Ola Hansen, rådgiver')).toBe('Ola Hansen');
    expect(cleanName('Posted by Sam on March 3, 2023')).toBe('Sam');
    expect(cleanName('12 comments')).toBeNull();
    expect(cleanName('https://example.com/author')).toBeNull();
    expect(cleanName('')).toBeNull();
  });

  it('splits bylines that name several people, and keeps a role out of the name', () => {
    expect(cleanNames('Posted by Ann Lee, Bo Park and Cy Dahl - Security team')).toEqual(['Ann Lee', 'Bo Park', 'Cy Dahl']);
    expect(cleanNames('Par Jean Dupont (avec Marie Curie et Paul Roux)')).toEqual(['Jean Dupont', 'Marie Curie', 'Paul Roux']);
    expect(cleanNames('Brian Olsen, Vice President, Example Cloud')).toEqual(['Brian Olsen']);
  });

  it('cuts dates, update stamps and labels glued to a name', () => {
    expect(cleanName('Nina Holt March 25')).toBe('Nina Holt');
    expect(cleanName('Nina HoltJul 1')).toBe('Nina Holt');
    expect(cleanName('lupo am 26/10/13')).toBe('lupo');
    expect(cleanName('Wire Service Updated: January 16')).toBe('Wire Service');
    expect(cleanName('~ Cem Demir')).toBe('Cem Demir');
    expect(cleanName('View all posts by Jane Doe')).toBe('Jane Doe');
    expect(cleanName('Foto: Kari Nordmann')).toBeNull();
    expect(cleanName('Name *')).toBeNull();
  });
});

describe('bylines', () => {
  it('counts a name that only sits in <meta name=author> as not visible', () => {
    const authors = authorsOf('<p>Some text about products.</p>', '<meta name="author" content="Web Agency AS">');
    expect(authors).toEqual([expect.objectContaining({ name: 'Web Agency AS', visible: false })]);
  });

  it('ignores commenters and sidebar widgets', () => {
    const authors = authorsOf(`
      <article><h1>Post</h1><p>Text</p></article>
      <aside class="widget"><span class="author">Widget Person</span></aside>
      <ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">Reader Name</b></div></li></ol>`);
    expect(authors).toEqual([]);
  });

  it('reads "Posted by" text and microformats h-card authors', () => {
    expect(authorsOf('<article class="h-entry"><a class="p-author h-card" href="https://kari.example/">Kari Nordmann</a></article>')[0]).toMatchObject({
      name: 'Kari Nordmann',
      profileUrl: 'https://kari.example/',
    });
    expect(authorsOf('<article><p>Posted by Jane Smith on 3 May 2026</p></article>')[0]?.name).toBe('Jane Smith');
  });

  it('finds a byline line "By <a>Name</a>" in a news header above the article, not the dateline below it', () => {
    const author = authorOf('<header><h1>Harbour froze</h1><div class="meta"><span>By <a href="/staff/ann">Ann Lee</a></span></div></header><article><p><b>OSLO —</b> The harbour froze overnight, and ferries stayed in port.</p><p>More.</p></article>');
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('reads a byline printed as a paragraph of its own ("By NAME", "// By Name • date")', () => {
    const names = (body: string) => authorOf(`<article>${body}${sentence}${sentence}</article>`).names;
    expect(names('<p>By ERIK STONE</p>')).toEqual(['ERIK STONE']);
    expect(names('<div>// By Ada Park • Nov 11, 2026</div>')).toEqual(['Ada Park']);
    expect(names('<p>By default the harbour office opens at nine.</p>')).toEqual([]);
  });

  it('ignores names in comment forms and photo credits', () => {
    const s = signalsFor(`<article>${sentence}<figure><figcaption class="credit">By Photo Agency</figcaption></figure></article><form><label class="comment-form-author">Name (required)</label></form>`);
    expect(summarise(s).author.present).toBe(false);
  });

  it('reads rel=author links in an <address> inside the <article>, even in a meta-column <aside>', () => {
    const body = `<article><aside class="meta-col"><address aria-label="Contributor info"><a rel="author" href="/profile/ann-lee">Ann Lee</a> and <a rel="author" href="/profile/bo-park">Bo Park</a></address></aside>${sentence}</article><aside class="sidebar"><a rel="author" href="/profile/cy">Cy Dahl</a></aside>`;
    expect(authorOf(body).names).toEqual(['Ann Lee', 'Bo Park']);
  });

  it('takes neither a news dateline ("CAIRO —") nor lower-case words after a greeting for a name', () => {
    const body = `<article><div class="byline"><span class="author">By Ann Lee</span></div><p class="dateline">OSLO —</p><p>The council met on Tuesday.</p>${sentence}</article><div class="promo"><p>Yours for as low as $1 a week</p></div>`;
    expect(authorOf(body).names).toEqual(['Ann Lee']);
  });

  it('counts a meta author as shown when a short line of its own carries the name', () => {
    const head = '<meta name="author" value="Ann Lee">';
    expect(authorOf(`<main><h1>Notes</h1><p>Ann Lee, April 19, 2026</p>${sentence}</main>`, head)).toMatchObject({ present: true, names: ['Ann Lee'] });
    const dev = '<meta name="author" content="Pixel Studio">';
    expect(authorOf(`<header><a href="/">Pixel Studio</a></header><main>${sentence}</main><footer><p>© 2026 Pixel Studio</p></footer>`, dev).present).toBe(false);
  });
});

describe('structured data', () => {
  it('takes an inline JSON-LD Person without @id as the author, not another node without @id', () => {
    const head = ld({
      '@type': 'NewsArticle',
      headline: 'Harbour froze',
      image: { '@type': 'ImageObject', url: 'https://site.example/a.jpg' },
      author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Berg' }],
      about: { '@type': 'Place', name: 'Old Harbour Town' },
    });
    const author = authorOf(`<h1>Harbour froze</h1><div class="x1"><a href="/av/ann">Ann Lee</a><a href="/av/bo">Bo Berg</a></div><article>${prose}</article>`, head);
    expect(author.names).toEqual(['Ann Lee', 'Bo Berg']);
  });

  it('lists comma-separated co-authors from meta author (news sites)', () => {
    const author = authorOf(`<article><p class="story-byline">By <a class="story-author" href="/people/ann">Ann Lee</a>, <a class="story-author" href="/people/bo">Bo Berg</a></p>${prose}</article>`, '<meta name="author" content="Ann Lee, Bo Berg">');
    expect(author.names).toEqual(['Ann Lee', 'Bo Berg']);
  });

  it('ignores product review authors in microdata and names only in content="" attributes (shops)', () => {
    const author = authorOf(`<div itemscope itemtype="https://schema.org/Product"><h1>Rabbit hutch</h1>${prose}<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author" content="Per K."></span></div></div><div itemscope itemtype="https://schema.org/Thing"><span itemprop="author" content="Kari Holm"></span></div>`);
    expect(author.present).toBe(false);
  });

  it('does not show an author kept in theme-hidden markup (Avada rich-snippet-hidden)', () => {
    const author = authorOf(`<article><h1>Harbour froze</h1><div class="meta-info"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/admin/" rel="author">AdminName</a></span></span><span>June 19th, 2018</span></div>${prose}</article>`);
    expect(author.present).toBe(false);
  });
});

describe('signatures', () => {
  it('reads a "Med vennlig hilsen" signature as a visible author and a signature', () => {
    const signals = collectSignals(
      parseHtml('<html lang="nb"><body><article><p>Vi har lansert en ny tjeneste for kundene våre, og vi gleder oss til å høre hva dere synes om den. Den er laget for små bedrifter.</p><p>Med vennlig hilsen<br>Ola Nordmann</p></article></body></html>'),
      { budgetMs: 60_000 },
    );
    expect(signals.authors.map((a) => a.name)).toContain('Ola Nordmann');
    expect(signals.engagement.signatures[0]?.value).toBe('Ola Nordmann');
  });

  it('does not take a commenter\'s sign-off as the post author', () => {
    const author = authorOf(`<article><h1>Harbour froze</h1>${prose}<div id="comments"><ol><li class="comment"><p>Thanks for asking.</p><p>Regards, Joachim</p></li></ol></div></article>`);
    expect(author.present).toBe(false);
  });
});

describe('bylines among other names', () => {
  it('splits a name from the role in an author card whose link holds two headings (news author boxes)', () => {
    const author = authorOf(`<article><h1>Harbour froze</h1>${prose}</article><div class="box"><a rel="author" href="/staff/ann"><h4>Ann Lee</h4><h5>Editor for business and climate</h5></a></div>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('keeps the metadata author confirmed even when more than 20 names precede it (long comment threads)', () => {
    const commenters = Array.from({ length: 25 }, (_, i) => `<div class="thread-entry"><a class="msg-author" href="/u/${i}">Reader Number${String.fromCharCode(65 + i)}</a></div>`).join('');
    const author = authorOf(`<article><h1>Harbour froze</h1><a rel="author" href="/staff/ann">Ann Lee</a>${prose}</article><section>${commenters}</section>`, '<meta name="author" content="Ann Lee">');
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('ignores bylines in related-post cards (article items of their own with a linked title)', () => {
    const card = (t: string, n: string) => `<article class="card" itemscope itemtype="https://schema.org/BlogPosting"><h2><a href="/${t}">${t}</a></h2><span class="author vcard" itemprop="author"><span class="author-name">by <a class="url fn n" href="/authors/${t}">${n}</a></span></span></article>`;
    const author = authorOf(`<article class="post" itemscope itemtype="https://schema.org/BlogPosting"><h1>Harbour froze</h1><span class="author vcard" itemprop="author"><span class="author-name">by <a class="url fn n" href="/authors/ann">Ann Lee</a></span></span>${prose}</article><section class="related">${card('one', 'Bo Berg')}${card('two', 'Cy Dahl')}</section>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('keeps a "Posted by" line in the post body next to the blog\'s metadata author (Blogger team blogs)', () => {
    const author = authorOf(`<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title">Smaller updates</h3><div class="post-body entry-content"><p><em>Posted by Ann Lee, Software Engineer</em></p>${prose}</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/1" rel="author"><span itemprop="name">Example Developers</span></a></span></span></div></div>`);
    expect(author.names).toEqual(['Example Developers', 'Ann Lee']);
  });

  it('does not take a forum\'s sponsored pseudo-post label for an author', () => {
    const author = authorOf(`<div class="post"><h1>Forum rules</h1><div class="postbody">${prose}<p class="author">von Gesponserte Inhalte</p></div></div>`);
    expect(author.present).toBe(false);
  });
});

describe('bylines without markup', () => {
  it('reads "written and produced by Name" on a one-person site', () => {
    const author = authorOf(`<div id="main"><h1>About this site</h1><p>Harbour Notes is written and produced by Ann Lee.</p>${prose}</div>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('reads a "signature" block with itemprop=name (news sites)', () => {
    const author = authorOf(`<main><div class="m-signature"><span class="signature-name" itemprop="name">Harbour Radio</span><time>Published 5 June</time></div>${prose}</main>`);
    expect(author.names).toEqual(['Harbour Radio']);
  });

  it('reads "Title by <profile link>" in any case (fiction sites)', () => {
    const author = authorOf(`<div class="header"><a href="/fiction/1"><h2>Frost</h2></a><span> by </span><h3><a href="/profile/42">quill77</a></h3><h1>Chapter 1</h1></div><div class="chapter-content">${prose}</div>`);
    expect(author.names).toEqual(['quill77']);
  });

  it('reads "Name on June 5, 2023" under the title (company blogs)', () => {
    const author = authorOf(`<div><h1>Verifying sync</h1><div class="flex"><a href="https://code.example/ann">Ann Lee</a><span>&nbsp;on June 5, 2023</span></div></div><article>${prose}</article>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('does not read a body sentence "Oslo on 5 June 2023" further down as a byline', () => {
    const author = authorOf(`<article><h1>Verifying sync</h1>${prose}${prose}<p>Bergen Harbour on June 5, 2023</p></article>`);
    expect(author.present).toBe(false);
  });
});

describe('an author whose profile address is absurdly long', () => {
  it('is kept, without the address: nothing longer than the contract allows comes back', () => {
    const href = `/team/ana-garcia/?${'x'.repeat(2100)}`;
    const doc = parseHtml(`<html><body><main><article><h1>Nueva tostadora</h1><p><a href="${href}">Ana García</a></p><p>Texto del artículo con varias frases.</p></article></main></body></html>`, 'https://cafe.example/blog/tostadora');
    const signals = collectSignals(doc, { url: 'https://cafe.example/blog/tostadora' });
    const parsed = PageSignals.safeParse(signals);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual([]);
    for (const a of signals.authors) expect((a.profileUrl ?? '').length).toBeLessThanOrEqual(2000);
  });
});
