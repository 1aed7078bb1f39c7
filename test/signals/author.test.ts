import { collectSignals } from '@/lib/signals';
import { cleanName } from '@/lib/signals/author';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

const authorsOf = (body: string, head = '') =>
  collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, 'https://blog.example/post'), { budgetMs: 60_000 }).authors;

describe('author signal', () => {
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

  it('reads a "Med vennlig hilsen" signature as a visible author and a signature', () => {
    const signals = collectSignals(
      parseHtml('<html lang="nb"><body><article><p>Vi har lansert en ny tjeneste for kundene våre, og vi gleder oss til å høre hva dere synes om den. Den er laget for små bedrifter.</p><p>Med vennlig hilsen<br>Ola Nordmann</p></article></body></html>'),
      { budgetMs: 60_000 },
    );
    expect(signals.authors.map((a) => a.name)).toContain('Ola Nordmann');
    expect(signals.engagement.signatures[0]?.value).toBe('Ola Nordmann');
  });

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

  it('cleans bylines into names', () => {
    expect(cleanName('By Jane Doe')).toBe('Jane Doe');
    expect(cleanName('Skrevet av: Kari Nordmann | 7. desember 2016')).toBe('Kari Nordmann');
    expect(cleanName('Av Ola Hansen, rådgiver')).toBe('Ola Hansen');
    expect(cleanName('Posted by Sam on March 3, 2023')).toBe('Sam');
    expect(cleanName('12 comments')).toBeNull();
    expect(cleanName('https://example.com/author')).toBeNull();
    expect(cleanName('')).toBeNull();
  });
});
