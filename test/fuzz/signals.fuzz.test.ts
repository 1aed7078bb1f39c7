/**
 * Property-based tests (fast-check): random hostile documents through the whole pipeline the
 * popup runs — collectSignals (content script) → PageSignals.safeParse → scorePage → ReportView.
 *
 * Properties, for every generated page:
 * - collectSignals never throws, and what it returns passes the popup's zod schema;
 * - scorePage never throws on it;
 * - the rendered report creates no element from page-made text: only the tags our components
 *   use, no `on*` attributes, no markup-looking attribute values, exactly one `[data-overall]`
 *   and five `[data-factor]` however much the page imitates the popup;
 * - nothing leaks onto Object.prototype (`__proto__` ids, classes and JSON-LD keys).
 *
 * Run by `npm run fuzz` (vitest.fuzz.config.ts), not by the unit tests: FUZZ_RUNS sets the
 * number of cases per property (default 10,000; CI's fuzz step runs 2,000, with a fresh seed each
 * time). A failure prints fast-check's seed and shrunk page: re-run it with FUZZ_SEED=<seed>
 * FUZZ_PATH=<path>. What it found is kept as ordinary unit tests (test/signals/collect.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { h, render } from 'preact';
import { LangContext } from '@/components/i18n';
import { ReportView } from '@/components/ReportView';
import { scorePage } from '@/lib/factors';
import type { Lang } from '@/lib/i18n';
import { collectSignals } from '@/lib/signals';
import { PageSignals } from '@/lib/contracts/page';
import { Window } from 'happy-dom';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 10_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const PATH = process.env.FUZZ_PATH || undefined;
const NOW = new Date('2026-11-26T12:00:00Z');
const COMPONENTS = resolve(process.cwd(), 'components');
/**
 * Per-test time: ~30 ms a case on an idle 2-core machine, ~100 ms when other test runs share it
 * (2,000 cases took 205 s), with room for a slower CI box. Only a hang should hit it.
 */
const TIMEOUT = 30_000 + RUNS * 250;

// ---------------------------------------------------------------------------------------------
// Pieces of hostile pages
// ---------------------------------------------------------------------------------------------

const NASTY = [
  '\u202e', // right-to-left override
  '\u202b',
  '\u200f',
  '\u200b', // zero-width space
  '\u200d',
  '\ufeff',
  '\u0000',
  '\ud800', // lone surrogates
  '\udfff',
  '\ud83d\ude00',
  '\u0301\u0301\u0301',
  'ﷺ',
  'שלום',
  'مرحبا',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '&lt;b&gt;',
  '&#0;&#xD800;',
  '\\u003cscript\\u003e',
];

/** Words the gatherers look for, so random pages reach deep into their logic. */
const TRIGGERS = [
  'Skrevet av Kari Nordmann',
  'By Jane Doe',
  'Posted by Per Olsen',
  'Geschrieben von Lena Vogel',
  'Av',
  '© 2015–2026 Acme AS',
  '© 9999',
  'Copyright 1066-2200',
  'Org.nr. 923 609 016',
  'Org.nr. 999 999 999',
  'kontakt@example.no',
  'mailto:',
  'tel:+4722334455',
  'Storgata 12, 0155 Oslo',
  'Tlf: 75 12 34 56',
  'positiv som negativ',
  "We'd love your feedback — positive or negative.",
  'We reply within 24 hours',
  'Vi svarer innen 24 timer',
  'You must be logged in to post a comment.',
  'Comments are closed.',
  '4 kommentarer',
  '1e309 comments',
  'Med vennlig hilsen',
  'jeg vi I we',
  'Kontakt oss',
  'Om oss',
  'Personvern',
  'Impressum',
  'Subscribe',
  'RSS',
];

const BAD_DATES = [
  '2026-13-45',
  '0000-00-00',
  '9999-12-31T25:61:61Z',
  '2026-02-30',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  'NaN',
  '1e309',
  '',
  ' ',
  'yesterday',
  '2026-11-26T12:00:00+99:99',
  '1969-12-31T23:59:59Z',
  '2026-10-20T08:00:00+00:00',
  '31.12.1899',
  'mandag 2. november 2026',
  'October 21, 2026 at 10:00 am',
];

const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'comment',
  'comments',
  'comment-list',
  'commentlist',
  'comment-body',
  'comment-content',
  'bypostauthor',
  'blog-author',
  'byline',
  'author',
  'vcard',
  'fn',
  'post-author',
  'entry-content',
  'post-body',
  'widget',
  'Blog',
  'sidebar',
  'disqus_thread',
  'respond',
  'commentform',
  'screen-reader-text',
  'published',
  'updated',
  'entry-date',
  'author-bio',
  'main',
  'content',
  'a b',
  '1abc',
  '-',
  '#',
  '"',
  '>',
  ':hover',
  '\\',
];

const TAGS = [
  'div', 'p', 'span', 'a', 'b', 'em', 'article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'time', 'abbr', 'address',
  'ol', 'ul', 'li', 'h1', 'h2', 'h3', 'form', 'input', 'textarea', 'button', 'label', 'iframe', 'script', 'style', 'template',
  'noscript', 'svg', 'img', 'table', 'tr', 'td', 'blockquote', 'figure', 'figcaption', 'details', 'summary', 'q', 'br', 'meta',
  'link', 'object', 'select', 'option', 'x-widget', 'math', 'frameset', 'frame', 'body', 'html', 'head', 'title',
];

const ATTRS = [
  'id', 'class', 'href', 'src', 'datetime', 'title', 'content', 'itemprop', 'itemtype', 'itemscope', 'rel', 'name', 'property',
  'hidden', 'aria-hidden', 'aria-label', 'role', 'type', 'action', 'style', 'lang', 'dir', 'onerror', 'onclick', 'onload',
  'data-overall', 'data-factor', 'data-level', 'data-error', 'data-partial', 'data-state', 'data-criterion', 'data-tip',
  'data-selector', 'data-commentid', 'srcdoc', 'value', 'placeholder', '__proto__', 'constructor',
];

const HREFS = [
  '/', '#', '#comments', '/about/', '/om-oss', '/kontakt/', '/contact', '/privacy-policy/', '/author/jane-doe/', '/@noraberg',
  'https://facebook.com/acme', 'https://www.linkedin.com/company/acme', 'https://example.org/source', 'mailto:kontakt@example.no',
  'tel:+4722334455', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://[::1', 'https://%%%', '//evil.example/x',
  '/feed/', 'https://acme.disqus.com/embed.js', 'https://www.blogger.com/comment-iframe.g', 'vbscript:x', ' \u0000javascript:alert(1)',
];

/** Text from every corner of Unicode, with hostile and meaningful pieces mixed in. */
const oddText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
      { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 3, arbitrary: fc.constantFrom(...TRIGGERS) },
      { weight: 1, arbitrary: fc.constantFrom(...BAD_DATES) },
      { weight: 2, arbitrary: fc.lorem({ maxCount: 6 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '));

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Text as it goes into the page: usually escaped, sometimes raw (so it may become markup). */
const pageText = fc.tuple(oddText, fc.boolean()).map(([s, raw]) => (raw ? s : escapeText(s)));

const giant = fc
  .tuple(fc.constantFrom('A', 'x ', 'By Jane Doe ', '<', '"', '\u202e', '\ud800'), fc.integer({ min: 1_000, max: 60_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

const attrValue = fc.oneof(
  { weight: 4, arbitrary: oddText },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...HREFS) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_DATES) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NAMES), { maxLength: 4 }).map((xs) => xs.join(' ')) },
  { weight: 1, arbitrary: giant },
);

const attribute = fc.tuple(fc.constantFrom(...ATTRS), attrValue).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`);

/** A random element tree, as HTML (unbalanced on purpose now and then). */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    pageText,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 5 }), fc.integer({ min: 0, max: 19 }))
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close === 0 ? '' : `</${tag}>`}`),
  ),
})).node;

/** Many levels of nesting around some content (the pages that make recursive code overflow). */
const deep = fc
  .tuple(fc.integer({ min: 30, max: 600 }), fc.constantFrom('div', 'section', 'span', 'article', 'li', 'blockquote', 'a', 'b'), tree)
  .map(([depth, tag, inner]) => `${`<${tag} class="comment">`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`);

/** Random JSON-LD: schema.org-ish objects with hostile keys, random JSON, or broken text. */
const ldObject: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 3 }),
    oddText,
    fc.constantFrom(...BAD_DATES),
    fc.record(
      {
        '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', 42, null),
        '@type': fc.oneof(fc.constantFrom('Article', 'BlogPosting', 'NewsArticle', 'Person', 'Organization', 'WebPage', 'Comment', '__proto__'), fc.array(fc.constantFrom('Article', 'Person', 'constructor'))),
        '@id': fc.constantFrom('#author', '#org', '__proto__', 'constructor'),
        '@graph': fc.array(tie('value'), { maxLength: 4 }),
        name: oddText,
        author: tie('value'),
        creator: tie('value'),
        publisher: tie('value'),
        datePublished: fc.oneof(fc.constantFrom(...BAD_DATES), fc.integer(), fc.jsonValue({ maxDepth: 1 })),
        dateModified: fc.oneof(fc.constantFrom(...BAD_DATES), fc.double()),
        url: fc.constantFrom(...HREFS),
        sameAs: fc.array(fc.constantFrom(...HREFS), { maxLength: 3 }),
        address: tie('value'),
        telephone: oddText,
        email: oddText,
        comment: fc.array(tie('value'), { maxLength: 3 }),
        commentCount: fc.oneof(fc.integer(), fc.double(), fc.string()),
        description: oddText,
      },
      { requiredKeys: [] },
    ),
  ),
})).value;

const jsonLd = fc
  .tuple(ldObject, fc.boolean(), fc.integer({ min: 0, max: 9 }))
  .map(([value, protoKeys, mode]) => {
    let json = JSON.stringify(value) ?? 'undefined';
    // JSON.parse makes "__proto__" and "constructor" own keys: the case that pollutes a naive merge.
    if (protoKeys) json = `{"__proto__":{"polluted":"yes","@type":"Article"},"constructor":{"prototype":{"polluted":"yes"}},"@type":"Article","author":${json}}`;
    if (mode === 0) json = json.slice(0, Math.floor(json.length / 2)); // broken JSON
    if (mode === 1) json = `<!--${json}`;
    return `<script type="application/ld+json">${json.replace(/<\/script/gi, '<\\/script')}</script>`;
  });

const metaTag = fc
  .tuple(
    fc.constantFrom('article:published_time', 'article:modified_time', 'article:author', 'author', 'og:url', 'datePublished', 'date', 'generator', 'description'),
    fc.constantFrom('property', 'name', 'itemprop'),
    attrValue,
  )
  .map(([name, kind, value]) => `<meta ${kind}="${name}" content="${escapeAttr(value)}">`);

const wordpressComment = fc
  .tuple(fc.nat(99_999), fc.boolean(), pageText, pageText, fc.constantFrom(...BAD_DATES), fc.boolean())
  .map(
    ([id, owner, name, body, date, reply]) =>
      `<li id="comment-${id}" class="comment${owner ? ' bypostauthor byuser' : ''} depth-1"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta">` +
      `<div class="comment-author vcard"><b class="fn">${name}</b> <span class="says">says:</span></div>` +
      `<div class="comment-metadata"><a href="#comment-${id}"><time datetime="${escapeAttr(date)}">${escapeText(date)}</time></a></div></footer>` +
      `<div class="comment-content"><p>${body}</p></div>${reply ? `<div class="reply"><a class="comment-reply-link" href="?replytocom=${id}#respond">Reply</a></div>` : ''}</article>` +
      (reply ? `<ol class="children"><li id="comment-${id + 1}" class="comment bypostauthor depth-2"><article class="comment-body"><b class="fn">${name}</b><time datetime="${escapeAttr(date)}"></time><div class="comment-content">${body}</div></article></li></ol>` : '') +
      `</li>`,
  );

const wordpressComments = fc
  .tuple(pageText, fc.array(wordpressComment, { maxLength: 12 }), fc.constantFrom('', '<p class="must-log-in">You must be logged in to post a comment.</p>', '<form id="commentform"><textarea id="comment"></textarea></form>', '<p class="no-comments">Comments are closed.</p>'))
  .map(([title, items, form]) => `<div id="comments" class="comments-area"><h2 class="comments-title">${title}</h2><ol class="comment-list">${items.join('')}</ol>${form}</div>`);

const bloggerComment = fc
  .tuple(fc.nat(), fc.boolean(), pageText, pageText, fc.constantFrom(...BAD_DATES))
  .map(
    ([id, owner, name, body, date]) =>
      `<li class="comment${owner ? ' blog-author' : ''}" id="c${id}"><div class="avatar-image-container"><img src="x"></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/${id}">${name}</a></cite>` +
      `<span class="datetime secondary-text"><a rel="nofollow" href="?showComment=${escapeAttr(date)}#c${id}">${escapeText(date)}</a></span></div><p class="comment-content">${body}</p></div></li>`,
  );

const bloggerComments = fc
  .tuple(pageText, fc.array(bloggerComment, { maxLength: 10 }), fc.boolean())
  .map(([title, items, iframe]) => `<div class="comments" id="comments"><h4>${title}</h4><div class="comments-content"><div class="comment-thread"><ol>${items.join('')}</ol></div></div>${iframe ? '<iframe id="comment-editor" src="https://www.blogger.com/comment-iframe.g"></iframe>' : ''}</div>`);

const disqus = fc
  .tuple(pageText, fc.boolean())
  .map(([text, script]) => `<div id="disqus_thread">${text}</div>${script ? '<script src="https://acme.disqus.com/embed.js"></script>' : ''}<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>`);

/** Markup that pretends to be the popup's own report. */
const popupImitation = fc
  .tuple(fc.constantFrom('strong', 'fair', 'weak', 'unknown', '<img src=x onerror=alert(1)>'), fc.constantFrom('credibility', 'transparency', 'openness', 'responsiveness', 'longevity', '__proto__'))
  .map(
    ([level, factor]) =>
      `<section class="overall" data-overall="${level}"><span class="level level--${level}">Strong 100</span></section><details class="factor" data-factor="${factor}" data-level="${level}"><summary>${factor}</summary></details>` +
      `<p role="alert" data-error="restricted">Tillit can't read this page</p><p data-partial="true" role="status">partial</p><div data-state="loading"></div>`,
  );

const bodyPart = fc.oneof(
  { weight: 5, arbitrary: tree },
  { weight: 1, arbitrary: deep },
  { weight: 2, arbitrary: wordpressComments },
  { weight: 2, arbitrary: bloggerComments },
  { weight: 1, arbitrary: disqus },
  { weight: 1, arbitrary: popupImitation },
  { weight: 1, arbitrary: giant.map((g) => `<p class="byline">${escapeText(g)}</p>`) },
  { weight: 1, arbitrary: fc.constantFrom('<frameset><frame src="/a"></frameset>', '<iframe srcdoc="<p>By Jane Doe</p>"></iframe>', '<svg><a href="/about/"><text>About</text></a></svg>', '<template><article>By Jane Doe</article></template>', '<math><mi>x</mi></math>') },
);

const page = fc
  .record({
    lang: fc.oneof(fc.constantFrom('en', 'nb', 'de', 'ar', 'he', '', '__proto__'), oddText),
    title: pageText,
    head: fc.array(fc.oneof(jsonLd, metaTag, fc.constant('<link rel="alternate" type="application/rss+xml" href="/feed/">')), { maxLength: 4 }),
    body: fc.array(bodyPart, { minLength: 1, maxLength: 5 }),
    url: fc.constantFrom('https://example.test/2026/10/20/post/', 'https://www.acme.example/blog/', 'http://127.0.0.1:8080/x?y#z', 'about:blank', 'not a url', 'file:///tmp/p.html', 'https://xn--bcher-kva.example/'),
  })
  .map(({ lang, title, head, body, url }) => ({
    url,
    html: `<!doctype html><html lang="${escapeAttr(lang)}"><head><meta charset="utf-8"><title>${title}</title>${head.join('')}</head><body>${body.join('\n')}</body></html>`,
  }));

// ---------------------------------------------------------------------------------------------
// What the popup would render
// ---------------------------------------------------------------------------------------------

/**
 * Every tag our components can render: the JSX tags in components/**.tsx (read at test time, so
 * the list follows the components). An element with any other tag was made from page text.
 */
const RENDERED_TAGS = new Set(
  readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => [...readFileSync(join(COMPONENTS, f), 'utf8').matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)].map((m) => m[1]!)),
);
/** Tags no report should ever contain, whatever the components do. */
const NEVER = new Set(['script', 'img', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'textarea', 'template', 'video', 'audio', 'math', 'foreignobject']);

function renderReport(signals: PageSignals, lang: Lang): HTMLElement {
  const container = document.createElement('div');
  render(h(LangContext.Provider, { value: lang }, h(ReportView, { report: scorePage(signals, NOW) })), container);
  return container;
}

/** What is wrong with the rendered report, or null. */
function renderProblems(container: HTMLElement): string | null {
  const elements = [...container.querySelectorAll('*')];
  for (const el of elements) {
    const tag = el.localName;
    if (NEVER.has(tag.toLowerCase()) || !RENDERED_TAGS.has(tag)) return `page text made a <${tag}> element`;
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) return `an ${attr.name} attribute on <${tag}>`;
      if (['src', 'srcdoc', 'action', 'formaction', 'style'].includes(name)) return `a ${name} attribute on <${tag}>`;
      if (/href$/.test(name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) return `a ${attr.value.slice(0, 40)} link`;
      // Selectors may hold ">" (a child combinator), never "<" or a quote; nothing else holds either.
      if (/[<"]/.test(attr.value) || (name !== 'data-selector' && />/.test(attr.value))) return `markup-like value in ${attr.name}: ${attr.value.slice(0, 80)}`;
    }
  }
  if (container.querySelectorAll('[data-overall]').length !== 1) return `${container.querySelectorAll('[data-overall]').length} [data-overall] elements`;
  if (container.querySelectorAll('[data-factor]').length !== 5) return `${container.querySelectorAll('[data-factor]').length} [data-factor] elements`;
  if (container.querySelectorAll('[role="alert"], [data-error]').length) return 'an error message inside the report';
  return null;
}

function protoKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).concat(Object.getOwnPropertyNames(Array.prototype), Object.getOwnPropertyNames(Function.prototype));
}

/**
 * Generated pages are parsed in their own happy-dom windows, a fresh one every 100 pages: happy-
 * dom keeps every document its DOMParser made (~0.3 MB for a small page) until the window
 * closes, and the shared test window ran out of heap after a few thousand cases.
 */
const SETTINGS = {
  disableIframePageLoading: true,
  disableJavaScriptFileLoading: true,
  disableJavaScriptEvaluation: true,
  disableCSSFileLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
};
let parser: { window: Window; used: number } | null = null;

async function freshParser(): Promise<void> {
  if (parser && parser.used < 100) return;
  await parser?.window.happyDOM.close();
  parser = { window: new Window({ settings: SETTINGS }), used: 0 };
}

/**
 * happy-dom's HTML parser throws on some malformed markup (e.g. "The new node is a parent of the
 * node to insert to" from HTMLParser.parseEndOfStartTag); browsers never do. Such a case says
 * nothing about our code: it is skipped (fc.pre) and counted.
 */
let unparseable = 0;
async function parse(html: string, url: string): Promise<Document> {
  await freshParser();
  parser!.used++;
  try {
    const doc = new parser!.window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    Object.defineProperty(doc, 'URL', { value: url });
    return doc;
  } catch {
    unparseable++;
    fc.pre(false);
    throw new Error('unreachable');
  }
}

const params = (extra: Partial<fc.Parameters<unknown>> = {}): fc.Parameters<unknown> => ({ numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: true, ...extra });

// ---------------------------------------------------------------------------------------------

describe(`signals on generated hostile pages (${RUNS} cases per property)`, () => {
  const baseline = protoKeys();
  afterAll(async () => {
    await parser?.window.happyDOM.close();
    parser = null;
    if (unparseable) process.stdout.write(`fuzz: ${unparseable} generated page(s) skipped: happy-dom's parser threw on them\n`);
  });

  it(
    'never throw, always pass the schema, score, and render nothing page-made as markup',
    async () => {
      await fc.assert(
        fc.asyncProperty(page, fc.constantFrom<Lang>('en', 'nb'), async ({ html, url }, lang) => {
          const doc = await parse(html, url);
          const signals = collectSignals(doc, { url, budgetMs: 60_000 });
          const parsed = PageSignals.safeParse(signals);
          if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
          const container = renderReport(parsed.data, lang);
          const problem = renderProblems(container);
          render(null, container);
          if (problem) throw new Error(problem);
          const polluted = (({}) as Record<string, unknown>)['polluted'];
          if (polluted !== undefined || protoKeys().length !== baseline.length) throw new Error('Object/Array/Function prototype changed');
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'return valid partial signals whenever the time budget runs out, at any point',
    async () => {
      await fc.assert(
        fc.asyncProperty(page, fc.nat(), async ({ html, url }, pick) => {
          const doc = await parse(html, url);
          // A run on a clock that stands still counts the clock's reads: the start, then every
          // budget check (between gatherers and inside their loops), then the elapsed time.
          let reads = 0;
          collectSignals(doc, { url, budgetMs: 1_000, now: () => (reads++, 0) });
          // The same run again, on a clock that jumps past the deadline at one check picked at
          // random: the checks before it see time left, so the path up to it is the same.
          const k = 2 + (pick % (reads - 2));
          let calls = 0;
          const signals = collectSignals(doc, { url, budgetMs: 1_000, now: () => (++calls < k ? 0 : 1_001) });
          if (!signals.partial) throw new Error(`not partial with the budget spent at clock read ${k} of ${reads}`);
          const parsed = PageSignals.safeParse(signals);
          if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
          scorePage(parsed.data, NOW);
        }),
        params({ numRuns: Math.max(1, Math.ceil(RUNS / 4)) }),
      );
    },
    TIMEOUT,
  );
});
