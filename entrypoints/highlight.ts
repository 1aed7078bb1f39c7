import type { Runtime } from 'webextension-polyfill';
import { clearHighlight, HIGHLIGHT_PORT, showElement, type ShowRequest } from '@/lib/highlight';

// "Show on page": injected by the popup (activeTab, on the user's toolbar click) next to the
// analyser; never declared for any page. The popup opens a port to it and posts selectors; the
// outline goes away when the port closes, i.e. when the popup closes.
//
// An unlisted script (built to /highlight.js), not a WXT content script, and the raw extension
// API rather than wxt/browser: WXT's content-script wrapper and the polyfill would add ~14 kB to
// a script that needs one event. Firefox has both `browser` and `chrome` in content scripts.
type Api = { runtime: { onConnect: Runtime.Static['onConnect'] } };
const FLAG = '__tillitHighlight';

export default defineUnlistedScript({
  main() {
    const g = globalThis as typeof globalThis & { browser?: Api; chrome?: Api; [FLAG]?: boolean };
    // The popup injects on every "show" until it has a port; listen once per page.
    if (g[FLAG]) return true;
    g[FLAG] = true;
    const api = g.browser ?? g.chrome;
    api?.runtime.onConnect.addListener((port) => {
      if (port.name !== HIGHLIGHT_PORT) return;
      port.onMessage.addListener((message) => {
        const selector = (message as Partial<ShowRequest> | null)?.selector;
        port.postMessage(typeof selector === 'string' ? showElement(document, selector) : { found: false });
      });
      port.onDisconnect.addListener(() => clearHighlight(document));
    });
    return true;
  },
});
