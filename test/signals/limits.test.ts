import { PageSignals } from '@/lib/contracts/page';
import { collectSignals } from '@/lib/signals';
import { parseHtml } from '../helpers/load-fixture';

// What the analyser returns must pass the popup's validation on any page, or the user sees
// "could not understand" instead of a rating.

describe('the analyser keeps within the contract’s limits', () => {
  it('links with very long URLs (tracking noise) are no sources, channels or feeds, and the result validates', () => {
    const long = `?utm=${'x'.repeat(700)}`;
    const doc = parseHtml(
      `<html><head><link rel="alternate" type="application/rss+xml" href="/feed${long}"></head><body><main><article><h1>Post</h1>
       <p>See <a href="https://source.example/report${long}">the report</a> and <a href="https://facebook.com/firma${long}">us on Facebook</a>,
       or <a href="https://other.example/short">a short source</a>.</p></article></main></body></html>`,
      'https://blog.example/post',
    );
    const signals = collectSignals(doc, { url: 'https://blog.example/post', budgetMs: 60_000 });
    expect(PageSignals.safeParse(signals).success).toBe(true);
    expect(signals.engagement.sources.examples.map((f) => f.value)).toEqual(['https://other.example/short']);
    expect(signals.engagement.sources.count).toBe(2); // the long one still counts as a source
    expect(signals.contact.socialProfiles).toEqual([]);
    expect(signals.engagement.feeds).toEqual([]);
  });
});
