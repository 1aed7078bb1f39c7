import type { LoginPolicy, PlatformName } from '../contracts/page';

// Comment systems as data (after Wappalyzer): one record per system, keyed by its id — the one
// list of ids — all run by one engine, lib/signals/comment-section.ts. test/patterns checks that
// every selector parses and that each system is found on its fixture
// (test/fixtures/comment-systems/<id>.html), so a record without a fixture fails.
// Sources: DETECTION.md, the platforms' own markup and embed snippets.
//
// Three kinds of record:
// - `reader`: the page prints the comments. The record says where the section is, which elements
//   are its comments, and where each comment's author, time and owner mark are.
// - `counter`: the page shows only a count (Medium's responses button); the rest loads by script.
// - `embed`: a third-party widget in a cross-origin iframe or loaded by script: present, but its
//   comments cannot be read from the page (unobservable, never zero).
// Readers and counters are tried in the order written here and the first that finds a section
// wins; then every embed is looked for; a `fallback` reader runs only when nothing was found.

/** Where a comment's time is: an element of the comment's own (not of a reply nested in it). */
export interface TimeSource {
  at: string;
  /** Read this attribute; without it, the element's text. */
  attr?: string;
  /** Epoch milliseconds in the element's href, in group 1 (Blogger's showComment= links). */
  epoch?: RegExp;
  /** Also look in the element this many siblings after the comment (Blogger's classic dt/dd template). */
  after?: number;
}

/** How a reader tells who may comment, beyond the login phrases (phrases.ts) and the form's fields. */
export interface LoginRule {
  /** Marks anywhere in the page that say an account is needed (WordPress's p.must-log-in). */
  required?: string;
  /** The comment form is an iframe: only the section's own words can tell. */
  iframe?: true;
}

export interface Reader {
  kind: 'reader';
  /** Only on pages of this platform (detected once per page, lib/signals/platform.ts). */
  platform?: PlatformName;
  /** Run only when no other system, embeds included, was found: the catch-all. */
  fallback?: true;
  /** What marks the section: the first match in the page. */
  mark: string;
  /** The section is the mark's nearest ancestor (or itself) matching this, … */
  within?: string;
  /** … else the first element in the page matching this, else the mark. */
  orFirst?: string;
  /** The section is the mark's parent (XenForo's list sits in a block with the count). */
  parent?: true;
  /**
   * The marks are loose (any "comments" class): without a mark, two or more comments make a
   * section (their parent), and a section needs a comment, a comment form or a word for comments.
   */
  loose?: true;
  /** Comments, anywhere in the page; of a list, the first selector that matches is used. */
  items: string | readonly string[];
  /** Elements inside these are not comments (widgets, the form's own list items). */
  notIn?: string;
  /** Blogger's "Links to this post" in #comments: a section with only this text, no comment and no `place` is none. */
  backlinks?: { at: string; place: string };
  /** The commenter's name: the comment's own element, or the comment itself when it matches `self`. */
  author: { at: string; self?: string };
  /** Where the time is, tried in order. */
  time: readonly TimeSource[];
  /**
   * The blog owner's mark: on an element of the comment's own, on the comment, or in its class;
   * `account` names the commenter's account in a class (group 1), an owner when it is the post
   * author's (or "admin"); `user` marks a commenter signed in to the site, the site's own people
   * where others comment as guests.
   */
  owner?: { at?: string; item?: string; classes?: RegExp; account?: RegExp; user?: string };
  /**
   * The system's own comment form, anywhere in the page: while it is there the section is open,
   * its fields tell who may comment, and a section without it that only hosts an embed gives way to the embed.
   */
  form?: string;
  login: LoginPolicy | LoginRule;
  /** Evidence: its source, the heading that names the section, and a label when there is none. */
  evidence: { source: string; heading?: string; label: string };
}

export interface Counter {
  kind: 'counter';
  /** The count's icon; the count is in the text around the `holder` (its parent). */
  mark: string;
  holder: string;
  login: LoginPolicy;
  /** The evidence's source. */
  source: string;
}

export interface Embed {
  kind: 'embed';
  /** Elements whose presence marks the system. */
  dom: readonly string[];
  /** Substrings of `script[src]` or of inline script text that mark the system. */
  script: readonly string[];
  /** A script alone is enough: the script makes its own container. Otherwise a script without a container (comment counts on a listing page) is no section. */
  scriptAlone?: true;
  login: LoginPolicy;
}

export type CommentSystemRecord = Reader | Counter | Embed;

/** Keys kept as the ids' type, values checked as records. */
const records = <Id extends string>(all: Record<Id, CommentSystemRecord>) => all;

/** One record per comment system, in the order they are tried. */
export const COMMENT_SYSTEMS = records({
  // Blogger: templates differ: threaded (li.comment), classic (dt.comment-author + dd), bare blocks.
  blogger: {
    kind: 'reader',
    platform: 'blogger',
    mark: '.comments#comments, #comments-block, #comment-holder, .comment-thread, .blogger-comments, #comment-editor, .comment-footer a[href*="comment"]',
    within: '.comments, #comments',
    items: ['.comment-thread li.comment, #comment-holder li.comment', '#comments-block dt.comment-author', '.comments .comment-block'],
    backlinks: {
      at: '#backlinks-container, .comment-footer, [id$="_backlinks-container"]',
      // What a section with a place to comment carries: the form iframe, its link or a message.
      place: '#comment-editor, #comment-post-message, .comment-form, a[href*="comment-iframe"], a[href*="postComment"], .comment-thread, #comments-block',
    },
    author: { at: 'cite.user, .comment-header .user, .profile-name-link', self: 'dt' },
    time: [
      { at: 'a[href*="showComment="]', epoch: /showComment=(\d+)/, after: 2 },
      { at: 'a[href*="showComment="]', after: 2 },
    ],
    owner: { at: '.blog-author', item: '.blog-author' },
    // The form is an iframe whose policy (anonymous or Google account) is a blog setting.
    login: { iframe: true },
    evidence: { source: 'blogger', heading: 'h4, h3, h2', label: 'Blogger comments' },
  },
  wpdiscuz: {
    kind: 'reader',
    mark: '#wpdcom, .wpdiscuz_top_clearing, #wpd-threads',
    items: '.wpd-comment',
    author: { at: '.wpd-comment-author' },
    time: [{ at: '.wpd-comment-date', attr: 'title' }, { at: '.wpd-comment-date' }],
    owner: { at: '.wpd-blog-post_author, .wpd-blog-author' },
    login: {},
    evidence: { source: 'wpdiscuz', label: 'wpDiscuz' },
  },
  'native-wordpress': {
    kind: 'reader',
    // Themes that rename the list (ol#comment-list) still print WordPress's own marks: the form,
    // the comment_reply_link() anchor, the form's textarea#comment and comment_class()'s classes.
    mark: 'ol.comment-list, ol.commentlist, ul.commentlist, ol#comment-list, #commentform, form.comment-form, form[action*="wp-comments-post.php"], p.must-log-in, .comment-respond, li.comment .comment-body, .comments-area, a.comment-reply-link, textarea#comment, .comment.depth-1[class*="thread-"]',
    within: '#comments, .comments-area, .comments',
    orFirst: '#comments',
    // comment_class() gives every item "comment" plus "depth-N" (and "thread-even|odd" at the top
    // level), whatever element a theme uses: WordPress.com VIP themes print them on <div>s.
    items: 'li.comment, li.pingback, li.trackback, .comment-list > article, .commentlist > article, li[id^="comment-"], div[id^="comment-"][class*="comment"], div.comment[class*="depth-"]',
    // Not a hand-made form's own fields (li#comment-submit).
    notIn: '.widget, aside, #sidebar, form',
    // get_comment_author_link() prints a.url[rel="external nofollow"] when themes drop .fn.
    author: { at: '.comment-author .fn, .comment-author cite, .comment-author, .fn, a.url[rel~="external"]' },
    time: [
      { at: '.comment-metadata time[datetime], .comment-meta time[datetime], time[datetime]', attr: 'datetime' },
      { at: '.comment-metadata a, .comment-meta a, .commentmetadata a' },
    ],
    // comment_class(): bypostauthor for the post's author, comment-author-<user_nicename> and
    // byuser for any commenter with an account on the site.
    owner: { item: '.bypostauthor', account: /\bcomment-author-(\S+)/, user: '.byuser' },
    // The comment form always posts to wp-comments-post.php, whatever the theme calls it.
    form: '#commentform, form.comment-form, form[action*="wp-comments-post.php"]',
    login: { required: 'p.must-log-in, .must-log-in' },
    evidence: { source: 'wordpress', heading: 'h2, h3', label: 'WordPress comments' },
  },
  // Substack: the post page renders its first comments (.comment-list-items > .comment, with
  // .commenter-name and a.comment-timestamp); only subscribers with an account may comment.
  substack: {
    kind: 'reader',
    platform: 'substack',
    mark: '.comments-section, .comment-list, .comments-page',
    items: '.comment-list-items .comment, .comments-page .comment',
    author: { at: '.commenter-name' },
    time: [{ at: '.comment-timestamp, time', attr: 'datetime' }, { at: '.comment-timestamp' }],
    login: 'required',
    evidence: { source: 'substack', label: 'Substack comments' },
  },
  // XenForo: publishers that run a XenForo forum show an article's thread under it
  // (ul.xenforo-comments-list > li.xenforo-comment, "32 Comments"); who may post is a forum setting.
  'xenforo-forum': {
    kind: 'reader',
    mark: '.xenforo-comments-list, [class*="xenforo-comments"]',
    parent: true,
    items: '.xenforo-comment',
    author: { at: '.username, [class*="author"], [class*="username"]' },
    time: [{ at: 'time[datetime]', attr: 'datetime' }, { at: 'time' }],
    login: {},
    evidence: { source: 'xenforo', label: 'XenForo thread' },
  },
  // Medium: the responses load by script; the post shows a responses icon
  // (svg[aria-label="responses"]) in a button "13 responses". With a count it is a section.
  'medium-responses': { kind: 'counter', mark: 'svg[aria-label="responses" i]', holder: 'button', login: 'unknown', source: 'medium' },

  // Disqus: guest comments are a per-site setting the page does not reveal.
  disqus: { kind: 'embed', dom: ['#disqus_thread'], script: ['disqus.com/embed.js', 'disqus_config', 'disqus_shortname'], login: 'unknown' },
  // The HTML5 container, the XFBML tag (<fb:comments numposts="…">, found by its own attribute:
  // parsers differ on a prefixed tag name) and the plugin's own iframe.
  facebook: { kind: 'embed', dom: ['.fb-comments', '#fb-comments-container', '[numposts]', 'iframe[src*="facebook.com/plugins/comments"]'], script: [], login: 'required' },
  // Both scripts put their iframe where the script tag stands: the tag is the container.
  giscus: { kind: 'embed', dom: ['.giscus', 'giscus-widget'], script: ['giscus.app/client.js'], scriptAlone: true, login: 'required' },
  utterances: { kind: 'embed', dom: ['.utterances', 'iframe[src*="utteranc.es"]'], script: ['utteranc.es/client.js'], scriptAlone: true, login: 'required' },
  hyvor: { kind: 'embed', dom: ['hyvor-talk-comments', '#hyvor-talk-view'], script: ['talk.hyvor.com'], login: 'unknown' },
  commento: { kind: 'embed', dom: ['#commento'], script: ['cdn.commento.io', 'commento.js'], login: 'unknown' },
  remark42: { kind: 'embed', dom: ['#remark42'], script: ['remark_config'], scriptAlone: true, login: 'unknown' },
  isso: { kind: 'embed', dom: ['section#isso-thread', '#isso-thread'], script: ['data-isso', 'embed.min.js?isso'], scriptAlone: true, login: 'not-required' },
  cusdis: { kind: 'embed', dom: ['#cusdis_thread'], script: ['cusdis.com/js'], login: 'not-required' },
  discourse: { kind: 'embed', dom: ['#discourse-comments'], script: ['DiscourseEmbed'], scriptAlone: true, login: 'required' },
  // Coral 5+ (createStreamEmbed) and the older Coral Talk 4 embed (Coral.Talk.render into a
  // .coral-talk-container), which news sites such as magazine groups kept running for years.
  coral: {
    kind: 'embed',
    dom: ['#coral_thread', '#coral-container', '[id^="coral_talk"]', '.coral-talk-container', '#coral-talk-stream'],
    script: ['Coral.createStreamEmbed', 'coral.js', 'Coral.Talk.render'],
    scriptAlone: true,
    login: 'required',
  },
  intensedebate: { kind: 'embed', dom: ['#IDCommentsPostTitle', '#idc-container'], script: ['idcomments_acct', 'intensedebate.com'], login: 'unknown' },
  openweb: { kind: 'embed', dom: ['[data-spotim-module]', '[data-openweb-ad]', 'openweb-conversation'], script: ['launcher.spot.im', 'openweb.com/launcher'], login: 'required' },
  viafoura: { kind: 'embed', dom: ['vf-conversations', '.viafoura', 'vf-comments'], script: ['viafoura.co', 'viafoura.net'], login: 'required' },
  ghost: { kind: 'embed', dom: ['#ghost-comments-root', 'script[data-ghost-comments]', '[data-ghost-comments]'], script: ['comments-ui.min.js'], login: 'required' },
  // Hosted widgets found by the container their embed code asks for (graphcomment.com, vuukle.com,
  // talkyard.io, fastcomments.com docs).
  graphcomment: { kind: 'embed', dom: ['#graphcomment'], script: ['graphcomment.com/js'], login: 'unknown' },
  vuukle: { kind: 'embed', dom: ['#vuukle-comments', '.vuukle-comments'], script: ['cdn.vuukle.com'], login: 'unknown' },
  talkyard: { kind: 'embed', dom: ['.talkyard-comments'], script: ['talkyard-comments'], login: 'unknown' },
  fastcomments: { kind: 'embed', dom: ['#fastcomments-widget', '.fastcomments'], script: ['cdn.fastcomments.com'], login: 'unknown' },

  // Generic comment markup: schema.org UserComments/Comment and common names, XenForo threads
  // without their own classes, Contao's comments module (.ce_comments), German
  // "Lesermeinungen"/"Kommentare" sections, .comments-container / .comment-container
  // (Bootstrap-style fiction and forum sites that load comments on a button) and any form whose
  // id names comments. Links (share bars with a "comments" class) are never sections.
  generic: {
    kind: 'reader',
    fallback: true,
    loose: true,
    mark: '[itemtype*="schema.org/UserComments"], [itemprop="comment"], .comment-list, .comments-list, .commentlist, .post-comments, #comments:not(a), .comments:not(a), .comments-container, .comment-container, .comments-section, #kommentarer, .kommentarer, #kommentare, #lesermeinungen, .ce_comments, form[id*="comment" i]',
    // schema.org Comment, the <li>s of any list whose class names a comment list
    // ("xenforo-comments-list", "article-comment-list"), and blocks classed "comment" /
    // "Comment" (not spans: syntax highlighters mark code comments as span.comment).
    items: '[itemtype*="schema.org/Comment"], [itemprop="comment"], [class*="comment-list" i] > li, [class*="comments-list" i] > li, [class*="commentlist" i] > li, div.comment, article.comment, div.Comment, li.comment',
    notIn: 'nav, .widget, form',
    author: { at: '[itemprop="author"] [itemprop="name"], [itemprop="author"], .author, .comment-author, .username' },
    time: [
      { at: 'time[datetime]', attr: 'datetime' },
      { at: '[itemprop="dateCreated"]', attr: 'content' },
      { at: '[itemprop="dateCreated"], time' },
    ],
    owner: { classes: /\b(?:bypostauthor|by-author|is-author|owner|staff|blog-author)\b/ },
    login: {},
    evidence: { source: 'markup', label: 'comments' },
  },
});

/** The id of a comment system Tillit names. */
export type CommentSystemId = keyof typeof COMMENT_SYSTEMS;

/** A comment, or its body: a commenter's own words (a promise in one is not the site's). */
export const COMMENT = '.comment-body, li.comment, .comment-content, [itemprop~="comment"]';

/**
 * The comment area, wherever a gatherer needs it: the comments and the section around them.
 * Names, dates, addresses and links in here are the commenters', not the site's. Contao's comment
 * module uses .comment_default.
 */
export const COMMENT_AREA = `${COMMENT}, .comment, .comments, #comments, .comment-list, .commentlist, .comment_default`;

/** Where a section shows its count ("3 kommentarer", "Comments (48)"). */
export const COUNT_AT = 'h2, h3, h4, .comments-title, .comment-count, .comments-count, #comments-title, [class*="comments-total"]';

/** Marks of a section that takes no more comments (besides the phrases in phrases.ts). */
export const CLOSED_MARK = '.comments-closed, p.nocomments, .no-comments-allowed';

/** A textarea named for comments: the comment form when the section holds none. */
export const COMMENT_TEXTAREA = 'textarea[name*="comment" i], textarea[id*="comment" i], textarea[name="post"], textarea[name="message"], textarea[name="text"]';

/** Fields of a comment form that let anyone comment: a name or an e-mail address. */
export const ANONYMOUS_FIELDS = 'input[name="author"], input[name*="name" i]:not([type="hidden"]), input[type="email"], input[name*="mail" i]:not([type="hidden"])';

/** Buttons and links of a section that may ask the reader to sign in (their words: phrases.ts LOGIN_WORD). */
export const LOGIN_CONTROL = 'a[href], button, [role="button"]';
