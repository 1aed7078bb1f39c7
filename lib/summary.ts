import type { FactorKey, Level, Report } from './contracts/report';
import type { CommentSection, PageSignals } from './contracts/page';
import type { ProfilePlatform, ProfileSignals } from './contracts/profile';
import { pageAnswers, replyRate, visibleSections } from './factors/comments';
import ownerReplies from './factors/criteria/owner-replies';

// A stable, flat summary of what the analyser found, shaped like the labels of the accuracy
// corpus (../shared/corpus/README.md), so that the CLI's --json output and the benchmark compare
// like with like. Pure: signals (and optionally the report) in, plain data out. `null` means
// unknown — the same convention the labels use.

export interface PageSummary {
  author: { present: boolean; names: string[]; profileLink: boolean | null };
  /** First-publication day, YYYY-MM-DD, as the page writes it (no time-zone shift). */
  published: string | null;
  comments: {
    present: boolean;
    /** Corpus names: native-wordpress, blogger, disqus, …; null for an unnamed native section. */
    system: string | null;
    /** Comments readable in the page, or null when they load by script / live in an iframe. */
    count: number | null;
    ownerReplies: boolean | null;
    loginRequired: boolean | null;
  };
  /**
   * The owner's reply rate as responsiveness measures it (lib/factors/comments.ts, `answersIn`),
   * over every readable comment section; all null where no section can be read.
   */
  replies: {
    /** Readers' comments (not the owner's): the sample the rate rests on. */
    readerComments: number | null;
    /** Of those, the ones the owner answered. */
    answered: number | null;
    /** answered / readerComments, to 3 decimals; null with no readers' comments. */
    rate: number | null;
    /** The sample reaches the minimum a rate rests on (5 readers' comments); below it the rate is partial evidence. */
    enoughComments: boolean | null;
  };
  contact: { email: boolean; phone: boolean; address: boolean; contactPageLink: boolean; aboutPageLink: boolean };
  factors: Partial<Record<FactorKey, { score: number | null; level: Level }>>;
  /** On a profile page of a social platform only: what the profile itself shows (null where it does not). */
  profile?: ProfileSummary;
}

/** The CLI's contract for a profile page (`summary.profile`); FACTORS.md "Profiles on social platforms". */
export interface ProfileSummary {
  platform: ProfilePlatform;
  name: string | null;
  verified: boolean | null;
  website: string | null;
  /** YYYY-MM or YYYY, as the page gives it. */
  joined: string | null;
  /** Rounded counts ("25M") are expanded. */
  followers: number | null;
  /** Dated posts by the account itself readable on the page (reposts and others' posts left out). */
  postsSeen: number;
  /** YYYY-MM-DD of the account's newest post. */
  lastPost: string | null;
}

export function summariseProfile(profile: ProfileSignals): ProfileSummary {
  const own = profile.posts.filter((p) => p.byAccount);
  const newest = own.map((p) => p.date).sort().at(-1) ?? null;
  const { platform, name, verified, website, joined, followers } = profile;
  return { platform, name, verified, website, joined, followers, postsSeen: own.length, lastPost: newest ? newest.slice(0, 10) : null };
}

/** The section that best stands for the page's comments: the first readable one, else the first. */
function mainSection(sections: readonly CommentSection[]): CommentSection | null {
  return sections.find((s) => s.observable && s.system !== 'generic') ?? sections.find((s) => s.system !== 'generic') ?? sections[0] ?? null;
}

export function summarise(signals: PageSignals, report?: Report | null): PageSummary {
  const visible = signals.authors.filter((a) => a.visible && a.name);
  const names: string[] = [];
  for (const a of visible) if (!names.some((n) => n.toLowerCase() === a.name.toLowerCase())) names.push(a.name);

  const section = mainSection(signals.comments);
  const readable = section?.observable && section.count !== null ? section : null;
  const comments: PageSummary['comments'] = {
    present: !!section,
    system: section && section.system !== 'generic' ? section.system : null,
    count: readable ? readable.count : null,
    // Told only where the comments can be read; a readable section with no comments has no
    // owner replies (false, as the corpus labels it), a script-loaded one is unknown (null).
    ownerReplies: readable ? readable.comments.some((c) => c.byOwner) : null,
    loginRequired: section ? (section.login === 'required' ? true : section.login === 'not-required' ? false : null) : null,
  };

  const pages = signals.contact.pages;
  const rate = visibleSections(signals).length ? replyRate(pageAnswers(signals)) : null;
  const replies: PageSummary['replies'] = {
    readerComments: rate?.comments ?? null,
    answered: rate?.answered ?? null,
    rate: rate && rate.rate !== null ? Math.round(rate.rate * 1000) / 1000 : null,
    enoughComments: rate ? rate.comments >= ownerReplies.limits.minComments : null,
  };
  const factors: PageSummary['factors'] = {};
  for (const f of report?.factors ?? []) factors[f.key] = { score: f.score, level: f.level };

  return {
    author: {
      present: visible.length > 0,
      names,
      profileLink: visible.length ? visible.some((a) => !!a.profileUrl) : null,
    },
    published: signals.dates.published ? signals.dates.published.date.slice(0, 10) : null,
    comments,
    replies,
    contact: {
      email: signals.contact.emails.length > 0,
      // Shown on the page, as the corpus labels count them: not only in JSON-LD.
      phone: signals.contact.phones.some((f) => f.evidence.source !== 'json-ld'),
      address: signals.contact.addresses.some((f) => f.evidence.source !== 'json-ld'),
      // The corpus counts an "Impressum" link alone as no contact page (its kind is 'impressum').
      contactPageLink: pages.some((p) => p.kind === 'contact'),
      aboutPageLink: pages.some((p) => p.kind === 'about'),
    },
    factors,
    ...(signals.profile ? { profile: summariseProfile(signals.profile) } : {}),
  };
}
