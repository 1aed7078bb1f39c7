import { readdirSync, readFileSync } from 'node:fs';
import '@/lib/signals';
import { docAll, query, registered, scanDocument } from '@/lib/signals/scan';
import { parseHtml } from '../helpers/load-fixture';

// The one pass (lib/signals/scan.ts) answers every selector the gatherers register: it must find
// exactly what querySelectorAll finds, in the same order, on every fixture page.

const clock = { deadline: Infinity, now: () => 0 };
const pages = [
  ...readdirSync('test/fixtures/pages').filter((f) => f.endsWith('.html')).map((f) => `test/fixtures/pages/${f}`),
  ...readdirSync('test/fixtures/comment-systems').filter((f) => f.endsWith('.html')).map((f) => `test/fixtures/comment-systems/${f}`),
];

describe('the one pass over the document', () => {
  it('registers selectors that parse', () => {
    const doc = parseHtml('<html><body></body></html>');
    for (const selector of registered()) expect(() => doc.querySelectorAll(selector), selector).not.toThrow();
  });

  it.each(pages)('finds what querySelectorAll finds for every registered selector on %s', (file) => {
    const doc = parseHtml(readFileSync(file, 'utf8'), 'https://example.test/page');
    const scan = scanDocument(doc, clock);
    for (const selector of registered()) expect(docAll(scan, selector), selector).toEqual(Array.from(doc.querySelectorAll(selector)));
  });

  it('matches class, id and attribute words without regard to case where the browser does', () => {
    const doc = parseHtml('<html><body><div class="Post-Author x" id="Main"></div><meta name="DC.creator"><a href="MAILTO:a@b.example">m</a><p class="comment">c</p></body></html>');
    const selectors = ['.post-author', '#main', 'meta[name="dc.creator" i]', 'meta[name="dc.creator"]', 'a[href^="mailto:" i]', 'p.Comment', '[class*="AUTHOR" i]'];
    selectors.forEach(query);
    const scan = scanDocument(doc, clock);
    for (const selector of selectors) expect(docAll(scan, selector), selector).toEqual(Array.from(doc.querySelectorAll(selector)));
  });

  it('stops classifying at the deadline, and says so', () => {
    const doc = parseHtml(`<html><body>${'<div class="x"></div>'.repeat(5000)}</body></html>`);
    const scan = scanDocument(doc, { deadline: 0, now: () => 1 });
    expect(scan.cut).toBe(true);
    expect(scan.truncated).toBe(true);
  });
});
