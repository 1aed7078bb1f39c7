import { MESSAGE_WORDS, VERIFIED_WORDS } from '../../patterns/profiles';
import { closedUnlessOpen, type Draft } from '../draft';
import { all, ev, metaOf, one, spacedText, textOf } from '../dom';
import { readJsonLd } from '../json-ld';
import { readLabelValues } from '../label-values';
import { urlOf } from '../url';
import { dateOf, followersIn, isoOf, linkedInIdTime, ownSite } from '../values';

// LinkedIn company pages (and showcase, school and member pages). The guest page is server
// HTML: a JSON-LD Organization, the top card (h1 name; a line with industry, place and
// "5,750 followers"), About as <dt>/<dd> pairs under data-test-id="about-us__*" and the feed's
// <article data-activity-urn>. Signed in, the same facts sit in the top card and on the About
// tab's <dl>, and the feed's updates carry data-urn. An activity id holds its time (`id >> 22`),
// so a post's date needs no relative "20h". A post is the account's when the actor of the card
// (the lockup after any "… reposted this" header) is the company.

const PROFILE_LINK = 'a[href*="/company/"],a[href*="/showcase/"],a[href*="/school/"],a[href*="/in/"]';
/** A feed update: guest cards carry data-activity-urn, the signed-in feed data-urn; each id holds its time. */
const UPDATE = '[data-activity-urn],[data-urn*="activity:"],[data-urn*="share:"],[data-urn*="ugcPost:"]';
const slugOf = (href: string | null | undefined) => urlOf(href, 'https://www.linkedin.com')?.pathname.split('/')[2];

export function readLinkedIn(d: Draft): void {
  const { doc } = d;
  readJsonLd(d);
  const main = one(doc, 'main,[role=main]') ?? doc.body;
  const h1 = one(main, 'h1');
  d.set('name', textOf(h1, 200), ev(h1, 'heading'));
  readLabelValues(d, main);
  // The top card: the heading's section (guest and signed in), with the follower count in it.
  const card = h1?.closest('section') ?? h1?.parentElement;
  if (card) {
    d.followers(followersIn(spacedText(card)), ev(card, 'top card'));
    const site = all(card, 'a[href]').find((a) => ownSite(a.getAttribute('href'), d.url.href));
    d.set('website', ownSite(site?.getAttribute('href'), d.url.href), ev(site, 'top card'));
    const badge = all(card, '[aria-label],[data-test-icon]').find((el) => VERIFIED_WORDS.test(el.getAttribute('aria-label') ?? el.getAttribute('data-test-icon') ?? ''));
    if (badge) d.set('verified', true, ev(badge, 'top card', 'verified'));
    const message = all(card, 'a,button').find((el) => MESSAGE_WORDS.test(textOf(el, 40)));
    if (message) d.set('messageButton', true, ev(message, 'top card'));
  }
  const description = one(main, '[data-test-id="about-us__description"],h2 + p');
  d.set('about', textOf(description), ev(description, 'data-test-id'));
  if (d.headIsOwn()) d.followers(followersIn(metaOf(doc, 'description')), ev(null, 'meta', metaOf(doc, 'description')));

  for (const item of all(main, UPDATE)) {
    if (item.parentElement?.closest(UPDATE) || !d.own(item)) continue;
    const id = /(?:activity|share|ugcPost):(\d{15,})/.exec(item.getAttribute('data-activity-urn') ?? item.getAttribute('data-urn') ?? '')?.[1];
    const time = one(item, 'time');
    const lockup = one(item, '[data-test-id$="entity-lockup"],.update-components-actor') ?? item;
    const actor = one(lockup, PROFILE_LINK);
    const by = d.is(slugOf(actor?.getAttribute('href')));
    const when = id ? isoOf(linkedInIdTime(id)) : dateOf(textOf(time, 40), d.now);
    d.post(when, by, ev(time ?? lockup, id ? 'activity id' : 'time', spacedText(lockup, 120)), id);
    const comment = by && one(item, '[data-tracking-control-name$="comment-cta"],button[aria-label*="omment" i],button[aria-label*="oment" i]');
    if (comment) d.set('commentsOpen', true, ev(comment, 'post', 'comment'));
  }
  closedUnlessOpen(d);
}
