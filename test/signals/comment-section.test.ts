import { collectSignals } from '@/lib/signals';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

const sectionsOf = (body: string, head = '') =>
  collectSignals(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, 'https://blog.example/post'), { budgetMs: 60_000 }).comments;

describe('comment-section signal', () => {
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
