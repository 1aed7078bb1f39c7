// Which pages Tillit may not read, told apart before injecting so the user gets a clear reason
// instead of a raw browser error. Pure: the popup and the tests share it.

export type AccessProblem = 'restricted' | 'pdf' | 'file' | 'navigated' | 'denied' | 'noTab' | 'invalid' | 'timeout' | 'unknown';

const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|view-source|moz-extension|resource|data|blob|javascript|filesystem|ws|wss|ftp):/i;
// Extension stores: browsers refuse to let extensions script them.
const STORE_PAGES = [
  /^https?:\/\/chromewebstore\.google\.com(?:\/|$)/i,
  /^https?:\/\/chrome\.google\.com\/webstore(?:\/|$)/i,
  /^https?:\/\/addons\.mozilla\.org(?:\/|$)/i,
  /^https?:\/\/microsoftedge\.microsoft\.com\/addons(?:\/|$)/i,
];

/** A problem known from the URL alone, or null when the page may be analysed. */
export function problemForUrl(url: string | null | undefined): AccessProblem | null {
  if (!url) return null; // Without activeTab the URL is hidden: try, and read the error.
  if (RESTRICTED_SCHEMES.test(url)) return 'restricted';
  if (STORE_PAGES.some((re) => re.test(url))) return 'restricted';
  try {
    if (/\.pdf$/i.test(new URL(url).pathname)) return 'pdf';
  } catch {
    return 'restricted';
  }
  return null;
}

/** Map an error from scripting.executeScript to what the user should be told. */
export function problemForError(error: unknown, url: string | null | undefined): AccessProblem {
  // Chrome quotes the page's URL in its errors: match on the wording, not on the address
  // (file:///home/kari/navigation.html must not read as a navigation).
  const message = (error instanceof Error ? error.message : String(error)).replace(/"[^"]*"/g, '""');
  if (/frame .*(?:removed|not found)|no frame with id|tab was closed|no tab with id|navigat|document (?:was|is) (?:unloaded|not active)|back\/forward cache/i.test(message)) return 'navigated';
  if (/cannot access|cannot be scripted|missing host permission|permission|not allowed|extensions gallery/i.test(message)) {
    if (url?.startsWith('file:')) return 'file';
    // After the toolbar click activeTab reveals the URL of every page it may script: a page
    // whose URL stays hidden (chrome://, about:blank, view-source:) is one no extension may read.
    if (!url || /chrome:\/\/|extensions gallery|cannot be scripted/i.test(message)) return 'restricted';
    return problemForUrl(url) ?? 'denied';
  }
  if (/pdf/i.test(message)) return 'pdf';
  return 'unknown';
}

/** The same page, ignoring the fragment: a #hash change is not a navigation away. */
export function samePage(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return a.split('#')[0] === b.split('#')[0];
}
