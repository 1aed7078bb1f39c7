import type { GatherContext } from './context';
import { first, hrefOf } from './dom';
import type { Platform } from '../contracts/page';

// Which publishing platform serves the page, and where its feeds live: the site-level check
// (lib/site-scan) asks the platform's own feeds for the history of posts and comments.

export function gatherPlatform(ctx: GatherContext): Platform {
  const { doc } = ctx;
  const generator = (first(doc, 'meta[name="generator" i]')?.getAttribute('content') ?? '').toLowerCase();
  // WordPress announces its REST root: <link rel="https://api.w.org/" href="…/wp-json/">.
  const api = first(doc, 'link[rel="https://api.w.org/"][href]');
  if (api || generator.startsWith('wordpress') || first(doc, 'link[href*="/wp-content/"], script[src*="/wp-content/"], script[src*="/wp-includes/"]')) {
    return { name: 'wordpress', apiRoot: api ? hrefOf(api, ctx.url) : null };
  }
  if (generator === 'blogger' || /\.blogspot\./.test(ctx.host) || first(doc, '#Blog1, link[href*="blogger.com/feeds/"], link[rel="service.post"][href*="blogger.com"]')) {
    return { name: 'blogger', apiRoot: null };
  }
  if (generator.startsWith('ghost')) return { name: 'ghost', apiRoot: null };
  if (/substack/.test(generator) || ctx.host.endsWith('substack.com')) return { name: 'substack', apiRoot: null };
  if (ctx.host.endsWith('medium.com') || first(doc, 'meta[property="al:android:package"][content="com.medium.reader"]')) return { name: 'medium', apiRoot: null };
  return { name: null, apiRoot: null };
}
