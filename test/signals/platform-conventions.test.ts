import { collectSignals } from '@/lib/signals';
import { summarise } from '@/lib/summary';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

// Rules written from how platforms and countries lay pages out (issue 16), each with a fixture
// page that mimics that markup (test/fixtures/pages) and, where a rule has edges, invented
// snippets on both sides of them. "Today" is the fixtures' 2026-11-26; no date here depends on it.

const summaryOf = (name: string) => summarise(signalsOf(name));
const URL = 'https://firma.example/blog/post/';
const signalsFor = (body: string, lang = 'en') => collectSignals(parseHtml(`<html lang="${lang}"><head></head><body>${body}</body></html>`, URL), { url: URL, budgetMs: 60_000 });
const addresses = (body: string) => signalsFor(body).contact.addresses.map((a) => a.value);
const prose = '<p>The council met on Tuesday to discuss the new harbour plan, which residents and businesses alike have debated for a long time now.</p>';

describe('WordPress, German company blog (wordpress-de-imprint.html)', () => {
  const s = summaryOf('wordpress-de-imprint.html');

  it('takes a reply marked only by comment-author-<the byline author’s slug> as the owner’s', () => {
    expect(s.comments).toMatchObject({ present: true, system: 'native-wordpress', ownerReplies: true, loginRequired: false });
  });

  it('reads the date from a long meta line under the title with no <time>', () => {
    expect(s.published).toBe('2026-03-12');
  });

  it('reads an imprint line whose parts are parted by middle dots', () => {
    expect(signalsOf('wordpress-de-imprint.html').contact.addresses.map((a) => a.value)).toContain('Lindenstraße 12a · 10115 Berlin');
  });
});

describe('owner replies in WordPress threads', () => {
  const thread = (items: string) => `<h1>Post</h1><p class="byline">By <a href="/author/jdoe/">Jane Doe</a></p>${prose}<ol class="comment-list">${items}</ol><form id="commentform" class="comment-form"><textarea name="comment"></textarea><input name="author"><input name="email" type="email"></form>`;
  const item = (cls: string, who: string) => `<li class="comment ${cls} depth-1"><div class="comment-author"><b class="fn">${who}</b></div><div class="comment-metadata"><time datetime="2026-03-13T08:10:00Z">x</time></div><p>Text</p></li>`;
  const owner = (items: string) => summarise(signalsFor(thread(items))).comments.ownerReplies;

  it('counts a signed-in commenter (byuser) as the site’s own where others comment as guests', () => {
    expect(owner(item('', 'Reader') + item('byuser comment-author-support', 'Support team'))).toBe(true);
  });

  it('does not when every commenter is signed in (an account is then no sign of the owner)', () => {
    expect(owner(item('byuser comment-author-reader', 'Reader') + item('byuser comment-author-other', 'Other'))).toBe(false);
  });

  it('counts comment-author-admin, and not another account’s slug', () => {
    expect(owner(item('byuser comment-author-admin', 'Site') + item('byuser comment-author-x', 'X'))).toBe(true);
    expect(owner(item('byuser comment-author-bob', 'Bob') + item('byuser comment-author-x', 'X'))).toBe(false);
  });
});

describe('Spanish company blog (company-es.html)', () => {
  const s = summaryOf('company-es.html');

  it('takes a linked name under the title, the link going to that person’s page, as the byline', () => {
    expect(s.author).toEqual({ present: true, names: ['Ana García'], profileLink: true });
  });

  it('reads a Spanish date ("5 de mayo de 2026")', () => {
    expect(s.published).toBe('2026-05-05');
  });

  it('finds the Facebook XFBML comments tag with nothing loaded in it', () => {
    expect(s.comments).toMatchObject({ present: true, system: 'facebook', loginRequired: true });
  });

  it('reads an address split over elements, with "C/" and a comma before the number, and no version line', () => {
    const found = signalsOf('company-es.html').contact.addresses.map((a) => a.value);
    expect(found).toEqual(['C/ Mayor, 5 28013 Madrid']);
  });
});

describe('linked names under the title', () => {
  const authorOf = (header: string) => summarise(signalsFor(`<article><header><h1>Title</h1>${header}</header><div class="entry-content">${prose}${prose}</div></article>`)).author;

  it('takes a name whose link names the same person', () => {
    expect(authorOf('<p><a href="/people/jane.doe">Jane Doe</a> · 5 May 2026</p>').names).toEqual(['Jane Doe']);
  });

  it('not a topic or a link that names something else', () => {
    expect(authorOf('<p><a href="/category/product-news/">Product News</a></p>').present).toBe(false);
    expect(authorOf('<p><a href="/shop/">Jane Doe</a></p>').present).toBe(false);
    expect(authorOf('<p><a href="/people/jane-doe">jane doe rocks</a></p>').present).toBe(false);
  });

  it('does not take the date in a Ghost byline for a name', () => {
    const ghost = '<div class="article-byline"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-05">May 5, 2026</time></div></div>';
    expect(authorOf(ghost).names).toEqual(['Jane Doe']);
  });
});

describe('French news page (news-fr.html)', () => {
  const s = summaryOf('news-fr.html');

  it('reads a date above the headline, "1er mai 2026"', () => {
    expect(s.published).toBe('2026-05-01');
  });

  it('takes a sign-in button where the comment form would be as "login needed"', () => {
    expect(s.comments).toMatchObject({ present: true, loginRequired: true });
  });

  it('reads a number-first French address', () => {
    expect(s.contact.address).toBe(true);
    expect(signalsOf('news-fr.html').contact.addresses[0]?.value).toBe('12 rue de la Paix – 75002 Paris');
  });
});

describe('Drupal article, English (drupal-en.html)', () => {
  const s = summaryOf('drupal-en.html');

  it('reads Drupal’s "Log in or register to post comments" as login needed', () => {
    expect(s.comments).toMatchObject({ present: true, loginRequired: true });
  });

  it('reads US and UK addresses written over several lines', () => {
    const found = signalsOf('drupal-en.html').contact.addresses.map((a) => a.value);
    expect(found.some((a) => a.endsWith('Springfield, IL 62701') && a.startsWith('1600 Main Street'))).toBe(true);
    expect(found.some((a) => a.startsWith('12 Harbour Street') && a.endsWith('EC1A 9ZZ'))).toBe(true);
  });
});

describe('login notices in other languages', () => {
  const login = (notice: string, lang: string) => summarise(signalsFor(`<h1>T</h1>${prose}<div id="comments" class="comments"><div class="comment"><span class="author">A</span><time datetime="2026-01-01">x</time><p>Hi</p></div><p>${notice}</p></div>`, lang)).comments.loginRequired;

  it.each([
    ['Debes iniciar sesión para publicar un comentario.', 'es'],
    ['Vous devez être connecté pour publier un commentaire.', 'fr'],
    ['Zum Kommentieren bitte anmelden.', 'de'],
    ['Du må være logget inn for å publisere en kommentar.', 'nb'],
    ['Only registered users can comment.', 'en'],
  ])('%s', (notice, lang) => expect(login(notice, lang)).toBe(true));

  it('not a shop’s account link in a section that has an anonymous form', () => {
    const body = `<h1>T</h1>${prose}<div id="comments" class="comments"><a href="/login">Log in</a><form><textarea name="comment"></textarea><input name="author"><input type="email" name="email"></form></div>`;
    expect(summarise(signalsFor(body)).comments.loginRequired).toBe(false);
  });
});

describe('postal addresses of several countries', () => {
  it.each([
    ['<footer><p>Bahnhofstrasse 1, CH-8001 Zürich</p></footer>', '8001 Zürich'],
    ['<footer><p>Kärntner Ring 5–7 | A-1010 Wien</p></footer>', '1010 Wien'],
    ['<footer><p>Storgatan 1, 111 22 Stockholm</p></footer>', '111 22 Stockholm'],
    ['<footer><p>Musterweg 3<br>04109<br>Leipzig</p></footer>', 'Leipzig'],
    ['<footer><p>Exemple SA, 3 bis, avenue Foch, 69006 Lyon</p></footer>', '69006 Lyon'],
    ['<footer><p>Acme, 75 Broadway, New York, NY 10006</p></footer>', 'NY 10006'],
  ])('reads %s', (html, part) => expect(addresses(html).some((a) => a.includes(part))).toBe(true));

  it.each([
    '<p>Windows 11, 2024 Edition</p>',
    '<p>Top 10 · 2025 Trends</p>',
    '<p>Level 3 | 1200 Points</p>',
    '<p>We sold 12 rue signs to 15000 Customers</p>',
    '<p>Standard EN 12345 applies.</p>',
  ])('does not read %s as an address', (html) => expect(addresses(html)).toEqual([]));
});
