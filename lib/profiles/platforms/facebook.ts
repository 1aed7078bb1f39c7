import { MESSAGE_WORDS, TYPICALLY_REPLIES, VERIFIED_WORDS } from '../../patterns/profiles';
import type { Draft } from '../draft';
import { all, ev, firstText, jsonText, metaOf, one, textOf } from '../dom';
import { dateOf, followersIn, ownSite } from '../values';

// Facebook Pages and profiles. The server HTML has no rendered content at all: the Page lives in
// the relay JSON of its <script>s — the header ("__isProfile", "name", "is_verified"), the
// social context ("2.1K followers"; the meta description's "likes" are not followers), the intro
// card (each item's text followed by its "INTRO_CARD_*" type: address, phone, email, website
// through l.facebook.com/l.php, category), the intro bio (profile_status_text) and stories with
// their creation_time. That data is read only from scripts that name the profile in the address
// bar (its id or its vanity address); the signed-in page is read from the rendered DOM as well:
// role=main, its h1, the followers link, the intro's l.php links, role=article posts.

const STRING = '"((?:[^"\\\\]|\\\\.)*)"';
const texts = (part: string) => [...part.matchAll(new RegExp(`"text":${STRING}`, 'g'))].map((m) => jsonText(m[1]) ?? '');
const lastUrl = (part: string) => jsonText([...part.matchAll(new RegExp(`"url":${STRING}`, 'g'))].pop()?.[1]);

const escaped = (s: string | null) => (s ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An address (a post's permalink, an actor's link) that names the Page: by vanity path or numeric id. */
const names = (ids: string[], url: string | null | undefined) =>
  !!url && ids.some((id) => new RegExp(`[/=]${escaped(id)}(?:[/&?]|$)`, 'i').test(url));

function readRelay(d: Draft, blob: string, ids: string[]): void {
  const e = (snippet: string | null | undefined) => ev(null, 'embedded json', snippet);
  const name = jsonText(new RegExp(`"__isProfile":"\\w+","name":${STRING}`).exec(blob)?.[1]);
  d.set('name', name, e(name));
  const verified = new RegExp(`"id":"(?:${ids.map(escaped).join('|')})"[^{}]{0,200}"is_verified":(true|false)`).exec(blob) ?? (blob.includes('profile_header_renderer') ? /"is_verified":(true|false)/.exec(blob) : null);
  if (verified) d.set('verified', verified[1] === 'true', e(`is_verified: ${verified[1]}`));
  const context = blob.indexOf('profile_social_context');
  if (context >= 0) for (const t of texts(blob.slice(context, context + 3000))) d.followers(followersIn(t), e(t));
  const bio = jsonText(new RegExp(`"profile_status_text":\\{[^{}]*?"text":${STRING}`).exec(blob)?.[1]);
  d.set('about', bio, e(bio));
  const parts = blob.split('"timeline_context_list_item_type":"INTRO_CARD_');
  for (let i = 1; i < parts.length; i++) {
    const kind = /^\w+/.exec(parts[i]!)?.[0] ?? '';
    const value = texts(parts[i - 1]!).pop() ?? '';
    const evidence = e(`${kind.toLowerCase()}: ${value}`);
    if (kind === 'ADDRESS') {
      d.contact('addresses', value, evidence);
      d.set('location', value, evidence);
    } else if (/PHONE/.test(kind)) d.contact('phones', value, evidence);
    else if (/EMAIL/.test(kind)) d.contact('emails', value, evidence);
    else if (kind === 'WEBSITE') d.set('website', ownSite(lastUrl(parts[i - 1]!)) ?? ownSite(`http://${value}`), evidence);
    else if (/CATEGORY/.test(kind)) d.set('industry', value.split(' · ').pop(), evidence);
  }
  for (const m of blob.matchAll(new RegExp(`"creation_time":(\\d{9,11}),"url":${STRING}`, 'g'))) {
    const url = jsonText(m[2]);
    d.post(Number(m[1]) * 1000, names(ids, url), e(`creation_time ${m[1]}`), url ?? undefined);
  }
  const replies = TYPICALLY_REPLIES.exec(blob)?.[0];
  d.set('typicallyReplies', replies, e(replies));
}

function readRendered(d: Draft, ids: string[]): void {
  const main = one(d.doc, '[role=main]');
  if (!main) return;
  const h1 = one(main, 'h1');
  d.set('name', firstText(h1), ev(h1, 'heading'));
  const badge = all(h1, '[aria-label],title').find((el) => VERIFIED_WORDS.test(el.getAttribute('aria-label') ?? el.textContent ?? ''));
  if (h1) d.set('verified', !!badge, ev(badge ?? h1, 'heading', badge ? 'verified badge' : null));
  for (const a of all(main, 'a[href*="followers"]')) d.followers(followersIn(textOf(a)), ev(a, 'link'));
  const articles = all(main, '[role=article]').filter((a) => !a.parentElement?.closest('[role=article]'));
  const site = all(main, 'a[href*="l.php"]').find((a) => !a.closest('[role=article]') && ownSite(a.getAttribute('href'), d.url.href));
  d.set('website', ownSite(site?.getAttribute('href'), d.url.href), ev(site, 'intro'));
  const message = all(main, '[aria-label]').find((el) => !el.closest('[role=article]') && MESSAGE_WORDS.test(el.getAttribute('aria-label')!));
  if (message) d.set('messageButton', true, ev(message, 'aria-label'));
  for (const article of articles) {
    const link = all(article, 'a[href]').find((a) => /\/posts\/|story_fbid=|\/permalink|\/videos\/|\/reel\//.test(a.getAttribute('href')!));
    const shown = link?.getAttribute('aria-label') ?? textOf(link, 80);
    const actor = one(article, 'h2 a[href],h3 a[href],strong a[href]');
    d.post(dateOf(shown, d.now), names(ids, actor?.getAttribute('href')), ev(link, 'post', shown), link?.getAttribute('href') ?? undefined);
  }
  const replies = firstText(main, (t) => TYPICALLY_REPLIES.test(t), 5000);
  d.set('typicallyReplies', replies && TYPICALLY_REPLIES.exec(replies)?.[0], ev(main, 'text', replies));
}

export function readFacebook(d: Draft): void {
  const scripts = all(d.doc, 'script:not([src])').map((s) => (s.textContent ?? '').replace(/\\\//g, '/'));
  // A vanity address (facebook.com/acme) is the numeric id the route's props name beside it.
  const vanity = new RegExp(`"userID":"(\\d+)","userVanity":"${escaped(d.handle)}"`, 'i');
  const ids = [d.handle, ...scripts.map((t) => vanity.exec(t)?.[1])].filter((id): id is string => !!id);
  ids.forEach(d.alias);
  // Embedded data of another page (the app navigated since it loaded) names another profile.
  const mine = new RegExp(`${ids.map((id) => `"id":"${escaped(id)}"`).join('|')}|facebook\\.com/${escaped(d.handle)}[/"?]`, 'i');
  for (const blob of scripts) {
    if (ids.length && /"is_verified"|INTRO_CARD_|"creation_time"|profile_social_context|profile_status_text/.test(blob) && mine.test(blob)) readRelay(d, blob, ids);
  }
  readRendered(d, ids);
  // The guest page's og:title is the Page's name (its <title> adds the city).
  if (d.headIsOwn()) d.set('name', metaOf(d.doc, 'og:title'), ev(null, 'meta', metaOf(d.doc, 'og:title')));
}
