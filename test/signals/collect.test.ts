import { readdirSync } from 'node:fs';
import { collectSignals } from '@/lib/signals';
import { PageSignals } from '@/lib/signals/schema';
import { FIXTURES, parseHtml, signalsOf } from '../helpers/load-fixture';

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
});
