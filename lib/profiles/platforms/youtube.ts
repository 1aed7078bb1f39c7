import { VERIFIED_WORDS } from '../../patterns/profiles';
import type { Draft } from '../draft';
import { all, ev, one, scriptsWith, spacedText, textOf } from '../dom';
import { dateOf, followersIn, joinedOf, ownSite } from '../values';

// YouTube channels. The server HTML is an empty shell with everything in `ytInitialData`:
// channelMetadataRenderer (title, description, ids), the header (badges, subscriber count, its
// links through youtube.com/redirect), the about panel when loaded (joinedDateText, links,
// country) and the shelves of videos with relative dates ("hace 2 días") — some shelves hold
// other channels' videos, told apart by their owner's browseId. The script stays as it was
// loaded while the app navigates, so it is read only when it names the channel in the address
// bar; otherwise (and as a second source) the rendered header and video grid: custom elements
// and ids, never the generated classes.

type Node = Record<string, unknown>;

function walk(o: unknown, visit: (node: Node) => void, depth = 0): void {
  if (!o || typeof o !== 'object' || depth > 64) return;
  if (!Array.isArray(o)) visit(o as Node);
  for (const v of Object.values(o)) walk(v, visit, depth + 1);
}

/** The text of YouTube's text objects: {simpleText}, {content}, {runs: [{text}]}. */
const said = (o: unknown): string => {
  const t = o as { simpleText?: string; content?: string; runs?: { text?: string }[] } | undefined;
  return t?.simpleText ?? t?.content ?? t?.runs?.map((r) => r.text ?? '').join('') ?? '';
};

function initialData(doc: Document): Node | null {
  for (const text of scriptsWith(doc, 'ytInitialData')) {
    const m = /ytInitialData"?\]?\s*=\s*\{/.exec(text);
    if (!m) continue;
    try {
      return JSON.parse(text.slice(m.index + m[0].length - 1, text.lastIndexOf('}') + 1)) as Node;
    } catch {
      /* not this script */
    }
  }
  return null;
}

function readData(d: Draft, data: Node, ids: Set<string>): void {
  const meta = (data.metadata as Node | undefined)?.channelMetadataRenderer as Node | undefined;
  const e = (snippet: unknown) => ev(null, 'yt-initial-data', String(snippet));
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  d.set('name', text(meta?.title), e(meta?.title));
  d.set('about', text(meta?.description), e(meta?.description));
  let verified = false;
  const header = (node: Node) => {
    const style = String(node.style ?? '');
    const label = String(node.label ?? node.accessibilityLabel ?? '');
    // The badge: a VERIFIED style (c4 header), a CHECK_CIRCLE image (page header view model), or its label.
    if (/VERIFIED/.test(style) || /CHECK_CIRCLE/.test(String(node.imageName ?? node.iconType ?? '')) || VERIFIED_WORDS.test(label)) verified = true;
    const shown = said(node);
    d.followers(followersIn(shown), e(shown));
    if (typeof node.url === 'string') d.set('website', ownSite(node.url), e(node.url));
  };
  walk(data.header, header);
  if (data.header) d.set('verified', verified, e(verified ? 'verified badge' : 'no verification badge'));
  walk(data, (node) => {
    if (node.aboutChannelViewModel || node.channelAboutFullMetadataRenderer) walk(node, header);
    if (node.joinedDateText) d.set('joined', joinedOf(said(node.joinedDateText)), e(said(node.joinedDateText)));
    if (typeof node.country === 'string') d.set('location', node.country, e(node.country));
    const id = node.videoId as string | undefined;
    if (id && node.publishedTimeText) {
      const owner = node.ownerText ?? node.shortBylineText ?? node.longBylineText;
      let others = false;
      walk(owner, (o) => (others ||= typeof o.browseId === 'string' && !ids.has(o.browseId)));
      const when = said(node.publishedTimeText);
      d.post(dateOf(when, d.now), !others, e(`${said(node.title)} · ${when}`.trim()), id);
    }
  });
}

function readDom(d: Draft): void {
  const header = one(d.doc, 'yt-page-header-renderer,yt-page-header-view-model,ytd-c4-tabbed-header-renderer,#page-header,#channel-header');
  if (header && d.own(header)) {
    // The rendered header is the current channel's: its @handle names it as well as the address.
    d.alias(/@[\w.-]+/.exec(spacedText(header))?.[0]);
    const name = one(header, 'h1,#channel-name #text');
    d.set('name', textOf(name, 200), ev(name, 'header'));
    const badge = all(header, '[aria-label]').find((el) => VERIFIED_WORDS.test(el.getAttribute('aria-label')!));
    if (name) d.set('verified', !!badge, ev(badge ?? name, 'aria-label', badge?.getAttribute('aria-label')));
    d.followers(followersIn(spacedText(header)), ev(header, 'header'));
    const link = all(header, 'a[href*="/redirect?"]').find((a) => ownSite(a.getAttribute('href'), d.url.href));
    d.set('website', ownSite(link?.getAttribute('href'), d.url.href), ev(link, 'header link'));
    const about = one(header, 'yt-description-preview-view-model,#channel-tagline');
    d.set('about', textOf(about), ev(about, 'header'));
  }
  for (const item of all(d.doc, 'ytd-rich-item-renderer,ytd-grid-video-renderer,ytd-video-renderer,yt-lockup-view-model')) {
    if (!d.own(item)) continue;
    const span = all(item, 'span').find((s) => dateOf(textOf(s, 60), d.now));
    const owner = one(item, 'ytd-channel-name a[href],a[href^="/@"],a[href*="/channel/"]');
    const id = /[?&]v=([\w-]+)/.exec(one(item, 'a[href*="v="]')?.getAttribute('href') ?? '')?.[1];
    const by = !owner || d.is(decodeURIComponent(owner.getAttribute('href')!).split('/').find((s) => s.startsWith('@') || s.startsWith('UC')));
    if (span) d.post(dateOf(textOf(span, 60), d.now), by, ev(span, 'video'), id);
  }
}

export function readYouTube(d: Draft): void {
  const data = initialData(d.doc);
  const meta = (data?.metadata as Node | undefined)?.channelMetadataRenderer as Node | undefined;
  const ids = new Set<string>(
    [meta?.externalId, meta?.vanityChannelUrl, ...((meta?.ownerUrls as unknown[]) ?? [])]
      .filter((v): v is string => typeof v === 'string')
      .map((v) => decodeURIComponent(v.split('/').pop()!)),
  );
  // Embedded data of the page the app first loaded names another channel after navigation.
  if (data && [...ids].some((id) => d.is(id))) {
    ids.forEach(d.alias);
    readData(d, data, ids);
  }
  readDom(d);
}
