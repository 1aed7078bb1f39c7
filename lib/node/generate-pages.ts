/**
 * Large pages for the performance benchmark (scripts/bench-perf.ts) and the end-to-end time
 * budget test. Generated on demand, never committed: a 5 MB fixture would bloat every clone.
 * `npx tsx scripts/generate-pages.ts [out-dir]` writes them to files, for looking at by hand.
 *
 * Each page is an ordinary English WordPress-style post (byline, dates, footer) wrapped around
 * the part that makes it big, so the gatherers do their real work and not an early exit.
 * Content is deterministic: the same run gives the same page, so figures compare across runs.
 */

export interface GeneratedPage {
  /** File name / route, e.g. `gen-100k-nodes.html`. */
  name: string;
  /** What it stresses, for the benchmark table. */
  label: string;
  html: string;
}

const WORDS =
  'coffee roast tuesday batch beans customer order harvest quality blend espresso filter grinder water temperature origin farm supplier weekly planning delivery rest bag aroma acidity body sweet crema milk cup morning team café'.split(
    ' ',
  );

/** Deterministic pseudo-random text (a tiny LCG, so pages are stable between runs). */
function words(seed: number, count: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ');
}

function page(title: string, body: string, after = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body class="single single-post">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Acme Kaffe</a></p>
<nav class="main-navigation"><ul><li><a href="/">Blog</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-1" class="post type-post hentry">
<header class="entry-header"><div class="entry-meta"><a href="/2026/10/20/p/" rel="bookmark"><time class="entry-date published" datetime="2026-10-20T08:00:00+00:00">October 20, 2026</time></a>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane-doe/">Jane Doe</a></span></span></div>
<h1 class="entry-title">${title}</h1></header>
<div class="entry-content">
<p>We roast every Tuesday and I want to explain why. We'd love your feedback — positive or negative. See <a href="https://coffee-science.example.org/degassing">this overview</a>.</p>
${body}
</div></article>
${after}
</main>
<footer class="site-footer"><address>Storgata 12, 0155 Oslo</address><a href="mailto:hei@acme.example">hei@acme.example</a>
<p>Org.nr. 923 609 016 · <a href="/privacy-policy/">Privacy Policy</a> · © 2015–2026 Acme Kaffe AS</p></footer>
</body></html>
`;
}

/** 10,000 comments in WordPress (Twenty Sixteen) markup, every tenth a reply by the post author. */
export function wordpressComments(count = 10_000): GeneratedPage {
  const items: string[] = [];
  for (let i = 1; i <= count; i++) {
    const owner = i % 10 === 0;
    const minute = String(i % 60).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const item =
      `<li id="comment-${i}" class="comment ${owner ? 'byuser comment-author-jane-doe bypostauthor' : ''} depth-1">` +
      `<article id="div-comment-${i}" class="comment-body"><footer class="comment-meta">` +
      `<div class="comment-author vcard"><b class="fn">${owner ? 'Jane Doe' : `Reader ${i}`}</b> <span class="says">says:</span></div>` +
      `<div class="comment-metadata"><a href="/2026/10/20/p/#comment-${i}"><time datetime="2026-11-${day}T10:${minute}:00+00:00">November ${Number(day)}, 2026</time></a></div>` +
      `</footer><div class="comment-content"><p>${words(i, 18)}</p></div>` +
      `<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${i}#respond">Reply</a></div></article></li>`;
    items.push(item);
  }
  const after = `<div id="comments" class="comments-area"><h2 class="comments-title">${count} thoughts on &ldquo;Busy post&rdquo;</h2>
<ol class="comment-list">${items.join('\n')}</ol>
<div id="respond" class="comment-respond"><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><input id="email" name="email" type="email"></p></form></div></div>`;
  return { name: 'gen-wp-10k-comments.html', label: '10,000 WordPress comments', html: page('Busy post', '<p>A popular post.</p>', after) };
}

/** About `total` elements: paragraphs of spans, links and emphasis inside the post body. */
export function manyNodes(total = 100_000): GeneratedPage {
  // Each block: div > p > (span, em, a, strong, span) = 7 elements.
  const blocks = Math.ceil(total / 7);
  const parts: string[] = [];
  for (let i = 0; i < blocks; i++) {
    parts.push(
      `<div class="block"><p><span>${words(i, 4)}</span> <em>${words(i + 1, 2)}</em> <a href="/2026/${(i % 12) + 1}/p${i}/">${words(i + 2, 2)}</a> <strong>${words(i + 3, 2)}</strong> <span>${words(i + 4, 3)}</span></p></div>`,
    );
  }
  return { name: 'gen-100k-nodes.html', label: `${(blocks * 7).toLocaleString('en')} elements`, html: page('A very long post', parts.join('\n')) };
}

/** `chains` towers of `depth` nested elements, each ending in a paragraph of text. */
export function deepNesting(depth = 50, chains = 200): GeneratedPage {
  const tags = ['div', 'section', 'div', 'span', 'div'];
  const parts: string[] = [];
  for (let c = 0; c < chains; c++) {
    let open = '';
    let close = '';
    for (let d = 0; d < depth; d++) {
      const tag = tags[d % tags.length]!;
      open += `<${tag} class="n${d}">`;
      close = `</${tag}>${close}`;
    }
    parts.push(`${open}<p>${words(c, 12)}</p>${close}`);
  }
  return { name: 'gen-50-deep.html', label: `${depth}-level nesting ×${chains}`, html: page('Deeply nested', parts.join('\n')) };
}

/** About `bytes` characters of visible text in plain paragraphs. */
export function bigText(bytes = 5_000_000): GeneratedPage {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = `<p>${words(i, 160)}</p>`;
    parts.push(p);
    length += p.length - 7;
  }
  return { name: 'gen-5mb-text.html', label: `${(bytes / 1e6).toFixed(0)} MB of text`, html: page('Five megabytes', parts.join('\n')) };
}

/**
 * Many small linked elements and little text (well under the text cap in lib/signals/page-text.ts),
 * so what stops the analysis is its time budget, not the amount of text. For the end-to-end
 * budget test: on this machine the full analysis takes several times DEFAULT_BUDGET_MS.
 */
export function budgetBuster(blocks = 150_000): GeneratedPage {
  const parts: string[] = [];
  for (let i = 0; i < blocks; i++) parts.push(`<div class="teaser"><a href="/${2000 + (i % 27)}/p${i}/">p${i}</a> <span class="author-x">a</span></div>`);
  return { name: 'gen-budget-buster.html', label: `${blocks.toLocaleString('en')} linked teasers`, html: page('Everything we ever wrote', parts.join('\n')) };
}

export function generatedPages(): GeneratedPage[] {
  return [wordpressComments(), manyNodes(), deepNesting(), bigText()];
}
