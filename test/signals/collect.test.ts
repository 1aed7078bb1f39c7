import { readdirSync } from 'node:fs';
import { collectSignals } from '@/lib/signals';
import { readPageText } from '@/lib/signals/page-text';
import { PageSignals } from '@/lib/contracts/page';
import { FIXTURES, loadFixture, parseHtml, signalsOf } from '../helpers/load-fixture';

describe('collectSignals', () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));

  it.each(pages)('returns signals that pass the popup’s schema for %s', (name) => {
    const result = PageSignals.safeParse(signalsOf(name));
    expect(result.success ? 'valid' : result.error.issues).toBe('valid');
  });

  it('survives hostile markup and keeps page text as plain, bounded text', () => {
    const giant = 'A'.repeat(100_000);
    const doc = parseHtml(`<html><head><script type="application/ld+json">{"@type":"Article","author":{"name":"<img src=x onerror=alert(1)>"},"__proto__":{"polluted":1}}</script>
      <script type="application/ld+json">{ not json</script></head>
      <body><article><p class="byline">By ${giant}</p><p>Skrevet av <b>&lt;script&gt;alert(1)&lt;/script&gt;</b></p>
      <time datetime="9999-99-99">never</time><a href="javascript:alert(1)">Kontakt</a><address>${giant}</address></article></body></html>`);
    const signals = collectSignals(doc, { budgetMs: 60_000 });
    expect(PageSignals.safeParse(signals).success).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(signals.dates.posts).toEqual([]);
    expect(signals.contact.pages).toEqual([]);
    for (const a of signals.authors) expect(a.name.length).toBeLessThanOrEqual(120);
  });

  it('returns partial signals, not an error, when the time budget is spent', () => {
    let t = 0;
    const signals = collectSignals(parseHtml('<html><body><article><p>Text</p></article></body></html>'), { budgetMs: 5, now: () => (t += 10) });
    expect(signals.partial).toBe(true);
    expect(PageSignals.safeParse(signals).success).toBe(true);
  });

  it('is complete on an ordinary page', () => {
    expect(signalsOf('wordpress-replies.html').partial).toBe(false);
  });

  // The budget is judged on the analysis's own clock only: a clock that stands still never
  // spends it, whatever the machine's clock says.
  it.each(['wordpress-replies.html', 'demo-blog.html', 'blogger-nb.html'])('is complete on %s when its clock stands still', (name) => {
    const signals = collectSignals(loadFixture(name), { budgetMs: 60_000, now: () => 0 });
    expect(signals.partial).toBe(false);
    expect(signals.elapsedMs).toBe(0);
  });

  it('cuts the page text walk short when its clock passes the deadline, and only then', () => {
    const doc = parseHtml(`<html><body>${'<p>line</p>'.repeat(3000)}</body></html>`);
    const lines = (text: string) => text.split('\n').filter(Boolean).length;
    const full = readPageText(doc, doc.body, { deadline: 0, now: () => 0 });
    expect([full.truncated, lines(full.text)]).toEqual([false, 3000]);
    // The walk looks at the clock every 1024 text nodes.
    const cut = readPageText(doc, doc.body, { deadline: 0, now: () => 1 });
    expect([cut.truncated, lines(cut.text)]).toEqual([true, 1024]);
  });

  it('still works when the page has replaced Array.prototype methods and querySelectorAll', () => {
    const doc = parseHtml('<html><body><article><p class="byline">By Jane Doe</p></article></body></html>');
    const saved = { map: Array.prototype.map, qsa: doc.querySelectorAll };
    try {
      (doc as unknown as { querySelectorAll: unknown }).querySelectorAll = () => {
        throw new Error('sabotaged');
      };
      const signals = collectSignals(doc, { budgetMs: 60_000 });
      expect(PageSignals.safeParse(signals).success).toBe(true);
    } finally {
      (doc as unknown as { querySelectorAll: unknown }).querySelectorAll = saved.qsa;
      Array.prototype.map = saved.map;
    }
  });

  // Found by the fuzzer (test/fuzz): 40 levels of long tag names made a 1000+ character evidence
  // selector, and the popup rejected the whole analysis as invalid.
  it.each(['blockquote', 'ytd-rich-grid-renderer-with-a-long-name', 'x'.repeat(300)])('keeps evidence selectors within the schema under 60 levels of <%s>', (tag) => {
    const html = `<html><body>${`<${tag}>`.repeat(60)}<p>We'd love your feedback — positive or negative. © 2015–2026 Acme AS</p>${`</${tag}>`.repeat(60)}</body></html>`;
    const signals = collectSignals(parseHtml(html), { budgetMs: 60_000 });
    const parsed = PageSignals.safeParse(signals);
    expect(parsed.success ? 'valid' : parsed.error.issues[0]).toBe('valid');
    expect(signals.engagement.invitations.length + (signals.dates.copyright ? 1 : 0)).toBeGreaterThan(0);
  });
});

describe('the profiles a site names as its own', () => {
  it('JSON-LD sameAs of its Organization counts like a link to the profile, with the script as evidence', () => {
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Fjord Kaffe AS","sameAs":["https://www.linkedin.com/company/fjord-kaffe","https://fjordkaffe.no/om","https://www.facebook.com/sharer/sharer.php?u=x"]}</script></head>
       <body><main><p>Hei</p></main><footer><a href="https://www.linkedin.com/company/fjord-kaffe/">LinkedIn</a> <a href="https://x.com/fjordkaffe">X</a></footer></body></html>`,
    );
    const found = collectSignals(doc, { url: 'https://fjordkaffe.no/' }).contact.socialProfiles;
    // The footer's LinkedIn link and sameAs are one profile; a share link and the site itself are none.
    expect(found.map((f) => f.value)).toEqual(['https://www.linkedin.com/company/fjord-kaffe/', 'https://x.com/fjordkaffe']);
    const onlyLd = collectSignals(parseHtml(doc.documentElement.outerHTML.replace(/<footer>.*<\/footer>/s, '')), { url: 'https://fjordkaffe.no/' }).contact.socialProfiles;
    expect(onlyLd.map((f) => [f.value, f.evidence.source])).toEqual([['https://www.linkedin.com/company/fjord-kaffe', 'json-ld']]);
  });
});
