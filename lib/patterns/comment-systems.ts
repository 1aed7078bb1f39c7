import type { CommentSystem, LoginPolicy } from '../contracts/page';

// Comment systems as data (after Wappalyzer): how to spot each one, whether its contents can be
// read from the page, and what it demands of a commenter. Sources: DETECTION.md and the
// platforms' embed snippets. Native systems (WordPress, Blogger) have their own readers in
// lib/signals/comment-section.ts; every other system here is detected, not read.

export interface CommentSystemPattern {
  id: CommentSystem;
  /** Elements whose presence marks the system. */
  dom: readonly string[];
  /** Substrings of `script[src]` or inline script text that mark the system. */
  script: readonly string[];
  /**
   * Whether comments can be read from the host page. Systems that render in a cross-origin
   * iframe (or fetch by script after load) are present but unobservable.
   */
  observable: boolean;
  login: LoginPolicy;
}

export const THIRD_PARTY_SYSTEMS: readonly CommentSystemPattern[] = [
  // Disqus: guest comments are a per-site setting the page does not reveal.
  { id: 'disqus', dom: ['#disqus_thread'], script: ['disqus.com/embed.js', 'disqus_config', 'disqus_shortname'], observable: false, login: 'unknown' },
  { id: 'facebook', dom: ['.fb-comments', '#fb-comments-container'], script: [], observable: false, login: 'required' },
  { id: 'giscus', dom: ['.giscus', 'giscus-widget'], script: ['giscus.app/client.js'], observable: false, login: 'required' },
  { id: 'utterances', dom: ['.utterances', 'iframe[src*="utteranc.es"]'], script: ['utteranc.es/client.js'], observable: false, login: 'required' },
  { id: 'hyvor', dom: ['hyvor-talk-comments', '#hyvor-talk-view'], script: ['talk.hyvor.com'], observable: false, login: 'unknown' },
  { id: 'commento', dom: ['#commento'], script: ['cdn.commento.io', 'commento.js'], observable: false, login: 'unknown' },
  { id: 'remark42', dom: ['#remark42'], script: ['remark_config'], observable: false, login: 'unknown' },
  { id: 'isso', dom: ['section#isso-thread', '#isso-thread'], script: ['data-isso', 'embed.min.js?isso'], observable: false, login: 'not-required' },
  { id: 'cusdis', dom: ['#cusdis_thread'], script: ['cusdis.com/js'], observable: false, login: 'not-required' },
  { id: 'discourse', dom: ['#discourse-comments'], script: ['DiscourseEmbed'], observable: false, login: 'required' },
  // Coral 5+ (createStreamEmbed) and the older Coral Talk 4 embed (Coral.Talk.render into a
  // .coral-talk-container), which news sites such as magazine groups kept running for years.
  { id: 'coral', dom: ['#coral_thread', '#coral-container', '[id^="coral_talk"]', '.coral-talk-container', '#coral-talk-stream'], script: ['Coral.createStreamEmbed', 'coral.js', 'Coral.Talk.render'], observable: false, login: 'required' },
  { id: 'intensedebate', dom: ['#IDCommentsPostTitle', '#idc-container'], script: ['idcomments_acct', 'intensedebate.com'], observable: false, login: 'unknown' },
  { id: 'openweb', dom: ['[data-spotim-module]', '[data-openweb-ad]', 'openweb-conversation'], script: ['launcher.spot.im', 'openweb.com/launcher'], observable: false, login: 'required' },
  { id: 'viafoura', dom: ['vf-conversations', '.viafoura', 'vf-comments'], script: ['viafoura.co', 'viafoura.net'], observable: false, login: 'required' },
  { id: 'ghost', dom: ['#ghost-comments-root', 'script[data-ghost-comments]', '[data-ghost-comments]'], script: ['comments-ui.min.js'], observable: false, login: 'required' },
];

/** Marks of the native systems whose comments we read from the page. */
export const WORDPRESS_SECTION = '#comments, .comments-area, ol.comment-list, ol.commentlist, ul.commentlist, #respond, #commentform';
// Themes that rename the list (ol#comment-list) still print WordPress's own marks: items with
// id="comment-N", the comment_reply_link() anchor and the form's textarea#comment.
// comment_class() gives every item "comment" plus "depth-N" (and "thread-even|odd" at the top
// level), whatever element a theme uses: WordPress.com VIP themes print them on <div>s.
export const WORDPRESS_COMMENT =
  'li.comment, li.pingback, li.trackback, .comment-list > article, .commentlist > article, li[id^="comment-"], div[id^="comment-"][class*="comment"], div.comment[class*="depth-"]';
// The comment form always posts to wp-comments-post.php, whatever the theme calls it.
export const WORDPRESS_FORM = '#commentform, form.comment-form, form[action*="wp-comments-post.php"]';
export const WORDPRESS_MARKS = `ol.comment-list, ol.commentlist, ul.commentlist, ol#comment-list, ${WORDPRESS_FORM}, p.must-log-in, .comment-respond, li.comment .comment-body, .comments-area, a.comment-reply-link, textarea#comment, .comment.depth-1[class*="thread-"]`;
export const WPDISCUZ_SECTION = '#wpdcom, .wpdiscuz_top_clearing, #wpd-threads';
export const WPDISCUZ_COMMENT = '.wpd-comment';

export const BLOGGER_SECTION = '.comments#comments, #comments-block, #comment-holder, .comment-thread, .blogger-comments, #comment-editor, .comment-footer a[href*="comment"]';
/** Comment items per Blogger template, most specific first; the first that matches is used. */
export const BLOGGER_COMMENT = ['.comment-thread li.comment, #comment-holder li.comment', '#comments-block dt.comment-author', '.comments .comment-block'] as const;
/** Blogger's "Links to this post" block: it sits in #comments but is no comment section. */
export const BLOGGER_BACKLINKS = '#backlinks-container, .comment-footer, [id$="_backlinks-container"]';
/** What a Blogger section with a place to comment carries: the form iframe, its link or a message. */
export const BLOGGER_FORM = '#comment-editor, #comment-post-message, .comment-form, a[href*="comment-iframe"], a[href*="postComment"], .comment-thread, #comments-block';

/**
 * Substack: the post page renders its first comments (.comment-list-items > .comment, with
 * .commenter-name and a.comment-timestamp) in a .comments-section; only subscribers with an
 * account may comment. Substack is recognised by its CDN, also on custom domains.
 */
export const SUBSTACK_PAGE = 'script[src*="substackcdn.com"], link[href*="substackcdn.com"], meta[name="generator" i][content*="substack" i]';
export const SUBSTACK_SECTION = '.comments-section, .comment-list, .comments-page';
export const SUBSTACK_COMMENT = '.comment-list-items .comment, .comments-page .comment';

/**
 * Medium: the responses panel loads by script; the post shows a responses icon
 * (svg[aria-label="responses"]) with a button "13 responses". With a count it is a section.
 */
export const MEDIUM_RESPONSES = 'svg[aria-label="responses" i]';

/**
 * XenForo: publishers that run a XenForo forum show an article's forum thread under it
 * (ul.xenforo-comments-list > li.xenforo-comment, "32 Comments"); the first posts are in the page.
 */
export const XENFORO_SECTION = '.xenforo-comments-list, [class*="xenforo-comments"]';
export const XENFORO_COMMENT = '.xenforo-comment';

/** Generic comment markup (schema.org Comment and common class names). */
// Also: XenForo threads embedded under articles, Contao's comments module (.ce_comments),
// German news "Lesermeinungen"/"Kommentare" sections, and any form whose id names comments.
// Also .comments-container / .comment-container (Bootstrap-style fiction and forum sites that load
// comments on a button), and any form whose id names comments. Links (share bars with a
// "comments" class) and navigation are never sections.
export const GENERIC_SECTION =
  '[itemtype*="schema.org/UserComments"], [itemprop="comment"], .comment-list, .comments-list, .commentlist, .post-comments, #comments:not(a), .comments:not(a), .comments-container, .comment-container, .comments-section, #kommentarer, .kommentarer, #kommentare, #lesermeinungen, .ce_comments, form[id*="comment" i]';
// Items: schema.org Comment, the <li>s of any list container whose class names a comment list
// ("xenforo-comments-list", "article-comment-list"), and block elements classed "comment" /
// "Comment" (not spans: syntax highlighters mark code comments as span.comment).
export const GENERIC_COMMENT =
  '[itemtype*="schema.org/Comment"], [itemprop="comment"], [class*="comment-list" i] > li, [class*="comments-list" i] > li, [class*="commentlist" i] > li, div.comment, article.comment, div.Comment, li.comment';
