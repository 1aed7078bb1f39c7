import type { Draft } from '../draft';
import { all, ev, firstText, metaOf, one, textOf } from '../dom';
import { classify } from '../detect';
import { readLabelValues } from '../label-values';
import { urlOf } from '../url';
import { countOf, followersIn, ownSite } from '../values';

// Mastodon, on any instance. Its web app (signed in or not) renders the account header with
// Mastodon's own semantic classes (account__header, never generated ones): the name in its h1
// beside the @handle, the bio, the profile fields as <dl><dt>/<dd> ("Joined", "Website"; a field
// whose link points back is marked verified), and the counts as links whose title is exact.
// Older instances render the same server-side (public-account-header). The head names the
// profile too: og:title "Name (@user@instance)", og:url, and a description that starts with the
// counts ("1.2K Posts, 56 Following, 7.9K Followers · bio"). Posts: a <time datetime> inside the
// status permalink /@author/<id>; a boost's permalink names the original author.

export function readMastodon(d: Draft): void {
  const { doc } = d;
  const header = one(doc, '.account__header,.public-account-header');
  if (header && d.own(header)) {
    d.alias(firstText(header, (t) => /^@[\w.]+(?:@[\w.-]+)?$/.test(t))?.slice(1).split('@')[0]);
    const h1 = one(header, 'h1');
    d.set('name', firstText(h1), ev(h1, 'header'));
    const about = one(header, '.account__header__content');
    d.set('about', textOf(about), ev(about, 'header'));
    readLabelValues(d, header);
    const links = all(header, 'dl.verified a[href],dd.verified a[href],dd a[href]');
    const site = links.find((a) => ownSite(a.getAttribute('href'), d.url.href));
    d.set('website', ownSite(site?.getAttribute('href'), d.url.href), ev(site, 'profile field'));
    const followers = one(header, 'a[href$="/followers"]');
    d.followers(countOf(followers?.getAttribute('title')) ?? followersIn(textOf(followers)), ev(followers, 'header'));
  }
  if (d.headIsOwn()) {
    const og = /^(.*?)\s*\(@[^)]+\)/.exec(metaOf(doc, 'og:title') ?? '');
    d.set('name', og?.[1], ev(null, 'meta', og?.[0]));
    const description = metaOf(doc, 'og:description') ?? metaOf(doc, 'description');
    d.followers(followersIn(description), ev(null, 'meta', description));
    const bio = followersIn(description) ? description?.split(' · ').slice(1).join(' · ') : description;
    d.set('about', bio, ev(null, 'meta', description));
  }
  // user@instance of the profile and of each status's author: a boost's permalink names the original author.
  const full = (user: string | null | undefined, host: string) => (user && !user.includes('@') ? `${user}@${host}` : user);
  const me = full(d.handle, d.url.hostname);
  for (const time of all(doc, 'a[href] time[datetime]')) {
    const link = urlOf(time.closest('a')!.getAttribute('href'), d.url.href);
    if (!link || !d.own(time) || header?.contains(time)) continue;
    const author = full(classify('mastodon', link)[1], link.hostname);
    const by = !!me && me.toLowerCase() === author?.toLowerCase();
    d.post(time.getAttribute('datetime'), by, ev(time, 'time', `@${author ?? ''} ${time.getAttribute('datetime')}`), link.href);
    // Any account may reply to a public post (Mastodon has no setting that closes replies).
    if (by) d.set('commentsOpen', true, ev(time, 'post'));
  }
}
