import { collectSignals } from '@/lib/signals';
import { summarise } from '@/lib/summary';
import { parseHtml } from '../helpers/load-fixture';

// One invented page per byline rule in lib/signals/author.ts (news, blog, shop and fiction
// templates). Markup and text are our own.

const url = 'https://site.example/2026/05/story';
const body = `<p>${'The harbour froze overnight and the ferries stayed in port. '.repeat(6)}</p>`;
const docOf = (html: string, head = '') => parseHtml(`<html lang="en"><head>${head}</head><body>${html}</body></html>`, url);
const authorOf = (html: string, head = '') => summarise(collectSignals(docOf(html, head), { url, budgetMs: 60_000 })).author;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('structured data', () => {
  it('takes an inline JSON-LD Person without @id as the author, not another node without @id', () => {
    const head = ld({
      '@type': 'NewsArticle',
      headline: 'Harbour froze',
      image: { '@type': 'ImageObject', url: 'https://site.example/a.jpg' },
      author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Berg' }],
      about: { '@type': 'Place', name: 'Old Harbour Town' },
    });
    const author = authorOf(`<h1>Harbour froze</h1><div class="x1"><a href="/av/ann">Ann Lee</a><a href="/av/bo">Bo Berg</a></div><article>${body}</article>`, head);
    expect(author.names).toEqual(['Ann Lee', 'Bo Berg']);
  });

  it('lists comma-separated co-authors from meta author (news sites)', () => {
    const author = authorOf(`<article><p class="story-byline">By <a class="story-author" href="/people/ann">Ann Lee</a>, <a class="story-author" href="/people/bo">Bo Berg</a></p>${body}</article>`, '<meta name="author" content="Ann Lee, Bo Berg">');
    expect(author.names).toEqual(['Ann Lee', 'Bo Berg']);
  });

  it('ignores product review authors in microdata and names only in content="" attributes (shops)', () => {
    const author = authorOf(`<div itemscope itemtype="https://schema.org/Product"><h1>Rabbit hutch</h1>${body}<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author" content="Per K."></span></div></div><div itemscope itemtype="https://schema.org/Thing"><span itemprop="author" content="Kari Holm"></span></div>`);
    expect(author.present).toBe(false);
  });

  it('does not show an author kept in theme-hidden markup (Avada rich-snippet-hidden)', () => {
    const author = authorOf(`<article><h1>Harbour froze</h1><div class="meta-info"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/admin/" rel="author">AdminName</a></span></span><span>June 19th, 2018</span></div>${body}</article>`);
    expect(author.present).toBe(false);
  });
});

describe('signatures', () => {
  it('does not take a commenter\'s sign-off as the post author', () => {
    const author = authorOf(`<article><h1>Harbour froze</h1>${body}<div id="comments"><ol><li class="comment"><p>Thanks for asking.</p><p>Regards, Joachim</p></li></ol></div></article>`);
    expect(author.present).toBe(false);
  });
});

describe('bylines among other names', () => {
  it('splits a name from the role in an author card whose link holds two headings (news author boxes)', () => {
    const author = authorOf(`<article><h1>Harbour froze</h1>${body}</article><div class="box"><a rel="author" href="/staff/ann"><h4>Ann Lee</h4><h5>Editor for business and climate</h5></a></div>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('keeps the metadata author confirmed even when more than 20 names precede it (long comment threads)', () => {
    const commenters = Array.from({ length: 25 }, (_, i) => `<div class="thread-entry"><a class="msg-author" href="/u/${i}">Reader Number${String.fromCharCode(65 + i)}</a></div>`).join('');
    const author = authorOf(`<article><h1>Harbour froze</h1><a rel="author" href="/staff/ann">Ann Lee</a>${body}</article><section>${commenters}</section>`, '<meta name="author" content="Ann Lee">');
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('ignores bylines in related-post cards (article items of their own with a linked title)', () => {
    const card = (t: string, n: string) => `<article class="card" itemscope itemtype="https://schema.org/BlogPosting"><h2><a href="/${t}">${t}</a></h2><span class="author vcard" itemprop="author"><span class="author-name">by <a class="url fn n" href="/authors/${t}">${n}</a></span></span></article>`;
    const author = authorOf(`<article class="post" itemscope itemtype="https://schema.org/BlogPosting"><h1>Harbour froze</h1><span class="author vcard" itemprop="author"><span class="author-name">by <a class="url fn n" href="/authors/ann">Ann Lee</a></span></span>${body}</article><section class="related">${card('one', 'Bo Berg')}${card('two', 'Cy Dahl')}</section>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('keeps a "Posted by" line in the post body next to the blog\'s metadata author (Blogger team blogs)', () => {
    const author = authorOf(`<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title">Smaller updates</h3><div class="post-body entry-content"><p><em>Posted by Ann Lee, Software Engineer</em></p>${body}</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/1" rel="author"><span itemprop="name">Example Developers</span></a></span></span></div></div>`);
    expect(author.names).toEqual(['Example Developers', 'Ann Lee']);
  });

  it('does not take a forum\'s sponsored pseudo-post label for an author', () => {
    const author = authorOf(`<div class="post"><h1>Forum rules</h1><div class="postbody">${body}<p class="author">von Gesponserte Inhalte</p></div></div>`);
    expect(author.present).toBe(false);
  });
});

describe('bylines without markup', () => {
  it('reads "written and produced by Name" on a one-person site', () => {
    const author = authorOf(`<div id="main"><h1>About this site</h1><p>Harbour Notes is written and produced by Ann Lee.</p>${body}</div>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('reads a "signature" block with itemprop=name (news sites)', () => {
    const author = authorOf(`<main><div class="m-signature"><span class="signature-name" itemprop="name">Harbour Radio</span><time>Published 5 June</time></div>${body}</main>`);
    expect(author.names).toEqual(['Harbour Radio']);
  });

  it('reads "Title by <profile link>" in any case (fiction sites)', () => {
    const author = authorOf(`<div class="header"><a href="/fiction/1"><h2>Frost</h2></a><span> by </span><h3><a href="/profile/42">quill77</a></h3><h1>Chapter 1</h1></div><div class="chapter-content">${body}</div>`);
    expect(author.names).toEqual(['quill77']);
  });

  it('reads "Name on June 5, 2023" under the title (company blogs)', () => {
    const author = authorOf(`<div><h1>Verifying sync</h1><div class="flex"><a href="https://code.example/ann">Ann Lee</a><span>&nbsp;on June 5, 2023</span></div></div><article>${body}</article>`);
    expect(author.names).toEqual(['Ann Lee']);
  });

  it('does not read a body sentence "Oslo on 5 June 2023" further down as a byline', () => {
    const author = authorOf(`<article><h1>Verifying sync</h1>${body}${body}<p>Bergen Harbour on June 5, 2023</p></article>`);
    expect(author.present).toBe(false);
  });
});
