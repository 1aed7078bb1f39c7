import { MESSAGE_WORDS, VERIFIED_WORDS } from '../../patterns/profiles';
import type { Draft } from '../draft';
import { all, ev, metaOf, one, textOf } from '../dom';
import { countOf, followersIn, ownSite } from '../values';

// Instagram. The guest server HTML has meta tags only: og:title "Name (@handle) •
// Instagram photos and videos", and the description "3,418 Followers, 90 Following, 310 Posts -
// Name (@handle) on Instagram: "bio"" (localised: "3,418 følgere, 90 følger, 310 innlegg").
// The document title follows the app's navigation, the meta tags may not: they count only when the
// canonical address names the profile. Rendered (signed in or not): the <header> with the
// followers link (its <span title> holds the exact count), the bio link through l.instagram.com,
// the verification mark's accessible name; posts carry <time datetime> only on a post's own page.

const TITLE = /^(.*?)\s*\(@([\w.]+)\)/;

export function readInstagram(d: Draft): void {
  const { doc } = d;
  const title = TITLE.exec(doc.title);
  if (title && d.is(title[2])) d.set('name', title[1], ev(null, 'title', doc.title));
  const header = one(doc, 'main header') ?? one(doc, 'header');
  if (header && d.own(header)) {
    const link = one(header, 'a[href$="/followers/"],a[href$="/followers"]');
    const exact = countOf(one(link, '[title]')?.getAttribute('title'));
    const shown = [link, ...all(header, 'li')].map((el) => followersIn(textOf(el))).find(Boolean) ?? null;
    d.followers(exact ?? shown, ev(link ?? header, 'header'));
    const site = all(header, 'a[href]').find((a) => ownSite(a.getAttribute('href'), d.url.href));
    d.set('website', ownSite(site?.getAttribute('href'), d.url.href), ev(site, 'header link'));
    const badge = all(header, '[aria-label],title').find((el) => VERIFIED_WORDS.test(el.getAttribute('aria-label') ?? el.textContent ?? ''));
    if (badge) d.set('verified', true, ev(badge, 'header', 'verified'));
    const message = all(header, 'button,[role=button],a').find((el) => MESSAGE_WORDS.test(textOf(el, 40)));
    if (message) d.set('messageButton', true, ev(message, 'header'));
  }
  if (d.headIsOwn()) {
    const og = TITLE.exec(metaOf(doc, 'og:title') ?? '');
    if (og && d.is(og[2])) d.set('name', og[1], ev(null, 'meta', og[0]));
    const description = metaOf(doc, 'description') ?? metaOf(doc, 'og:description');
    d.followers(followersIn(description), ev(null, 'meta', description));
    const bio = /:\s*["“«]([\s\S]+)["”»]\s*$/.exec(description ?? '')?.[1];
    d.set('about', bio, ev(null, 'meta', bio));
  }
  // A post's own page: its permalink's <time> (comments link to …/c/<id>/).
  for (const time of all(doc, 'a[href*="/p/"] time[datetime],a[href*="/reel/"] time[datetime]')) {
    const href = time.closest('a')!.getAttribute('href')!;
    if (/\/c\/\d/.test(href) || !d.own(time)) continue;
    const author = all(time.closest('article') ?? doc, 'a[href]')
      .map((a) => /^\/([\w.]+)\/?$/.exec(a.getAttribute('href')!)?.[1])
      .find((h) => h && !/^(?:explore|accounts|p|reel)$/.test(h));
    // A post's address (/p/<id>/) names no account: the post's author is the page's.
    if (d.pageType === 'post' && !d.handle && !d.p.posts.length) d.alias(author);
    d.post(time.getAttribute('datetime'), d.is(author), ev(time, 'time', `@${author ?? ''} ${time.getAttribute('datetime')}`), href);
  }
}
