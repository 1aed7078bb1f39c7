import { collectSignals } from '@/lib/signals';
import { cleanName, cleanNames } from '@/lib/signals/author';
import { summarise } from '@/lib/summary';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

// Rules added while measuring against real pages (npm run bench:accuracy). Each test uses
// invented markup that mimics the platform or pattern the rule serves.

const signalsFor = (body: string, url = 'https://news.example/2026/11/story', head = '') =>
  collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, url), { url, budgetMs: 60_000 });
const filler = '<p>The council met on Tuesday to discuss the new harbour plan, which has been debated for a long time by residents and businesses alike.</p>';

describe('bylines on real-world platforms', () => {
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

  it('reads a byline printed as a paragraph of its own ("By NAME", "// By Name • date")', () => {
    const names = (body: string) => summarise(signalsFor(`<article>${body}${filler}${filler}</article>`)).author.names;
    expect(names('<p>By ERIK STONE</p>')).toEqual(['ERIK STONE']);
    expect(names('<div>// By Ada Park • Nov 11, 2026</div>')).toEqual(['Ada Park']);
    expect(names('<p>By default the harbour office opens at nine.</p>')).toEqual([]);
  });

  it('ignores names in comment forms and photo credits', () => {
    const s = signalsFor(`<article>${filler}<figure><figcaption class="credit">By Photo Agency</figcaption></figure></article><form><label class="comment-form-author">Name (required)</label></form>`);
    expect(summarise(s).author.present).toBe(false);
  });
});

describe('comment sections on real-world platforms', () => {
  it('recognises a WordPress theme with a renamed list by WordPress’s own marks', () => {
    const summary = summarise(signalsOf('wordpress-yoast.html', 'https://rugbrod.example/why-rye/'));
    expect(summary.comments).toEqual({ present: true, system: 'native-wordpress', count: 2, ownerReplies: false, loginRequired: false });
  });

  it('spots a Facebook comments container (loaded by script: contents unknown)', () => {
    expect(summarise(signalsFor(`<article>${filler}</article><div id="fb-comments-container"></div>`)).comments).toMatchObject({ present: true, system: 'facebook', count: null });
  });

  it('finds site-native sections: German "Lesermeinungen", XenForo threads, Contao, comment forms', () => {
    for (const markup of [
      '<div id="lesermeinungen"><h2>Lesermeinungen</h2><p>Kommentare werden geladen</p></div>',
      '<ul class="xenforo-comments-list"><li><div class="xenforo-comment-content">Nice comment</div></li></ul>',
      '<div class="ce_comments block"><h2>Kommentare</h2><div class="comment">Great article</div></div>',
      '<form id="send-comment"><p>Kommentar schreiben</p><textarea name="comment"></textarea></form>',
    ]) {
      expect(summarise(signalsFor(`<article>${filler}</article>${markup}`)).comments.present, markup).toBe(true);
    }
  });
});

describe('contact and about links', () => {
  const pages = (body: string, url = 'https://blog.example/post') => summarise(signalsFor(body, url)).contact;

  it('reads contact labels in several languages and on sister hosts', () => {
    for (const label of ['Contact / Disclaimer', 'Help and Contact Us', 'Kontakta oss', 'Contactez-nous']) {
      expect(pages(`<footer><a href="https://help.other.example/x">${label}</a></footer>`).contactPageLink, label).toBe(true);
    }
    expect(pages('<footer><a href="/impressum">Impressum</a></footer>').contactPageLink).toBe(false);
    expect(pages('<p><a href="/2016/12/kontakt-med-kunder.html">Slik holder vi kontakt med kundene</a></p>').contactPageLink).toBe(false);
  });

  it('counts a contact path on the same blog under another country domain (Blogger .de / .com)', () => {
    expect(pages('<footer><a href="https://lena.blogspot.de/p/kontakt.html">Schreib mir</a></footer>', 'https://lena.blogspot.com/2026/11/post.html').contactPageLink).toBe(true);
  });

  it('reads "About the company", "Om NRK"-style and "Über …" links outside the article, not prose links in it', () => {
    for (const label of ['About the company', 'Om Avisa', 'Über das Blog', 'About us']) {
      expect(pages(`<article>${filler}${filler}</article><footer><a href="https://corp.example/x">${label}</a></footer>`).aboutPageLink, label).toBe(true);
    }
    expect(pages(`<article>${filler}<p>Read <a href="https://study.example/">about the study</a> here. ${filler}</p></article>`).aboutPageLink).toBe(false);
  });
});
