import type { PlatformName } from '../contracts/page';

// Publishing platforms as data: how a page says which platform serves it. Read once per page
// (lib/signals/platform.ts, into the shared GatherContext) by every gatherer that cares: the
// comment readers of Blogger and Substack, and the site check, which asks the platform's feeds.
// One record per platform of the contract's vocabulary; the first that matches wins, so
// WordPress (whose themes copy everyone's markup) comes first.

export interface PlatformPattern {
  /** The page's first <meta name="generator">, lower case. */
  generator?: RegExp;
  /** The page's host (without www.). */
  host?: RegExp;
  /** Elements that mark the platform. */
  dom?: string;
  /** The link that announces the platform's API root (WordPress's REST API). */
  apiRoot?: string;
}

export const PLATFORMS: { readonly [name in PlatformName]: PlatformPattern } = {
  // WordPress announces its REST root (<link rel="https://api.w.org/" href="…/wp-json/">) and
  // loads its themes and scripts from /wp-content/ and /wp-includes/.
  wordpress: {
    generator: /^wordpress/,
    dom: 'link[rel="https://api.w.org/"][href], link[href*="/wp-content/"], script[src*="/wp-content/"], script[src*="/wp-includes/"]',
    apiRoot: 'link[rel="https://api.w.org/"][href]',
  },
  // Blogger on its own domain (*.blogspot.*) or a custom one: its feeds, its scripts, the main
  // Blog1 widget.
  blogger: {
    generator: /blogger/,
    host: /\.blogspot\./,
    dom: 'meta[name="generator"][content*="blogger" i], #Blog1, .blog-posts, link[href*="blogger.com/"], link[rel="service.post"][href*="blogger.com"], script[src*="blogger.com/"]',
  },
  ghost: { generator: /^ghost/ },
  // Substack, also on custom domains: recognised by its CDN.
  substack: {
    generator: /substack/,
    host: /substack\.com$/,
    dom: 'meta[name="generator" i][content*="substack" i], script[src*="substackcdn.com"], link[href*="substackcdn.com"]',
  },
  medium: { host: /medium\.com$/, dom: 'meta[property="al:android:package"][content="com.medium.reader"]' },
};
