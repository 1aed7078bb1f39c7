import type { ProfilePageType, ProfilePlatform } from '../contracts/profile';

// What the social platforms print around a profile, as data: the words of their label/value
// pairs, counts and marks in the languages Tillit reads (en, nb, de, es, fr), the hosts that are
// the platforms themselves, and the regions of their pages that are the platform's own chrome.

/**
 * What a platform address is, by its path: the first rule that matches decides the page type, its
 * first group (or the query parameter named third) is the account. Anything else is 'other'.
 */
export const PAGE_RULES: Record<ProfilePlatform, readonly (readonly [RegExp, ProfilePageType, string?])[]> = {
  x: [
    [/^\/(?:home|explore|search)?\/?$/, 'feed'],
    [/^\/(?:i|settings|notifications|messages|compose|tos|privacy|login|logout|signup|hashtag|jobs|lists|bookmarks|communities|premium\w*|intent|share|account)(?:\/|$)/, 'other'],
    [/^\/(\w{1,15})\/status\//, 'post'],
    [/^\/(\w{1,15})(?:\/|$)/, 'profile'],
  ],
  youtube: [
    [/^\/(@[^/]+)/, 'profile'],
    [/^\/(?:channel|c|user)\/([^/]+)/, 'profile'],
    [/^\/(?:watch|shorts|live|post|playlist)\b/, 'post'],
    [/^\/(?:feed\/|results|$)/, 'feed'],
  ],
  linkedin: [
    [/^\/(?:company|showcase|school|in)\/([^/]+)/, 'profile'],
    [/^\/posts\/([^_/]+)/, 'post'],
    [/^\/feed\/update\//, 'post'],
    [/^\/(?:feed\/?)?$/, 'feed'],
  ],
  facebook: [
    [/^\/(?:home\.php|watch|reels?)?\/?$/, 'feed'],
    [/^\/(?:permalink|story)\.php/, 'post', 'id'],
    [/^\/profile\.php/, 'profile', 'id'],
    [/^\/people\/[^/]+\/(\d+)/, 'profile'],
    [/^\/pg\/([^/]+)/, 'profile'],
    [/^\/(?:groups|marketplace|gaming|events|help|policies|privacy|login|settings|friends|messages|notifications|bookmarks|stories|hashtag|search|photo|share|sharer|saved|business|ads|legal|terms|about|pages|fundraisers|memories|dialog|plugins|l\.php)\b/, 'other'],
    [/^\/([^/]+)\/(?:posts|videos|photos|permalink)\/./, 'post'],
    [/^\/([^/]+)/, 'profile'],
  ],
  instagram: [
    [/^\/(?:p|reel|tv)\//, 'post'],
    [/^\/(?:(?:explore|reels)(?:\/|$)|$)/, 'feed'],
    [/^\/(?:accounts|direct|stories|about|legal|developer|web|emails|challenge|privacy|session)(?:\/|$)/, 'other'],
    [/^\/([\w.]+)\/(?:p|reel|tv)\//, 'post'],
    [/^\/([\w.]+)/, 'profile'],
  ],
  bluesky: [
    [/^\/profile\/([^/]+)\/post\//, 'post'],
    [/^\/profile\/([^/]+)/, 'profile'],
    [/^\/(?:$|search|feeds|hashtag)/, 'feed'],
  ],
  mastodon: [
    [/^\/(?:@|users\/)([^/]+)\/(?:statuses\/)?\d+/, 'post'],
    [/^\/(?:@|users\/)([^/]+)/, 'profile'],
    [/^\/(?:(?:home|public|explore|tags)(?:\/|$)|$)/, 'feed'],
  ],
};

/** Words after a follower count: "5,750 followers", "3,27 M de suscriptores", "2,1 k følgere". Not "Following"/"følger". */
export const FOLLOWER_WORDS =
  'followers?|følgere|abonnenter|abonnenten|abonnés?|seguidores|suscriptores|subscribers|volgers|följare|obserwujących';

/** Labels of label/value pairs (LinkedIn's About, Mastodon's fields, Facebook's Page transparency). */
export const PROFILE_LABELS = {
  website: 'website|nettsted|nettside|webseite|sitio web|site web|site internet|homepage|hjemmeside|web|www|blog',
  industry: 'industry|bransje|branche|sector|secteur|industria',
  size: 'company size|bedriftsstørrelse|størrelse|unternehmensgröße|tamaño de la empresa|taille de l.entreprise',
  location: 'headquarters|hovedkontor|hauptsitz|sede|siège social|location|sted|standort|ubicación',
  joined: 'founded|grunnlagt|gegründet|fundación|fundada|fondée en|fondée|created|opprettet|erstellt|creada|créée|joined|ble med|beigetreten|se unió|a rejoint|medlem siden|page created|side opprettet',
  phone: 'phone|telefon|teléfono|téléphone',
  email: 'e-?mail|e-?post|correo',
} as const;

/** Accessible names of verification marks ("Verified account", "Verificada", "Bekreftet konto"). */
export const VERIFIED_WORDS = /^(?:verified|verificad[ao]|bekreftet|verifisert|verifiziert|vérifié|certifié)/i;

/** The platforms' reply-time indicator: "Typically replies within an hour", "Svarer vanligvis innen en time". */
export const TYPICALLY_REPLIES =
  /(?:typically (?:replies|responds)|usually responds|svarer (?:vanligvis|som regel)|antwortet (?:normalerweise|in der regel)|suele responder|répond (?:généralement|habituellement))[^.!\n"]{0,60}/i;

/** Accessible names of message buttons on a profile ("Message", "Send melding", "Nachricht senden"). */
export const MESSAGE_WORDS = /^(?:message|send message|melding|send melding|nachricht|mensaje|enviar mensaje|envoyer un message|contacter)\b/i;

/** Link-in redirectors and the query parameter that holds the real address. */
export const REDIRECTORS: readonly [host: RegExp, path: RegExp, param: string][] = [
  [/^l[m]?\.facebook\.com$/, /^\/l\.php/, 'u'],
  [/^l\.instagram\.com$/, /^\//, 'u'],
  [/(?:^|\.)youtube\.com$/, /^\/redirect/, 'q'],
  [/(?:^|\.)linkedin\.com$/, /^\/redir\//, 'url'],
  [/^(?:www\.)?google\.\w+$/, /^\/url/, 'q'],
  [/^(?:x|twitter)\.com$/, /^\/i\/redirect/, 'url'],
];

/** Other social networks: a link to one of them is another profile, never the company's own site. */
export const OTHER_SOCIAL_HOSTS = [
  'tiktok.com', 'pinterest.com', 'snapchat.com', 'threads.net', 'threads.com', 'twitch.tv', 'vimeo.com',
  'tumblr.com', 'reddit.com', 'discord.gg', 'discord.com', 't.me', 'telegram.me', 'wa.me', 'whatsapp.com',
  'mastodon.social', 'flickr.com', 'soundcloud.com', 'spotify.com',
];

/** App store links the platforms show in their footers and banners. */
export const APP_STORE_HOSTS = ['apps.apple.com', 'itunes.apple.com', 'play.google.com', 'apps.microsoft.com'];

export interface PlatformChromeData {
  /** The platform's own organisation names: never the company's. */
  names: readonly string[];
  /** Hosts (and their subdomains) that are the platform: its legal, help, about pages, other profiles, CDNs. */
  hosts: readonly string[];
  /** Regions of its pages that are its own (suggestions, rails, messaging, footers), besides the landmarks every platform uses. */
  regions: string;
}

const META = ['Meta', 'Meta Platforms, Inc.', 'Meta Platforms', 'Facebook', 'Instagram from Meta', 'Instagram', 'Threads'];
const META_HOSTS = ['facebook.com', 'fb.com', 'fb.me', 'fbcdn.net', 'messenger.com', 'meta.com', 'metastatus.com', 'instagram.com', 'cdninstagram.com', 'threads.net', 'threads.com', 'whatsapp.com'];

/**
 * Per platform. Regions are stable hooks only: X's data-testid, YouTube's custom element names
 * and ids, LinkedIn's guest data-test-id and its messaging overlay, Mastodon's semantic classes.
 */
export const PLATFORM_CHROME: Record<ProfilePlatform, PlatformChromeData> = {
  x: {
    names: ['X Corp.', 'X Corp', 'Twitter, Inc.', 'Twitter'],
    hosts: ['x.com', 'twitter.com', 't.co', 'twimg.com', 'x.ai'],
    regions: '[data-testid=sidebarColumn],[data-testid=BottomBar],[data-testid=DMDrawer],[data-testid=UserCell]',
  },
  youtube: {
    names: ['Google LLC', 'Google', 'YouTube', 'YouTube, LLC', 'Alphabet'],
    hosts: ['youtube.com', 'youtu.be', 'google.com', 'googleusercontent.com', 'ggpht.com', 'gstatic.com', 'youtubekids.com'],
    // ytd-app>a and #copyright: the footer of the server's shell, before the app renders.
    regions: 'ytd-masthead,#masthead-container,#guide,ytd-guide-renderer,ytd-mini-guide-renderer,tp-yt-app-drawer,#footer,ytd-popup-container,#secondary,ytd-app>a,#copyright',
  },
  linkedin: {
    names: ['LinkedIn Corporation', 'LinkedIn Corp.', 'LinkedIn', 'Microsoft', 'Microsoft Corporation'],
    hosts: ['linkedin.com', 'licdn.com', 'lnkd.in', 'microsoft.com'],
    regions: '#msg-overlay,[data-test-id=similar-pages],[data-test-id=employees-at],[data-test-id=more-searches],[data-test-id=browse-jobs],[data-test-id=funding],[data-test-id=products]',
  },
  facebook: { names: META, hosts: META_HOSTS, regions: '[data-pagelet*=RightRail],[data-pagelet*=LeftRail]' },
  instagram: { names: META, hosts: META_HOSTS, regions: '' },
  bluesky: {
    names: ['Bluesky', 'Bluesky Social', 'Bluesky PBC', 'Bluesky Social PBC'],
    hosts: ['bsky.app', 'bsky.social', 'blueskyweb.xyz', 'blueskyweb.zendesk.com', 'atproto.com'],
    regions: '[data-testid=trendingTopics],[data-testid=suggestedFollows]',
  },
  mastodon: {
    names: ['Mastodon', 'Mastodon gGmbH'],
    hosts: ['joinmastodon.org'],
    regions: '.navigation-panel,.columns-area__panels__pane--navigational,.compose-panel,.link-footer,.drawer,.getting-started',
  },
};

/** Where a page's own content is: outside it (when the page has one) everything is the platform's. YouTube's is its page manager. */
export const CONTENT_ROOT = 'main,[role=main],ytd-page-manager';

/** Landmarks that are chrome on every platform (a plain `header` is not: LinkedIn's posts have their own). */
export const CHROME_LANDMARKS = 'footer,nav,aside,[role=navigation],[role=contentinfo],[role=banner],[role=complementary]';
