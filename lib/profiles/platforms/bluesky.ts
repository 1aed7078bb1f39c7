import { all, ev, firstText, metaOf, one, textOf } from '../dom';
import { closedUnlessOpen, type Draft } from '../draft';
import { dateOf, followersIn, ownSite, tidTime } from '../values';

// Bluesky (bsky.app). Guest and signed-in views share the data-testid hooks: profileView,
// profileHeaderDisplayName (with the verification button beside the name when the account has
// one), profileHeaderFollowersButton (aria-label "2204511 followers", exact; the visible "2.2M"
// is rounded), profileHeaderDescription, feedItem-by-<handle> and postThreadItem-by-<handle>.
// A post's date link /profile/<author>/post/<rkey> names its author (a repost's names the
// original one) and its rkey is a TID carrying the time; its aria-label is the printed date.

export function readBluesky(d: Draft): void {
  const { doc } = d;
  // Outside the chrome: a hover card over another account (in a portal) has the same hooks.
  const testId = (id: string) => all(doc, `[data-testid="${id}"]`).find(d.own) ?? null;
  const view = testId('profileView');
  // The handle shown under the name (the address may hold a DID instead).
  d.alias(firstText(view, (t) => /^@[\w.-]+$/.test(t))?.slice(1));
  const name = testId('profileHeaderDisplayName');
  d.set('name', firstText(name), ev(name, 'data-testid'));
  const badge = one(name, 'button');
  if (badge) d.set('verified', true, ev(badge, 'aria-label', badge.getAttribute('aria-label')));
  const followers = testId('profileHeaderFollowersButton');
  const label = followers?.getAttribute('aria-label');
  d.followers(followersIn(label) ?? followersIn(textOf(followers)), ev(followers, 'aria-label', label));
  const about = testId('profileHeaderDescription');
  d.set('about', textOf(about), ev(about, 'data-testid'));
  const site = all(about, 'a[href]').find((a) => ownSite(a.getAttribute('href'), d.url.href));
  d.set('website', ownSite(site?.getAttribute('href'), d.url.href), ev(site, 'bio link'));
  if (d.headIsOwn()) {
    d.alias(metaOf(doc, 'profile:username'));
    const og = /^(.*?)\s*\(@[\w.-]+\)$/.exec(metaOf(doc, 'og:title') ?? '');
    d.set('name', og?.[1], ev(null, 'meta', og?.[0]));
    d.set('about', metaOf(doc, 'og:description'), ev(null, 'meta', metaOf(doc, 'og:description')));
  }

  const focalKey = d.pageType === 'post' ? d.url.pathname.split('/')[4] : undefined;
  let focal: ReturnType<Draft['post']> = null;
  let replies = 0;
  for (const item of all(doc, '[data-testid^="feedItem-by-"],[data-testid^="postThreadItem-by-"]')) {
    const link = one(item, 'a[href*="/post/"][aria-label],a[href*="/post/"][data-tooltip]');
    if (!link || !d.own(item)) continue;
    const [, , author, , rkey = ''] = link.getAttribute('href')!.split('/');
    const shown = link.getAttribute('aria-label') ?? link.getAttribute('data-tooltip');
    const by = d.is(author);
    const post = d.post(tidTime(rkey) ?? dateOf(shown, d.now), by, ev(link, 'aria-label', shown), `${author}/${rkey}`);
    if (focalKey && rkey === focalKey) focal = post;
    else if (focal && by) replies++;
    const reply = by && one(item, '[data-testid=replyBtn]:not([aria-disabled=true])');
    if (reply) d.set('commentsOpen', true, ev(reply, 'data-testid', reply.getAttribute('aria-label')));
  }
  if (focal) focal.repliesByAccount = replies;
  closedUnlessOpen(d);
}
