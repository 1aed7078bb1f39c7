import { createContext } from '@/lib/signals/context';
import { parseHtml } from '../helpers/load-fixture';

// The text walk every gatherer reads (lib/signals/page-text.ts): lines as a reader sees them,
// and where the main content starts. The markup mimics news and company-blog templates.

const url = 'https://news.example/2026/05/story';
const docOf = (body: string) => parseHtml(`<html lang="en"><head></head><body>${body}</body></html>`, url);
// A clock that stands still: the text walk is never cut short by time.
const textOf = (body: string) => createContext(docOf(body), url, { deadline: 60_000, now: () => 0 }).text;

describe('the page text walk', () => {
  it('reads inline elements in different blocks as different lines, and inline runs in one block as one line', () => {
    const { text } = textOf('<div class="meta"><span>By <a href="/staff/ann">Ann Lee</a></span></div><p><b>OSLO —</b> The harbour froze.</p>');
    expect(text).toContain('By Ann Lee');
    expect(text).toMatch(/Ann Lee\n+OSLO/);
  });

  it('breaks the line once at a <br>: "Street 5<br>1234 Town" stays an address', () => {
    const { text } = textOf('<p>Ola Nordmann<br>\nStorgata 5<br>\n0155 Oslo</p>');
    expect(text).toMatch(/Storgata 5\n{1,2}0155 Oslo/);
  });

  it('starts the main content at the title above the <article> (header with title and byline outside it)', () => {
    const page = textOf(`<nav><a href="/">Home</a></nav><header><h1>Harbour froze</h1><div>By Ann Lee</div></header><article><p>${'Body text here. '.repeat(20)}</p></article>`);
    expect(page.text.slice(page.main[0], page.main[1])).toMatch(/^\s*Harbour froze\s+By Ann Lee/);
  });
});
