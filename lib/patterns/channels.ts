// Channels a site offers: social profiles, chat widgets and feeds, as data.

/** Hosts of social networks; a link to one of them (not a share link) is a profile. */
export const SOCIAL_HOSTS = [
  'facebook.com', 'instagram.com', 'linkedin.com', 'twitter.com', 'x.com', 'youtube.com', 'tiktok.com',
  'threads.net', 'bsky.app', 'mastodon.social', 'pinterest.com', 'snapchat.com', 'vimeo.com', 'github.com',
];

/** Paths and queries of share/like buttons, which are not the company's own profile. */
export const SHARE_LINK = /\/(?:sharer|share|intent|dialog|plugins|shareArticle|pin\/create|hashtag)\b|[?&](?:u|url|text|share)=/i;

/** Chat widgets, spotted by their loader script or their container (the page's globals are out of reach from an isolated content script). */
export const CHAT_WIDGETS: readonly { name: string; script: readonly string[]; dom: readonly string[] }[] = [
  { name: 'Intercom', script: ['widget.intercom.io', 'js.intercomcdn.com'], dom: ['#intercom-container', '.intercom-lightweight-app'] },
  { name: 'Zendesk', script: ['static.zdassets.com', 'zopim.com'], dom: ['#launcher[title*="Zendesk"]', 'iframe#launcher'] },
  { name: 'Drift', script: ['js.driftt.com', 'drift.com/include'], dom: ['#drift-widget', '#drift-frame-controller'] },
  { name: 'HubSpot', script: ['js.usemessages.com', 'js.hs-scripts.com'], dom: ['#hubspot-messages-iframe-container'] },
  { name: 'Crisp', script: ['client.crisp.chat'], dom: ['.crisp-client'] },
  { name: 'Tawk.to', script: ['embed.tawk.to'], dom: ['.tawk-min-container', 'iframe[title*="chat widget"]'] },
  { name: 'Facebook Messenger', script: ['xfbml.customerchat'], dom: ['.fb-customerchat'] },
  { name: 'LiveChat', script: ['cdn.livechatinc.com'], dom: ['#chat-widget-container'] },
  { name: 'Tidio', script: ['code.tidio.co'], dom: ['#tidio-chat'] },
  { name: 'Freshchat', script: ['wchat.freshchat.com'], dom: ['#fc_frame'] },
];

/** Feed links: `<link rel=alternate>` with these types, or anchors to these paths. */
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json'];
export const FEED_PATH = /(?:\/feed\/?$|\/rss(?:\.xml)?\/?$|\/atom(?:\.xml)?$|\/feeds\/posts\/default|\/index\.xml$|\.rss$)/i;

/** Forms that are contact forms: by class (plugins) or by action path. */
export const CONTACT_FORM = 'form.wpcf7-form, form[class*="contact"], form[id*="contact"], form[action*="contact"], form[action*="kontakt"], form.gform_wrapper form, form[class*="kontakt"], form[id*="kontakt"], .wpforms-form, form.hs-form';
