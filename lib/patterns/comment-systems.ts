import type { CommentSystem, LoginPolicy } from '../signals/schema';

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
  { id: 'coral', dom: ['#coral_thread', '#coral-container', '[id^="coral_talk"]'], script: ['Coral.createStreamEmbed', 'coral.js'], observable: false, login: 'required' },
  { id: 'intensedebate', dom: ['#IDCommentsPostTitle', '#idc-container'], script: ['idcomments_acct', 'intensedebate.com'], observable: false, login: 'unknown' },
  { id: 'openweb', dom: ['[data-spotim-module]', '[data-openweb-ad]', 'openweb-conversation'], script: ['launcher.spot.im', 'openweb.com/launcher'], observable: false, login: 'required' },
  { id: 'viafoura', dom: ['vf-conversations', '.viafoura', 'vf-comments'], script: ['viafoura.co', 'viafoura.net'], observable: false, login: 'required' },
  { id: 'ghost', dom: ['#ghost-comments-root', 'script[data-ghost-comments]', '[data-ghost-comments]'], script: ['comments-ui.min.js'], observable: false, login: 'required' },
];

/** Marks of the native systems whose comments we read from the page. */
export const WORDPRESS_SECTION = '#comments, .comments-area, ol.comment-list, ol.commentlist, ul.commentlist, #respond, #commentform';
// Themes that rename the list (ol#comment-list) still print WordPress's own marks: items with
// id="comment-N", the comment_reply_link() anchor and the form's textarea#comment.
export const WORDPRESS_COMMENT = 'li.comment, li.pingback, li.trackback, .comment-list > article, .commentlist > article, li[id^="comment-"], div[id^="comment-"][class*="comment"]';
export const WORDPRESS_MARKS = 'ol.comment-list, ol.commentlist, ul.commentlist, ol#comment-list, #commentform, p.must-log-in, .comment-respond, li.comment .comment-body, .comments-area, a.comment-reply-link, textarea#comment';
export const WPDISCUZ_SECTION = '#wpdcom, .wpdiscuz_top_clearing, #wpd-threads';
export const WPDISCUZ_COMMENT = '.wpd-comment';

export const BLOGGER_SECTION = '.comments#comments, #comments-block, #comment-holder, .comment-thread, .blogger-comments, #comment-editor, .comment-footer a[href*="comment"]';
/** Comment items per Blogger template, most specific first; the first that matches is used. */
export const BLOGGER_COMMENT = ['.comment-thread li.comment, #comment-holder li.comment', '#comments-block dt.comment-author', '.comments .comment-block'] as const;

/** Generic comment markup (schema.org Comment and common class names). */
// Also: XenForo threads embedded under articles, Contao's comments module (.ce_comments),
// German news "Lesermeinungen"/"Kommentare" sections, and any form whose id names comments.
export const GENERIC_SECTION =
  '[itemtype*="schema.org/UserComments"], [itemprop="comment"], .comment-list, .comments-list, .commentlist, .post-comments, #comments, .comments, #kommentarer, .kommentarer, #kommentare, #lesermeinungen, .xenforo-comments-list, .ce_comments, form[id*="comment" i]';
export const GENERIC_COMMENT = '[itemtype*="schema.org/Comment"], [itemprop="comment"], .comment-list > li, .comments-list > li, .commentlist > li';
