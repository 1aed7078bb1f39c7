import { z } from 'zod';

// The contract between the content script (which runs in the page) and the popup. The content
// script only imports the *types* below, so zod stays out of the injected bundle; the popup
// parses every result with `PageSignals` because a hostile page can tamper with what comes back.

const text = (max: number) => z.string().max(max);

/** Where a finding came from: a text snippet a person can recognise and a selector to find it again. */
export const Evidence = z.object({
  /** Short excerpt of what was found, plain text (never rendered as HTML). */
  snippet: text(300),
  /** CSS selector of the element, or null when the finding has no element (e.g. the URL). */
  selector: text(1000).nullable(),
  /** How it was found: 'json-ld', 'microdata', 'byline', 'meta', 'link', 'text', … */
  source: text(40),
});
export type Evidence = z.infer<typeof Evidence>;

/** One found value with its evidence. */
export const Finding = z.object({ value: text(500), evidence: Evidence });
export type Finding = z.infer<typeof Finding>;

export const Author = z.object({
  name: text(120),
  /** True when a reader sees the name on the page (not only in meta tags or JSON-LD). */
  visible: z.boolean(),
  profileUrl: text(2000).nullable(),
  /** A bio, role or credentials shown with the author. */
  bio: Finding.nullable(),
  evidence: Evidence,
});
export type Author = z.infer<typeof Author>;

export const LinkKind = z.enum(['contact', 'impressum', 'about', 'privacy']);
export type LinkKind = z.infer<typeof LinkKind>;

export const PageLink = z.object({ kind: LinkKind, url: text(2000), evidence: Evidence });
export type PageLink = z.infer<typeof PageLink>;

export const Contact = z.object({
  emails: z.array(Finding).max(50),
  phones: z.array(Finding).max(50),
  addresses: z.array(Finding).max(20),
  organisationNames: z.array(Finding).max(20),
  /** Norwegian organisation numbers that pass the mod-11 check. */
  orgNumbers: z.array(Finding).max(20),
  pages: z.array(PageLink).max(50),
  socialProfiles: z.array(Finding).max(50),
  chatWidgets: z.array(Finding).max(10),
  contactForms: z.array(Finding).max(10),
});
export type Contact = z.infer<typeof Contact>;

export const CommentSystem = z.enum([
  'native-wordpress',
  'wpdiscuz',
  'blogger',
  'disqus',
  'facebook',
  'giscus',
  'utterances',
  'hyvor',
  'commento',
  'remark42',
  'isso',
  'cusdis',
  'discourse',
  'coral',
  'intensedebate',
  'openweb',
  'viafoura',
  'ghost',
  'substack',
  'medium-responses',
  'generic',
]);
export type CommentSystem = z.infer<typeof CommentSystem>;

export const Comment = z.object({
  author: text(120).nullable(),
  /** Written by the blog owner or the post's author (WordPress bypostauthor, Blogger blog-author). */
  byOwner: z.boolean(),
  /** ISO 8601 time, or null when the page shows none. */
  time: text(40).nullable(),
  /** Index (in `comments`) of the comment this one answers, or null for a top-level comment. */
  replyTo: z.number().int().min(0).nullable(),
  evidence: Evidence,
});
export type Comment = z.infer<typeof Comment>;

export const LoginPolicy = z.enum(['required', 'not-required', 'unknown']);
export type LoginPolicy = z.infer<typeof LoginPolicy>;

export const CommentSection = z.object({
  system: CommentSystem,
  /** False when the comments live in a cross-origin iframe or load by script: present, contents unknown. */
  observable: z.boolean(),
  /** Comments found in the page, or null when they cannot be seen. */
  count: z.number().int().min(0).nullable(),
  /** What the page says the count is ("3 kommentarer"), or null. */
  displayedCount: z.number().int().min(0).nullable(),
  comments: z.array(Comment).max(500),
  login: LoginPolicy,
  closed: z.boolean(),
  evidence: Evidence,
});
export type CommentSection = z.infer<typeof CommentSection>;

export const DatedFinding = z.object({ date: text(40), evidence: Evidence });
export type DatedFinding = z.infer<typeof DatedFinding>;

export const ArchiveEntry = z.object({
  year: z.number().int().min(1990).max(2200),
  month: z.number().int().min(1).max(12).nullable(),
  count: z.number().int().min(0).nullable(),
});
export type ArchiveEntry = z.infer<typeof ArchiveEntry>;

export const Dates = z.object({
  published: DatedFinding.nullable(),
  modified: DatedFinding.nullable(),
  /** Dates of posts shown on the page (one on an article, many on a listing page). */
  posts: z.array(DatedFinding).max(500),
  archive: z.array(ArchiveEntry).max(600),
  archiveEvidence: Evidence.nullable(),
  copyright: z
    .object({
      from: z.number().int().min(1990).max(2200),
      to: z.number().int().min(1990).max(2200),
      evidence: Evidence,
    })
    .nullable(),
});
export type Dates = z.infer<typeof Dates>;

export const Engagement = z.object({
  invitations: z.array(Finding).max(20),
  promises: z.array(Finding).max(20),
  /** First-person words (jeg/vi/I/we…) in the main content. */
  firstPerson: z.object({ count: z.number().int().min(0), evidence: Evidence.nullable() }),
  signatures: z.array(Finding).max(10),
  feeds: z.array(Finding).max(20),
  newsletters: z.array(Finding).max(10),
  /** Links from the main content to other sites. */
  sources: z.object({ count: z.number().int().min(0), examples: z.array(Finding).max(5) }),
});
export type Engagement = z.infer<typeof Engagement>;

export const Platform = z.object({
  name: z.enum(['wordpress', 'blogger', 'ghost', 'substack', 'medium']).nullable(),
  /** WordPress REST root announced by the page, if any. */
  apiRoot: text(2000).nullable(),
});
export type Platform = z.infer<typeof Platform>;

export const PageSignals = z.object({
  schema: z.literal(1),
  url: text(4000),
  /** The document's MIME type: Chromium's PDF viewer answers with an empty application/pdf document. */
  contentType: text(100),
  title: text(300),
  lang: text(20).nullable(),
  /** True when the time budget ran out and some gatherers were skipped. */
  partial: z.boolean(),
  elapsedMs: z.number().min(0),
  authors: z.array(Author).max(50),
  contact: Contact,
  comments: z.array(CommentSection).max(10),
  dates: Dates,
  engagement: Engagement,
  platform: Platform,
});
export type PageSignals = z.infer<typeof PageSignals>;
