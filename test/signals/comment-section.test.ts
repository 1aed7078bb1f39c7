import { collectSignals } from '@/lib/signals';
import { summarise } from '@/lib/summary';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

// The comment-section gatherer (lib/signals/comment-section.ts with the data in
// lib/patterns/comment-systems.ts and phrases.ts): the fixture pages, then one invented page per
// rule. The markup mimics the platforms (and the real pages of npm run bench:accuracy); the text
// is our own.

const POST = 'https://blog.example/2026/05/post/';
const signalsFor = (body: string, head = '') =>
  collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, POST), { url: POST, budgetMs: 60_000 });
const sectionsOf = (body: string, head = '') => signalsFor(body, head).comments;
/** What the popup and the CLI report about comments. */
const summaryOf = (body: string, head = '') => summarise(signalsFor(body, head)).comments;

const article = '<article><h1>Growing beans on a balcony</h1><p>Beans like sun and a deep pot.</p></article>';
const filler = '<p>The council met on Tuesday to discuss the new harbour plan, which has been debated for a long time by residents and businesses alike.</p>';

describe('comment sections on the fixture pages and common platforms', () => {
  it('reads native WordPress comments: authors, owner replies, times, threads, anonymous form', () => {
    const [section] = signalsOf('wordpress-replies.html').comments;
    expect(section).toMatchObject({ system: 'native-wordpress', observable: true, count: 4, displayedCount: 4, login: 'not-required', closed: false });
    const [first, reply] = section!.comments;
    expect(first).toMatchObject({ author: 'Per Olsen', byOwner: false, replyTo: null, time: '2026-10-21T10:00:00+00:00' });
    expect(reply).toMatchObject({ author: 'Jane Doe', byOwner: true, replyTo: 0 });
  });

  it('knows when WordPress requires a login to comment', () => {
    const [section] = signalsOf('wordpress-login.html').comments;
    expect(section).toMatchObject({ system: 'native-wordpress', count: 0, login: 'required' });
  });

  it('reads a Norwegian Blogger section with "Ingen kommentarer" as open and empty, login unknown (iframe form)', () => {
    const [section] = signalsOf('blogger-nb.html').comments;
    expect(section).toMatchObject({ system: 'blogger', observable: true, count: 0, displayedCount: 0, login: 'unknown', closed: false });
  });

  it('reads Blogger threaded comments, the blog-author mark and epoch-millisecond times', () => {
    const [section] = sectionsOf(
      `<div id="Blog1"><div class="comments" id="comments"><h4>2 kommentarer:</h4><div class="comment-thread toplevel-thread"><ol>
        <li class="comment" id="c1"><div class="comment-block"><div class="comment-header"><cite class="user">Leser</cite>
          <span class="datetime secondary-text"><a href="https://x.blogspot.com/2016/12/p.html?showComment=1481122800000#c1">7. desember 2016</a></span></div>
          <p class="comment-content">Fint innlegg!</p></div>
          <div class="comment-replies"><div class="comment-thread inline-thread"><ol>
            <li class="comment" id="c2"><div class="comment-block"><div class="comment-header"><cite class="user blog-author">Kari</cite>
            <span class="datetime secondary-text"><a href="https://x.blogspot.com/2016/12/p.html?showComment=1481130000000#c2">7. desember 2016</a></span></div>
            <p class="comment-content">Takk!</p></div></li></ol></div></div></li></ol></div></div></div>`,
      '<meta name="generator" content="Blogger">',
    );
    expect(section).toMatchObject({ system: 'blogger', count: 2, displayedCount: 2 });
    expect(section!.comments[0]).toMatchObject({ author: 'Leser', byOwner: false, time: '2016-12-07T15:00:00.000Z' });
    expect(section!.comments[1]).toMatchObject({ author: 'Kari', byOwner: true, replyTo: 0, time: '2016-12-07T17:00:00.000Z' });
  });

  it('marks a Disqus embed present but unobservable', () => {
    expect(signalsOf('disqus.html').comments).toEqual([expect.objectContaining({ system: 'disqus', observable: false, count: null })]);
  });

  it.each([
    ['facebook', '<div class="fb-comments" data-href="https://x.example/p"></div>'],
    ['giscus', '<script src="https://giscus.app/client.js" data-repo="a/b"></script><div class="giscus"></div>'],
    ['utterances', '<div class="utterances"><iframe src="https://utteranc.es/utterances.html"></iframe></div>'],
    ['commento', '<div id="commento"></div>'],
    ['coral', '<div id="coral_thread"></div>'],
    ['ghost', '<div id="ghost-comments-root"></div>'],
  ])('spots %s as a present, unobservable section', (system, markup) => {
    expect(sectionsOf(markup)).toEqual([expect.objectContaining({ system, observable: false })]);
  });

  it('sees a closed WordPress section', () => {
    const [section] = sectionsOf('<div id="comments" class="comments-area"><ol class="comment-list"></ol><p class="no-comments">Comments are closed.</p></div>');
    expect(section).toMatchObject({ system: 'native-wordpress', closed: true });
  });

  it('finds no section on pages without comments', () => {
    expect(signalsOf('bare.html').comments).toEqual([]);
    expect(signalsOf('company.html').comments).toEqual([]);
  });

  it('counts a reply by the post author as the owner even without bypostauthor', () => {
    const [section] = sectionsOf(`<article><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/ann/">Ann Lee</a></span></span><p>Post</p></article>
      <div id="comments"><ol class="commentlist"><li class="comment"><div class="comment-author"><cite class="fn">Bob</cite></div></li>
      <li class="comment"><div class="comment-author"><cite class="fn">Ann Lee</cite></div></li></ol></div>`);
    expect(section!.comments.map((c) => c.byOwner)).toEqual([false, true]);
  });
});

describe('WordPress native comments', () => {
  it('reads comment_class() items printed on <div>s (depth-N, thread-even) with the bypostauthor mark and a.url authors', () => {
    const [section] = sectionsOf(`${article}
      <div class="comments" id="comments"><h3>2 Comments on Growing beans</h3><div id="commentList">
        <div class="comment odd alt thread-odd thread-alt depth-1" id="li-comment-11"><div id="comment-11" class="entry">
          <p><a href="https://example.org/" rel="external nofollow" class="url">Tove Berg</a> <a class="comment-link" href="#comment-11">2 days</a></p><p>Which variety?</p></div></div>
        <div class="comment byuser comment-author-kari bypostauthor even thread-even depth-1" id="li-comment-12"><div id="comment-12" class="entry">
          <p><a href="https://blog.example/" rel="external nofollow" class="url">Kari</a> <a class="comment-link" href="#comment-12">1 day</a></p><p>Borlotti!</p></div></div>
      </div><p class="nocomments">Comments are closed.</p></div>`);
    expect(section).toMatchObject({ system: 'native-wordpress', count: 2, closed: true });
    expect(section!.comments.map((c) => [c.author, c.byOwner])).toEqual([['Tove Berg', false], ['Kari', true]]);
  });

  it('finds the comment form by its wp-comments-post.php action: name and e-mail fields mean anyone may comment; form fields are not comments', () => {
    const [section] = sectionsOf(`${article}
      <div id="comment-stream"><h3>1 comment</h3><ol><li id="comment-5" class="comment even thread-even depth-1"><p class="comment-author">Per</p><p>Nice.</p></li></ol></div>
      <div id="respond"><form id="comment-form" action="https://blog.example/wp-comments-post.php" method="post">
        <ol><li><input type="text" name="author" id="author"></li><li><input type="email" name="email" id="email"></li>
        <li><textarea name="comment" id="comment"></textarea></li><li id="comment-submit"><button>Post</button></li></ol></form></div>`);
    expect(section).toMatchObject({ system: 'native-wordpress', count: 1, login: 'not-required' });
  });

  it('gives way to a third-party widget that a theme hosts in its #comments area (WordPress VIP news sites)', () => {
    const sections = sectionsOf(`${article}
      <div id="comments" class="comments-area"><h2 class="comments-title">Comments</h2><p>Be civil.</p>
        <button>Sign in to Comment</button><div class="viafoura"><div class="vf-comments vf-widget" data-widget="comments"></div></div></div>`);
    expect(sections.map((s) => s.system)).toEqual(['viafoura']);
    expect(sections[0]).toMatchObject({ observable: false, login: 'required' });
  });

  it('keeps a WordPress section with its own form even when a widget script is on the page', () => {
    const sections = sectionsOf(`${article}<div id="comments" class="comments-area"><div class="viafoura"></div>
      <form id="commentform" action="/wp-comments-post.php"><input name="author"><textarea name="comment"></textarea></form></div>`);
    expect(sections[0]!.system).toBe('native-wordpress');
  });
});

describe('third-party and platform systems', () => {
  it('recognises the Coral Talk 4 embed (a .coral-talk-container rendered by Coral.Talk.render)', () => {
    const [section] = sectionsOf(`${article}<div class="commenting"><div class="coral-talk-container"></div></div>`);
    expect(section).toMatchObject({ system: 'coral', observable: false, login: 'required' });
  });

  it('reads Substack comments (custom domain, recognised by its CDN) and knows an account is needed', () => {
    const sections = sectionsOf(
      `${article}<div class="comments-section"><h4 class="comments-section-title">Discussion</h4>
        <div class="comment-list"><div class="comment-list-items">
          <div class="comment"><table class="comment-content"><tr><td class="comment-rest"><div class="comment-meta">
            <span class="commenter-name"><a href="https://substack.com/profile/1-ola">Ola Nord</a></span>
            <a class="comment-timestamp" href="/p/beans/comment/1">May 3, 2026</a></div><div class="comment-body"><p>Thanks.</p></div></td></tr></table></div>
        </div></div></div>`,
      '<script src="https://substackcdn.com/bundle/main.js"></script>',
    );
    expect(sections[0]).toMatchObject({ system: 'substack', observable: true, count: 1, login: 'required' });
    expect(sections[0]!.comments[0]).toMatchObject({ author: 'Ola Nord' });
  });

  it('takes a Medium responses button with a count as a section whose responses load by script', () => {
    const icon = '<svg width="25" height="25" aria-label="responses"><path d="M0 0"></path></svg>';
    const withCount = summaryOf(`${article}<div><button>${icon}</button><div><h4><button>7 <span>responses</span></button></h4></div></div>`);
    expect(withCount).toMatchObject({ present: true, system: 'medium-responses', count: null });
    // A bare number next to the icon (claps, or a count without "responses") is not enough.
    expect(summaryOf(`${article}<div><button>${icon}</button><div><h4>1</h4></div></div>`).present).toBe(false);
  });

  it('reads an article forum thread from XenForo (ul.xenforo-comments-list)', () => {
    const [section] = sectionsOf(`${article}<div class="article-comments"><span class="comments-total">12 Comments</span>
      <ul class="xenforo-comments-list">
        <li class="xenforo-comment" id="xenforo-comment-1"><span class="username">gpufan</span><time datetime="2026-05-02T10:00:00+00:00">May 2</time><div class="xenforo-comment-content">Sold out again.</div></li>
        <li class="xenforo-comment" id="xenforo-comment-2"><span class="username">oldtimer</span><div class="xenforo-comment-content">Wait a month.</div></li>
      </ul></div>`);
    expect(section).toMatchObject({ system: 'xenforo-forum', count: 2, displayedCount: 12 });
    expect(section!.comments[0]).toMatchObject({ author: 'gpufan', time: '2026-05-02T10:00:00+00:00' });
  });

  it('does not take Blogger\'s "Links to this post" block (in #comments) for a comment section', () => {
    const sections = sectionsOf(
      `<div id="Blog1">${article}<div class="comments" id="comments"><a name="comments"></a><div id="backlinks-container"><div id="Blog1_backlinks-container">
        <h4>Links to this post</h4><p class="comment-footer"><a class="comment-link" href="https://www.blogger.com/blog-this.g">Create a Link</a></p></div></div></div></div>`,
      '<meta name="generator" content="Blogger">',
    );
    expect(sections).toEqual([]);
  });

  it('recognises a WordPress theme with a renamed list by WordPress’s own marks', () => {
    const summary = summarise(signalsOf('wordpress-yoast.html', 'https://rugbrod.example/why-rye/'));
    expect(summary.comments).toEqual({ present: true, system: 'native-wordpress', count: 2, ownerReplies: false, loginRequired: false });
  });

  it('spots a Facebook comments container (loaded by script: contents unknown)', () => {
    expect(summaryOf(`<article>${filler}</article><div id="fb-comments-container"></div>`)).toMatchObject({ present: true, system: 'facebook', count: null });
  });

  it('finds site-native sections: German "Lesermeinungen", XenForo threads, Contao, comment forms', () => {
    for (const markup of [
      '<div id="lesermeinungen"><h2>Lesermeinungen</h2><p>Kommentare werden geladen</p></div>',
      '<ul class="xenforo-comments-list"><li><div class="xenforo-comment-content">Nice comment</div></li></ul>',
      '<div class="ce_comments block"><h2>Kommentare</h2><div class="comment">Great article</div></div>',
      '<form id="send-comment"><p>Kommentar schreiben</p><textarea name="comment"></textarea></form>',
    ]) {
      expect(summaryOf(`<article>${filler}</article>${markup}`).present, markup).toBe(true);
    }
  });
});

describe('generic comment sections', () => {
  it('makes a section of repeated block items classed "comment" without a named container', () => {
    const [section] = sectionsOf(`${article}<div class="thread">
      <div class="Comment"><span class="author">anna_k</span><p>Mine grew tall.</p></div>
      <div class="Comment"><span class="author">bo</span><p>Same here.</p></div></div>`);
    expect(section).toMatchObject({ system: 'generic', count: 2 });
    expect(section!.comments[0]!.author).toBe('anna_k');
  });

  it('ignores code comments marked up as span.comment by syntax highlighters', () => {
    const sections = sectionsOf(`${article}<pre><code><span class="token comment">// set up</span>
      <span class="token comment">// run</span></code></pre>`);
    expect(sections).toEqual([]);
  });

  it('does not take a share-bar link classed "comments" for a section', () => {
    expect(sectionsOf(`${article}<div class="share"><a class="comments" href="#c">Share</a></div>`)).toEqual([]);
  });

  it('takes a .comments-container that loads comments on a button, and its "Log in to comment" note', () => {
    const [section] = sectionsOf(`${article}<div class="portlet comments-container"><h3>Comments (9)</h3>
      <div class="comment-container"><button class="comment-display-toggle">Load comments</button></div><p>Log in to comment</p></div>`);
    expect(section).toMatchObject({ system: 'generic', count: 0, displayedCount: 9, login: 'required' });
  });

  it('takes a #comments block of customer reviews on a shop page as a section', () => {
    const [section] = sectionsOf(`${article}<div class="comments" id="comments"><h2>Kundenbewertungen</h2>
      <div class="customer-reviews"><p class="comment">Stabil und gut verarbeitet.</p></div></div>`);
    expect(section).toMatchObject({ system: 'generic' });
  });
});

describe('who may comment', () => {
  it('says login is required when the comment form asks for a password', () => {
    const [section] = sectionsOf(`${article}<div id="kommentare"><h2>Kommentare</h2>
      <form id="send-comment"><input name="login"><input type="password" name="pw"><textarea name="post"></textarea></form></div>`);
    expect(section!.login).toBe('required');
  });

  it('reads "Melde dich an, um einen Kommentar abzugeben" (German CMS comment modules) as login required', () => {
    const [section] = sectionsOf(`${article}<div class="ce_comments"><h2>Kommentare</h2>
      <div class="comment"><p class="info">Nina schrieb:</p><p>Toll!</p></div></div><p>Melde dich an, um einen Kommentar abzugeben.</p>`);
    expect(section!.login).toBe('required');
  });

  it('reads a login note anywhere on the page ("You must be logged in to recommend a comment") for a generic section', () => {
    const [section] = sectionsOf(`${article}<div id="comments"><h3>Comments</h3><div class="echo-stream"></div></div>
      <div class="modal">You must be logged in to recommend a comment.</div>`);
    expect(section!.login).toBe('required');
  });

  it('says anyone may comment when a generic comment form asks only for name and e-mail', () => {
    const [section] = sectionsOf(`${article}<div class="ce_comments"><h2>Kommentare</h2>
      <form id="com_tl_news_1"><input name="name"><input name="email" type="email"><textarea name="comment"></textarea></form></div>`);
    expect(section!.login).toBe('not-required');
  });
});
