import type { Report as AnyReport } from '../contracts/report';
import type { Criterion, DetailKeys } from './criterion';
import authorNamed from './criteria/author-named';
import authorProfile from './criteria/author-profile';
import authorExpertise from './criteria/author-expertise';
import personalTone from './criteria/personal-tone';
import sources from './criteria/sources';
import contactDetails from './criteria/contact-details';
import postalAddress from './criteria/postal-address';
import organisationNamed from './criteria/organisation-named';
import aboutPage from './criteria/about-page';
import privacyPolicy from './criteria/privacy-policy';
import contactPage from './criteria/contact-page';
import commentSection from './criteria/comment-section';
import openCommenting from './criteria/open-commenting';
import feedbackInvited from './criteria/feedback-invited';
import visibleComments from './criteria/visible-comments';
import openChannels from './criteria/open-channels';
import ownerReplies from './criteria/owner-replies';
import replyTime from './criteria/reply-time';
import responsePromise from './criteria/response-promise';
import fastChannels from './criteria/fast-channels';
import history from './criteria/history';
import recency from './criteria/recency';
import cadence from './criteria/cadence';
import copyrightCurrent from './criteria/copyright-current';
import followFeed from './criteria/follow-feed';
import profileVerified from './criteria/profile-verified';
import profileAbout from './criteria/profile-about';
import profileOwnSite from './criteria/profile-own-site';
import profileOwnVoice from './criteria/profile-own-voice';
import profileWebsite from './criteria/profile-website';
import profileContact from './criteria/profile-contact';
import profileAddress from './criteria/profile-address';
import profileFacts from './criteria/profile-facts';
import profileCommentsOpen from './criteria/profile-comments-open';
import profileMessage from './criteria/profile-message';
import profileVisibleComments from './criteria/profile-visible-comments';
import profileReplies from './criteria/profile-replies';
import profileReplyTime from './criteria/profile-reply-time';
import profileAccountAge from './criteria/profile-account-age';
import profileRecency from './criteria/profile-recency';
import profileCadence from './criteria/profile-cadence';

// The models: every criterion Tillit scores, in FACTORS.md's order (the order the popup lists
// them in). Each lives in its own file in criteria/ — id, factor, points, what it reads, its
// rule and its words. The weight table, the criterion ids, the message keys and the model
// version are all derived from these lists. To add a criterion: its file, an import above and
// its place in its list (README, "How to change Tillit").

/** A blog or a company site (FACTORS.md, "Starting weights"). */
export const CRITERIA = [
  authorNamed,
  authorProfile,
  authorExpertise,
  personalTone,
  sources,
  contactDetails,
  postalAddress,
  organisationNamed,
  aboutPage,
  privacyPolicy,
  contactPage,
  commentSection,
  openCommenting,
  feedbackInvited,
  visibleComments,
  openChannels,
  ownerReplies,
  replyTime,
  responsePromise,
  fastChannels,
  history,
  recency,
  cadence,
  copyrightCurrent,
  followFeed,
] as const satisfies readonly Criterion[];

/** A company's profile on a social platform (FACTORS.md, "Profiles on social platforms"); files criteria/profile-*.ts. */
export const PROFILE_CRITERIA = [
  profileVerified,
  profileAbout,
  profileOwnSite,
  profileOwnVoice,
  profileWebsite,
  profileContact,
  profileAddress,
  profileFacts,
  profileCommentsOpen,
  profileMessage,
  profileVisibleComments,
  profileReplies,
  profileReplyTime,
  profileAccountAge,
  profileRecency,
  profileCadence,
] as const satisfies readonly Criterion[];

type AnyCriterion = (typeof CRITERIA)[number] | (typeof PROFILE_CRITERIA)[number];
/** A criterion of either model. */
export type CriterionId = AnyCriterion['id'];
/** Every detail line a criterion of these models can give. */
export type DetailKey = DetailKeys<AnyCriterion>;
/** The message keys the models' criteria bring to the catalogue (lib/i18n). */
export type CriterionMessageKey = `criterion.${CriterionId}` | `criterion.${CriterionId}.tip` | DetailKey;

/** A set of criteria to score with, and its version. */
export interface Model<C extends Criterion = Criterion> {
  readonly criteria: readonly C[];
  /** Changes whenever a criterion is added, removed, renamed, moved or reweighted, or a limit changes. */
  readonly version: string;
}

/**
 * A model's version, derived from its criteria (ids, factors, points and limits, in order): a
 * short hash, so nobody has to remember to bump a number. Saved analyses keep it, and the Sites
 * page marks where it changed between two analyses of a site.
 */
export function modelOf<C extends Criterion>(criteria: readonly C[]): Model<C> {
  const text = JSON.stringify(criteria.map((c) => [c.id, c.factor, c.points, c.limits ?? {}]));
  // FNV-1a, 32 bits: stable across browsers and Node, and plenty for telling models apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return { criteria, version: `m${hash.toString(16).padStart(8, '0')}` };
}

/** This build's model for pages. */
export const MODEL: Model<(typeof CRITERIA)[number]> = modelOf(CRITERIA);

/** This build's model for profiles on social platforms: a version of its own. */
export const PROFILE_MODEL: Model<(typeof PROFILE_CRITERIA)[number]> = modelOf(PROFILE_CRITERIA);

/** A report of this build's models: their criterion ids, not any string. */
export type Report = AnyReport<CriterionId>;
export type FactorResult = Report['factors'][number];
export type CriterionResult = FactorResult['criteria'][number];
export type Tip = Report['tips'][number];

/**
 * The criteria whose verdict is the site's rather than the page's: they read only what a site
 * shows on every page (its contact details, its links to contact, about and privacy pages) and
 * what is known besides the page. Two pages of a site can be compared on these alone
 * (lib/notes/changes.ts).
 */
export const SITE_WIDE_CRITERIA: ReadonlySet<string> = new Set(
  CRITERIA.filter((c) => (c.reads as readonly string[]).every((input) => ['contact', 'site', 'company', 'url'].includes(input))).map((c) => c.id),
);
