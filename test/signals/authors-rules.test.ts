import { collectSignals } from '@/lib/signals';
import { createContext } from '@/lib/signals/context';
import { summarise } from '@/lib/summary';
import { parseHtml } from '../helpers/load-fixture';

// Invented pages for the byline rules and for the text walk they read (lib/signals/page-text.ts,
// author.ts). The markup mimics news and company-blog templates; the text is our own.

const url = 'https://news.example/2026/05/story';
const docOf = (body: string, head = '') => parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, url);
// A clock that stands still: the text walk is never cut short by time.
const textOf = (body: string) => createContext(docOf(body), url, { deadline: 60_000, now: () => 0 }).text;
const authorsOf = (body: string, head = '') => summarise(collectSignals(docOf(body, head), { url, budgetMs: 60_000 })).author;

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

describe('bylines', () => {
  it('finds a byline line "By <a>Name</a>" in a news header above the article, not the dateline below it', () => {
    const author = authorsOf('<header><h1>Harbour froze</h1><div class="meta"><span>By <a href="/staff/ann">Ann Lee</a></span></div></header><article><p><b>OSLO —</b> The harbour froze overnight, and ferries stayed in port.</p><p>More.</p></article>');
    expect(author.names).toEqual(['Ann Lee']);
  });
});

describe('addresses in text', () => {
  it('does not read a long number before a capitalised word ("Bug 1677710 The …") as street and postcode', () => {
    const signals = collectSignals(docOf('<article><ul><li><a href="/b">Bug 1677710</a> The crash on start is fixed</li></ul></article>'), { url, budgetMs: 60_000 });
    expect(signals.contact.addresses).toEqual([]);
  });
});
