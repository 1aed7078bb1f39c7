import { all, ev, firstText, one, textOf } from '../dom';
import { closedUnlessOpen, type Draft } from '../draft';
import { readJsonLd } from '../json-ld';
import { countOf, joinedOf, ownSite, xIdTime } from '../values';

// X (and twitter.com). Guest and signed-in views share the data-testid hooks: UserName (name,
// @handle and the verification badge — only inside this block: a quoted post's author carries
// its own), UserDescription, UserUrl (a t.co link showing the address), UserJoinDate,
// UserLocation, UserProfessionalCategory; the followers link /<handle>/verified_followers;
// sendDMFromProfile for a signed-in viewer. The guest page adds a JSON-LD ProfilePage with exact
// counts and the creation time. Posts are <article>s whose first <time> sits in the permalink
// /<author>/status/<id>: a repost's permalink names the original author.

export function readX(d: Draft): void {
  const { doc } = d;
  readJsonLd(d);
  // Outside the chrome: a hover card over another account (in X's #layers) has the same hooks.
  const testId = (id: string) => all(doc, `[data-testid="${id}"]`).find(d.own) ?? null;
  const head = testId('UserName');
  if (head) {
    const badge = one(head, '[data-testid=icon-verified]');
    d.set('name', firstText(head, (t) => !t.startsWith('@')), ev(head, 'data-testid'));
    d.set('verified', !!badge, ev(badge ?? head, 'data-testid', badge ? 'verified badge' : null));
  }
  const text = (field: 'about' | 'location' | 'industry', id: string) => d.set(field, textOf(testId(id)), ev(testId(id), 'data-testid'));
  text('about', 'UserDescription');
  text('location', 'UserLocation');
  text('industry', 'UserProfessionalCategory');
  const site = testId('UserUrl');
  d.set('website', ownSite(site?.getAttribute('href'), d.url.href, textOf(site)), ev(site, 'data-testid'));
  const joined = testId('UserJoinDate');
  d.set('joined', joinedOf(textOf(joined)), ev(joined, 'data-testid'));
  const followers = all(doc, 'a[href$="/verified_followers"],a[href$="/followers"]').find((a) => d.is(a.getAttribute('href')!.split('/')[1]));
  d.followers(countOf(firstText(followers)), ev(followers, 'link'));
  const dm = testId('sendDMFromProfile');
  if (dm) d.set('messageButton', true, ev(dm, 'data-testid'));

  // On a post's page, the replies after it that the account wrote.
  const focalId = d.pageType === 'post' ? d.url.pathname.split('/')[3] : undefined;
  let focal: ReturnType<Draft['post']> = null;
  let replies = 0;
  for (const article of all(doc, 'article')) {
    const time = one(article, 'a[href*="/status/"] time');
    if (!time || !d.own(article)) continue;
    const [, author, , id] = time.closest('a')!.getAttribute('href')!.split('/');
    const by = d.is(author);
    // A status id is a snowflake that carries its time, should the <time> carry none.
    const post = d.post(time.getAttribute('datetime') ?? (id && /^\d{15,}$/.test(id) ? xIdTime(id) : null), by, ev(time, 'time', `@${author} ${textOf(time, 60)}`), id);
    if (focalId && id === focalId) focal = post;
    else if (focal && by) replies++;
    const reply = by && one(article, '[data-testid=reply]:not([aria-disabled=true])');
    if (reply) d.set('commentsOpen', true, ev(reply, 'data-testid', reply.getAttribute('aria-label')));
  }
  if (focal) focal.repliesByAccount = replies;
  closedUnlessOpen(d);
}
