import { int, list, text, z } from '../schema-kit';
import { Evidence, Finding } from './evidence';

// The profile artifact: what a company's profile on a social platform shows about it, read in the
// page by lib/profiles (FACTORS.md "Profiles on social platforms"). Like PageSignals, the content
// script imports only the types; the popup and the CLI parse it, since the page can tamper with it.
// Values are flat (summary.profile copies them as they are); each scalar field that was found has
// its evidence in `evidence`, under the field's name, so the popup can "Show on page".

export const PROFILE_PLATFORMS = ['linkedin', 'youtube', 'facebook', 'x', 'instagram', 'bluesky', 'mastodon'] as const;
export const ProfilePlatform = z.enum(PROFILE_PLATFORMS);
export type ProfilePlatform = z.infer<typeof ProfilePlatform>;

/** A profile (or company page, channel), one post with its thread, a feed of many accounts, or anything else. */
export const ProfilePageType = z.enum(['profile', 'post', 'feed', 'other']);
export type ProfilePageType = z.infer<typeof ProfilePageType>;

/** The scalar fields that carry evidence. */
export const PROFILE_FIELDS = [
  'handle', 'name', 'verified', 'about', 'website', 'joined', 'followers',
  'industry', 'size', 'location', 'messageButton', 'commentsOpen', 'typicallyReplies',
] as const;
export const ProfileField = z.enum(PROFILE_FIELDS);
export type ProfileField = z.infer<typeof ProfileField>;

/** At most this many posts are kept (newest first). */
export const MAX_PROFILE_POSTS = 100;

export const ProfilePost = z.object({
  /** ISO 8601 day or time; relative times ("4d", "hace 2 días") are resolved against the analysis time. */
  date: text(40),
  /** Written by the profile's account (false for reposts and for other people's posts shown on the page). */
  byAccount: z.boolean(),
  /** On a single post's page: how many replies in its thread the account wrote itself. */
  repliesByAccount: z.optional(int(0)),
  evidence: Evidence,
});
export type ProfilePost = z.infer<typeof ProfilePost>;

export const ProfileSignals = z.object({
  platform: ProfilePlatform,
  pageType: ProfilePageType,
  /** The profile's address on the platform, as read (the address bar, or the page's canonical URL for a saved page). */
  url: text(4000),
  /** The account's handle without "@" (x: "fjordkaffe", linkedin: "nordlys-bakeri", youtube: "@fjordkaffe" or "UC…"). */
  handle: z.nullable(text(200)),
  name: z.nullable(text(200)),
  /** The platform's verification mark; null when the page cannot tell. */
  verified: z.nullable(z.boolean()),
  about: z.nullable(text(2000)),
  /** The profile's own site: never another social profile or a platform URL; redirectors unwrapped. */
  website: z.nullable(text(2000)),
  /** Joined / founded / created, as the page states it. */
  joined: z.nullable(z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/))),
  /** Exact when the page gives it, else the rounded count shown ("25M" → 25000000, followersApprox true). */
  followers: z.nullable(int(0)),
  followersApprox: z.boolean(),
  /** Contact details in the profile's own fields (intro card, about section), never in posts. */
  contact: z.object({ emails: list(Finding, 5), phones: list(Finding, 5), addresses: list(Finding, 5) }),
  industry: z.nullable(text(200)),
  /** Company size as stated ("51-200 employees"). */
  size: z.nullable(text(200)),
  /** Location / headquarters as stated. */
  location: z.nullable(text(300)),
  /** A "Message" button is shown (null: the page cannot show one, e.g. to a guest). */
  messageButton: z.nullable(z.boolean()),
  /** The public may reply to the account's posts (null when the page shows no posts or no reply control). */
  commentsOpen: z.nullable(z.boolean()),
  /** The platform's reply-time indicator ("Typically replies within an hour"), as shown. */
  typicallyReplies: z.nullable(text(200)),
  /** Dated posts shown on the page, newest first. */
  posts: list(ProfilePost, MAX_PROFILE_POSTS),
  evidence: z.partialRecord(ProfileField, Evidence),
});
export type ProfileSignals = z.infer<typeof ProfileSignals>;
