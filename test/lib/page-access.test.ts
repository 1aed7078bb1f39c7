import { problemForError, problemForUrl, samePage } from '@/lib/page-access';

// Pages Tillit may not read must be told apart before injecting, so the user gets a reason
// they can act on instead of a raw browser error.

describe('problemForUrl', () => {
  it.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'edge://settings',
    'moz-extension://1234/popup.html',
    'https://chromewebstore.google.com/detail/tillit/abc',
    'https://chromewebstore.google.com',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/nb-NO/firefox/addon/tillit/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
  ])('%s is restricted', (url) => {
    expect(problemForUrl(url)).toBe('restricted');
  });

  it.each(['https://example.com/report.pdf', 'https://example.com/files/Annual-Report.PDF', 'http://example.com/a.pdf?download=1#page=2'])(
    '%s is a PDF',
    (url) => {
      expect(problemForUrl(url)).toBe('pdf');
    },
  );

  it.each([
    'https://example.com/',
    'http://example.com/blogg/innlegg',
    'https://firma.no/kontakt?x=1#top',
    'https://example.com/pdf-guide',
    // Similar names that are not the stores.
    'https://chrome.google.com/',
    'https://addons.mozilla.org.evil.example/',
    'https://notchromewebstore.google.com/',
  ])('%s may be analysed', (url) => {
    expect(problemForUrl(url)).toBeNull();
  });

  it('without a URL (no permission to see it yet) the page is tried, not refused', () => {
    expect(problemForUrl(null)).toBeNull();
    expect(problemForUrl(undefined)).toBeNull();
    expect(problemForUrl('')).toBeNull();
  });
});

describe('problemForError', () => {
  it('reads Chrome’s wording, not the quoted address: a file named navigation.html is still a file', () => {
    const url = 'file:///home/kari/navigation.html';
    expect(problemForError(new Error(`Cannot access contents of url "${url}". Extension manifest must request permission to access this host.`), url)).toBe('file');
  });

  it('a file page the extension may not read → file (the user can allow file URLs)', () => {
    const url = 'file:///home/kari/side.html';
    expect(problemForError(new Error(`Cannot access contents of url "${url}". Extension manifest must request permission to access this host.`), url)).toBe('file');
  });

  it('"Frame with ID 0 was removed." → navigated', () => {
    expect(problemForError(new Error('Frame with ID 0 was removed.'), 'https://example.com/')).toBe('navigated');
  });

  it.each(['No tab with id: 42.', 'Tab was closed.', 'The document is not active', 'No frame with id 3 in tab 42.'])('"%s" → navigated', (message) => {
    expect(problemForError(new Error(message), 'https://example.com/')).toBe('navigated');
  });

  it('"The extensions gallery cannot be scripted." → restricted', () => {
    expect(problemForError(new Error('The extensions gallery cannot be scripted.'), 'https://chromewebstore.google.com/detail/x')).toBe('restricted');
    // Even when the store's URL was hidden from the popup.
    expect(problemForError(new Error('The extensions gallery cannot be scripted.'), null)).toBe('restricted');
  });

  it('a permission error on an ordinary page → denied (the user must click the toolbar icon)', () => {
    const message = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(problemForError(new Error(message), 'https://example.com/')).toBe('denied');
    expect(problemForError(new Error('Missing host permission for the tab'), 'https://example.com/')).toBe('denied');
  });

  it('a permission error on a page whose URL activeTab still hides → restricted (a browser page)', () => {
    const message = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(problemForError(new Error(message), null)).toBe('restricted');
  });

  it('a permission error on a PDF URL → pdf', () => {
    expect(problemForError(new Error('Cannot access contents of url "https://example.com/a.pdf".'), 'https://example.com/a.pdf')).toBe('pdf');
  });

  it('a permission error on a browser page → restricted', () => {
    expect(problemForError(new Error('Cannot access a chrome:// URL'), 'chrome://settings/')).toBe('restricted');
  });

  it('accepts plain strings as well as Error objects', () => {
    expect(problemForError('Frame with ID 0 was removed.', null)).toBe('navigated');
  });

  it('anything else → unknown', () => {
    expect(problemForError(new Error('Something odd happened'), 'https://example.com/')).toBe('unknown');
    expect(problemForError(undefined, 'https://example.com/')).toBe('unknown');
  });
});

describe('samePage', () => {
  it('ignores the fragment: a #hash change is not a navigation', () => {
    expect(samePage('https://example.com/post#comments', 'https://example.com/post')).toBe(true);
    expect(samePage('https://example.com/post#a', 'https://example.com/post#b')).toBe(true);
  });

  it('another path or query is another page', () => {
    expect(samePage('https://example.com/post-1', 'https://example.com/post-2')).toBe(false);
    expect(samePage('https://example.com/?p=1', 'https://example.com/?p=2')).toBe(false);
    expect(samePage('https://a.example/', 'https://b.example/')).toBe(false);
  });

  it('an unknown URL cannot prove a navigation', () => {
    expect(samePage(null, 'https://example.com/')).toBe(true);
    expect(samePage('https://example.com/', undefined)).toBe(true);
  });
});
