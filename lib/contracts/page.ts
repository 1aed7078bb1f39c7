import { int, list, num, text, z } from '../schema-kit';
import { Evidence, Finding } from './evidence';
import { ProfilePlatform, ProfileSignals } from './profile';

// The contract between the content script (which runs in the page) and the popup. The content
// script only imports the *types* below, so zod stays out of the injected bundle; the popup
// parses every result with `PageSignals` because a hostile page can tamper with what comes back.

export { Evidence, Finding } from './evidence';

export const Author = z.object({
  name: text(120),
  /** True when a reader sees the name on the page (not only in meta tags or JSON-LD). */
  visible: z.boolean(),
  profileUrl: z.nullable(text(2000)),
  /** A bio, role or credentials shown with the author. */
  bio: z.nullable(Finding),
  evidence: Evidence,
});
export type Author = z.infer<typeof Author>;

export const LinkKind = z.enum(['contact', 'impressum', 'about', 'privacy']);
export type LinkKind = z.infer<typeof LinkKind>;

export const PageLink = z.object({ kind: LinkKind, url: text(2000), evidence: Evidence });
export type PageLink = z.infer<typeof PageLink>;

export const Contact = z.object({
  emails: list(Finding, 50),
  phones: list(Finding, 50),
  addresses: list(Finding, 20),
  organisationNames: list(Finding, 20),
  /** Norwegian organisation numbers that pass the mod-11 check. */
  orgNumbers: list(Finding, 20),
  pages: list(PageLink, 50),
  socialProfiles: list(Finding, 50),
  chatWidgets: list(Finding, 10),
  contactForms: list(Finding, 10),
});
export type Contact = z.infer<typeof Contact>;

/**
 * A comment system's id: a key of lib/patterns/comment-systems.ts, the one list of them (the
 * contract may not import the data, so here it is any short id; the gatherer only ever writes
 * the data's keys).
 */
export const CommentSystem = text(40);
export type CommentSystem = z.infer<typeof CommentSystem>;

export const Comment = z.object({
  author: z.nullable(text(120)),
  /** Written by the blog owner or the post's author (WordPress bypostauthor, Blogger blog-author). */
  byOwner: z.boolean(),
  /** ISO 8601 time, or null when the page shows none. */
  time: z.nullable(text(40)),
  /** Index (in `comments`) of the comment this one answers, or null for a top-level comment. */
  replyTo: z.nullable(int(0)),
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
  count: z.nullable(int(0)),
  /** What the page says the count is ("3 kommentarer"), or null. */
  displayedCount: z.nullable(int(0)),
  comments: list(Comment, 500),
  login: LoginPolicy,
  closed: z.boolean(),
  evidence: Evidence,
});
export type CommentSection = z.infer<typeof CommentSection>;

export const DatedFinding = z.object({ date: text(40), evidence: Evidence });
export type DatedFinding = z.infer<typeof DatedFinding>;

export const ArchiveEntry = z.object({
  year: int(1990, 2200),
  month: z.nullable(int(1, 12)),
  count: z.nullable(int(0)),
});
export type ArchiveEntry = z.infer<typeof ArchiveEntry>;

export const Dates = z.object({
  published: z.nullable(DatedFinding),
  modified: z.nullable(DatedFinding),
  /** Dates of posts shown on the page (one on an article, many on a listing page). */
  posts: list(DatedFinding, 500),
  archive: list(ArchiveEntry, 600),
  archiveEvidence: z.nullable(Evidence),
  copyright: z.nullable(z.object({ from: int(1990, 2200), to: int(1990, 2200), evidence: Evidence })),
});
export type Dates = z.infer<typeof Dates>;

export const Engagement = z.object({
  invitations: list(Finding, 20),
  promises: list(Finding, 20),
  /** First-person words (jeg/vi/I/we…) in the main content. */
  firstPerson: z.object({ count: int(0), evidence: z.nullable(Evidence) }),
  signatures: list(Finding, 10),
  feeds: list(Finding, 20),
  newsletters: list(Finding, 10),
  /** Links from the main content to other sites. */
  sources: z.object({ count: int(0), examples: list(Finding, 5) }),
});
export type Engagement = z.infer<typeof Engagement>;

/** Publishing platforms Tillit recognises; lib/patterns/platforms.ts keys one detection record by each. */
export const PLATFORM_NAMES = ['wordpress', 'blogger', 'ghost', 'substack', 'medium'] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];

export const Platform = z.object({
  name: z.nullable(z.enum(PLATFORM_NAMES)),
  /** WordPress REST root announced by the page, if any. */
  apiRoot: z.nullable(text(2000)),
});
export type Platform = z.infer<typeof Platform>;

export const PageSignals = z.object({
  schema: z.literal(1),
  url: text(4000),
  /** The document's MIME type: Chromium's PDF viewer answers with an empty application/pdf document. */
  contentType: text(100),
  title: text(300),
  lang: z.nullable(text(20)),
  /** True when the time budget ran out and some gatherers were skipped. */
  partial: z.boolean(),
  elapsedMs: num(0),
  authors: list(Author, 50),
  contact: Contact,
  comments: list(CommentSection, 10),
  dates: Dates,
  engagement: Engagement,
  platform: Platform,
  /** A social platform serves this page (lib/profiles): the page gatherers were not run on it. */
  social: z.nullable(ProfilePlatform),
  /** What the profile shows, read by the profile reader (profile.js) when `social` is set; null otherwise. */
  profile: z.nullable(ProfileSignals),
});
export type PageSignals = z.infer<typeof PageSignals>;
