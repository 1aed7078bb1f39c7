import type { SiteEvidence } from '../contracts/site';
import { median } from '../util/stats';
import { DAY_MS, daysBetween, HOUR_MS } from '../util/time';
import type { Comment, Evidence, Finding, PageSignals } from '../contracts/page';
import type { Verdict } from './model';
import type { CriterionId } from './weights';

// One evaluator per criterion: a pure function of the page's signals and the day of analysis.
// They decide met / partial / unmet / unobservable and name the evidence; points live in
// weights.ts and text in lib/i18n.

/** `site` is the evidence from the rest of the site, when the user asked for it (lib/site-scan). */
export type Evaluator = (signals: PageSignals, now: Date, site: SiteEvidence | null) => Verdict;

/** FACTORS.md thresholds. */
export const THRESHOLDS = {
  replyFullHours: 24,
  replyHalfHours: 72,
  historyYears: 2,
  recencyDays: 90,
  cadenceMonths: 6,
  personalToneWords: 5,
  sources: 2,
} as const;

const met = (evidence: Evidence[] = [], detail?: Verdict['detail']): Verdict => ({ status: 'met', evidence, ...(detail ? { detail } : {}) });
const partial = (evidence: Evidence[] = [], detail?: Verdict['detail'], share = 0.5): Verdict => ({ status: 'partial', share, evidence, ...(detail ? { detail } : {}) });
const unmet = (detail?: Verdict['detail'], evidence: Evidence[] = []): Verdict => ({ status: 'unmet', evidence, ...(detail ? { detail } : {}) });
const unobservable = (detail: Verdict['detail']): Verdict => ({ status: 'unobservable', evidence: [], ...(detail ? { detail } : {}) });
const ev = (findings: readonly Finding[], max = 3): Evidence[] => findings.slice(0, max).map((f) => f.evidence);
const presence = (findings: readonly Finding[]): Verdict => (findings.length ? met(ev(findings)) : unmet());

// ---- dates -------------------------------------------------------------------------------

function toTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(t) ? null : t;
}

interface Dated {
  time: number;
  evidence: Evidence | null;
}

/**
 * Every dated piece of activity the page shows, ignoring dates in the future. Recency asks what
 * the *site* did lately, so it leaves out readers' comments (a fresh comment under an abandoned
 * post is not the company keeping at it); history counts everything, copyright included.
 */
export function activity(s: PageSignals, now: Date, scope: 'site' | 'all'): Dated[] {
  const limit = now.getTime() + DAY_MS;
  const out: Dated[] = [];
  const push = (iso: string | null | undefined, evidence: Evidence | null) => {
    const t = toTime(iso);
    if (t !== null && t <= limit) out.push({ time: t, evidence });
  };
  const d = s.dates;
  if (d.published) push(d.published.date, d.published.evidence);
  if (d.modified) push(d.modified.date, d.modified.evidence);
  for (const p of d.posts) push(p.date, p.evidence);
  for (const section of s.comments) for (const c of section.comments) if (scope === 'all' || c.byOwner) push(c.time, c.evidence);
  for (const a of d.archive) {
    if (a.count === 0) continue; // a month listed with no posts is no activity
    // An archive month counts from its first day (history) — its last day would overstate recency.
    push(`${a.year}-${String(a.month ?? 1).padStart(2, '0')}-01`, d.archiveEvidence);
  }
  if (scope === 'all' && d.copyright) push(`${d.copyright.from}-01-01`, d.copyright.evidence);
  return out;
}

function monthsOf(s: PageSignals, now: Date): Set<string> {
  const limit = now.getTime() + DAY_MS;
  const months = new Set<string>();
  const add = (iso: string | null | undefined) => {
    const t = toTime(iso);
    if (t !== null && t <= limit) months.add(new Date(t).toISOString().slice(0, 7));
  };
  for (const p of s.dates.posts) add(p.date);
  add(s.dates.published?.date);
  for (const a of s.dates.archive) if (a.month && (a.count ?? 1) > 0) add(`${a.year}-${String(a.month).padStart(2, '0')}-01`);
  return months;
}

// ---- comments ------------------------------------------------------------------------------

const visibleSections = (s: PageSignals) => s.comments.filter((c) => c.observable && c.count !== null);
const readerComments = (s: PageSignals) => visibleSections(s).flatMap((c) => c.comments.filter((x) => !x.byOwner));

/**
 * The owner's comments that answer a reader, each with the reader comment it answers: in a
 * thread its parent; in a flat list (no threading) the reader comment just before it. An owner
 * comment that answers nobody (an opening remark) is not a reply.
 */
export function ownerAnswers(comments: readonly Comment[]): { reply: Comment; to: Comment }[] {
  const out: { reply: Comment; to: Comment }[] = [];
  comments.forEach((reply, i) => {
    if (!reply.byOwner) return;
    let parent: Comment | undefined;
    if (reply.replyTo !== null) parent = comments[reply.replyTo];
    else for (let j = i - 1; j >= 0; j--) if (!comments[j]!.byOwner) { parent = comments[j]; break; }
    if (parent && !parent.byOwner) out.push({ reply, to: parent });
  });
  return out;
}

/** Hours from each answered reader comment to the owner's reply. */
export function replyDelays(comments: readonly Comment[]): number[] {
  const delays: number[] = [];
  for (const { reply, to } of ownerAnswers(comments)) {
    const replyTime = toTime(reply.time);
    const parentTime = toTime(to.time);
    if (replyTime === null || parentTime === null || replyTime < parentTime) continue;
    delays.push((replyTime - parentTime) / HOUR_MS);
  }
  return delays;
}


// ---- site-level evidence -------------------------------------------------------------------

const siteLevel = (verdict: Verdict): Verdict => ({ ...verdict, siteLevel: true });

/** The page's own verdict, upgraded by what the rest of the site showed where the page falls short. */
function orSite(page: Verdict, site: Verdict | null): Verdict {
  if (!site) return page;
  const rank = { met: 3, partial: 2, unmet: 1, unobservable: 0 } as const;
  return rank[site.status] > rank[page.status] ? siteLevel(site) : page;
}

function siteContact(site: SiteEvidence | null, pick: (c: SiteEvidence['contact']) => Finding[]): Verdict | null {
  const found = site ? pick(site.contact) : [];
  return found.length ? met(ev(found)) : null;
}

function siteReplies(site: SiteEvidence | null): SiteEvidence['replies'] {
  return site?.replies && site.replies.readerComments > 0 ? site.replies : null;
}

/** The site's first activity and newest post, as dated items for history and recency. */
function siteActivity(site: SiteEvidence | null, which: 'first' | 'last'): Dated[] {
  const iso = site?.activity[which];
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? [] : [{ time: t, evidence: site!.activity.evidence }];
}

// ---- replies on this page ---------------------------------------------------------------------

function pageOwnerReplies(s: PageSignals): Verdict {
  if (s.comments.length && !visibleSections(s).length) return unobservable({ key: 'detail.commentsHidden' });
  const readers = readerComments(s);
  if (!readers.length) return unobservable({ key: 'detail.noComments' });
  const answers = visibleSections(s).flatMap((c) => ownerAnswers(c.comments));
  const detail = { key: 'detail.ownerReplies', params: { replies: answers.length, comments: readers.length } } as const;
  return answers.length ? met(answers.slice(0, 3).map((a) => a.reply.evidence), detail) : unmet(detail);
}

function pageReplyTime(s: PageSignals): Verdict {
  if (s.comments.length && !visibleSections(s).length) return unobservable({ key: 'detail.commentsHidden' });
  const readers = readerComments(s);
  if (!readers.length) return unobservable({ key: 'detail.noComments' });
  if (!readers.some((c) => c.time)) return unobservable({ key: 'detail.noCommentTimes' });
  const sections = visibleSections(s);
  const owners = sections.flatMap((c) => ownerAnswers(c.comments).map((a) => a.reply));
  // Reader comments with times and no owner reply at all: silence is an answer.
  if (!owners.length) return unmet({ key: 'detail.noOwnerReply' }, readers.slice(0, 2).map((c) => c.evidence));
  const hours = median(sections.flatMap((c) => replyDelays(c.comments)));
  if (hours === null) return unobservable({ key: 'detail.noCommentTimes' });
  const detail = { key: 'detail.medianReply', params: { hours: Math.round(hours * 10) / 10 } } as const;
  const evidence = owners.slice(0, 2).map((c) => c.evidence);
  if (hours <= THRESHOLDS.replyFullHours) return met(evidence, detail);
  if (hours <= THRESHOLDS.replyHalfHours) return partial(evidence, detail);
  return unmet(detail, evidence);
}

// ---- the evaluators -------------------------------------------------------------------------

export const EVALUATORS: Record<CriterionId, Evaluator> = {
  'author-named': (s) => {
    const visible = s.authors.filter((a) => a.visible && a.name);
    if (visible.length) return met(visible.slice(0, 3).map((a) => a.evidence), { key: 'detail.authors', params: { names: visible.slice(0, 3).map((a) => a.name).join(', ') } });
    const hidden = s.authors.filter((a) => a.name);
    if (hidden.length) return partial(hidden.slice(0, 3).map((a) => a.evidence), { key: 'detail.authorHidden', params: { names: hidden.slice(0, 3).map((a) => a.name).join(', ') } });
    return unmet();
  },
  'author-profile': (s) => {
    const withProfile = [...s.authors].sort((a, b) => Number(b.visible) - Number(a.visible)).find((a) => a.profileUrl);
    return withProfile ? met([withProfile.evidence], { key: 'detail.profile', params: { url: withProfile.profileUrl! } }) : unmet();
  },
  'author-expertise': (s) => {
    const bio = s.authors.find((a) => a.bio)?.bio;
    return bio ? met([bio.evidence]) : unmet();
  },
  'personal-tone': (s) => {
    const { firstPerson, signatures } = s.engagement;
    const evidence = [...(firstPerson.evidence ? [firstPerson.evidence] : []), ...ev(signatures, 1)];
    const detail = { key: 'detail.firstPerson', params: { count: firstPerson.count } } as const;
    if (firstPerson.count >= THRESHOLDS.personalToneWords || signatures.length) return met(evidence, detail);
    if (firstPerson.count > 0) return partial(evidence, detail);
    return unmet(detail);
  },
  sources: (s) => {
    const { count, examples } = s.engagement.sources;
    const detail = { key: 'detail.sources', params: { count } } as const;
    if (count >= THRESHOLDS.sources) return met(ev(examples), detail);
    if (count > 0) return partial(ev(examples), detail);
    return unmet(detail);
  },

  'contact-details': (s, _now, site) => orSite(presence([...s.contact.emails, ...s.contact.phones]), siteContact(site, (c) => [...c.emails, ...c.phones])),
  'postal-address': (s, _now, site) => orSite(presence(s.contact.addresses), siteContact(site, (c) => c.addresses)),
  'organisation-named': (s, _now, site) => orSite(presence([...s.contact.orgNumbers, ...s.contact.organisationNames]), siteContact(site, (c) => c.organisation)),
  'about-page': (s) => presence(s.contact.pages.filter((p) => p.kind === 'about').map((p) => ({ value: p.url, evidence: p.evidence }))),
  'privacy-policy': (s) => presence(s.contact.pages.filter((p) => p.kind === 'privacy').map((p) => ({ value: p.url, evidence: p.evidence }))),
  'contact-page': (s) => presence(s.contact.pages.filter((p) => p.kind === 'contact' || p.kind === 'impressum').map((p) => ({ value: p.url, evidence: p.evidence }))),

  'comment-section': (s) => {
    if (!s.comments.length) return unmet();
    const open = s.comments.filter((c) => !c.closed);
    const detail = { key: 'detail.commentSystem', params: { system: s.comments[0]!.system } } as const;
    if (open.length) return met(open.map((c) => c.evidence), detail);
    return partial(s.comments.map((c) => c.evidence), { key: 'detail.commentsClosed' });
  },
  'open-commenting': (s) => {
    if (!s.comments.length) return unmet();
    const free = s.comments.find((c) => c.login === 'not-required');
    if (free) return met([free.evidence]);
    if (s.comments.every((c) => c.login === 'required')) return unmet({ key: 'detail.loginRequired' }, s.comments.map((c) => c.evidence));
    return unobservable({ key: 'detail.loginUnknown' });
  },
  'feedback-invited': (s) => presence(s.engagement.invitations),
  'visible-comments': (s) => {
    if (!s.comments.length) return unmet();
    const visible = visibleSections(s);
    if (!visible.length) return unobservable({ key: 'detail.commentsHidden' });
    const count = visible.reduce((n, c) => n + (c.count ?? 0), 0);
    const detail = { key: 'detail.commentCount', params: { count } } as const;
    return count > 0 ? met(visible.flatMap((c) => c.comments.slice(0, 2).map((x) => x.evidence)), detail) : unmet(detail);
  },
  'open-channels': (s) => presence([...s.contact.socialProfiles, ...s.engagement.feeds]),

  // Across the whole blog, replies say more than under one post: the site's verdict is used when
  // the page cannot show replies, and upgrades the page's otherwise. It never lowers it: feeds
  // without threading (flat Blogger comments, owners answering at the top level) show answers
  // the page itself can pair.
  'owner-replies': (s, _now, site) => {
    const page = pageOwnerReplies(s);
    const replies = siteReplies(site);
    if (!replies) return page;
    const detail = { key: 'detail.siteReplies', params: { replies: replies.answered, comments: replies.readerComments } } as const;
    const evidence = replies.evidence ? [replies.evidence] : [];
    const fromSite = replies.answered > 0 ? met(evidence, detail) : unmet(detail, evidence);
    return page.status === 'unobservable' ? siteLevel(fromSite) : orSite(page, fromSite);
  },
  'reply-time': (s, _now, site) => {
    const page = pageReplyTime(s);
    const replies = siteReplies(site);
    if (!replies || (replies.medianHours === null && replies.answered > 0)) return page;
    const evidence = replies.evidence ? [replies.evidence] : [];
    const detail = { key: 'detail.medianReply', params: { hours: replies.medianHours ?? 0 } } as const;
    // Readers' comments across the site and no owner reply at all: silence is an answer.
    const fromSite =
      replies.medianHours === null
        ? unmet({ key: 'detail.noOwnerReply' }, evidence)
        : replies.medianHours <= THRESHOLDS.replyFullHours
          ? met(evidence, detail)
          : replies.medianHours <= THRESHOLDS.replyHalfHours
            ? partial(evidence, detail)
            : unmet(detail, evidence);
    return page.status === 'unobservable' ? siteLevel(fromSite) : orSite(page, fromSite);
  },
  'response-promise': (s) => presence(s.engagement.promises),
  'fast-channels': (s) => presence([...s.contact.chatWidgets, ...s.contact.phones, ...s.contact.contactForms]),

  history: (s, now, site) => {
    const dated = [...activity(s, now, 'all'), ...siteActivity(site, 'first'), ...siteActivity(site, 'last')];
    if (!dated.length) return unmet({ key: 'detail.noDates' });
    const times = dated.map((d) => d.time);
    const first = Math.min(...times);
    const last = Math.max(...times);
    // Calendar years: 2024-11-20 → 2026-11-20 is two years whatever the leap days.
    const anniversary = new Date(first);
    anniversary.setUTCFullYear(anniversary.getUTCFullYear() + THRESHOLDS.historyYears);
    const earliest = dated.find((d) => d.time === first)!;
    const detail = { key: 'detail.history', params: { from: new Date(first).toISOString().slice(0, 10), to: new Date(last).toISOString().slice(0, 10) } } as const;
    return anniversary.getTime() <= last + DAY_MS / 2 ? met(earliest.evidence ? [earliest.evidence] : [], detail) : unmet(detail);
  },
  recency: (s, now, site) => {
    const dated = [...activity(s, now, 'site'), ...siteActivity(site, 'last')];
    if (!dated.length) return unmet({ key: 'detail.noDates' });
    const newest = dated.reduce((a, b) => (b.time > a.time ? b : a));
    const days = daysBetween(newest.time, now.getTime());
    const detail = { key: 'detail.newest', params: { date: new Date(newest.time).toISOString().slice(0, 10), days } } as const;
    return days <= THRESHOLDS.recencyDays ? met(newest.evidence ? [newest.evidence] : [], detail) : unmet(detail, newest.evidence ? [newest.evidence] : []);
  },
  cadence: (s, now, site) => {
    const months = monthsOf(s, now).size;
    const detail = { key: 'detail.months', params: { count: months } } as const;
    const evidence = s.dates.archiveEvidence ? [s.dates.archiveEvidence] : s.dates.posts.slice(0, 2).map((p) => p.evidence);
    const page = months >= THRESHOLDS.cadenceMonths ? met(evidence, detail) : unmet(detail, evidence);
    const active = site?.activity.activeMonths24 ?? 0;
    const fromSite = active >= THRESHOLDS.cadenceMonths ? met(site?.activity.evidence ? [site.activity.evidence] : [], { key: 'detail.activeMonths', params: { count: active } }) : null;
    return orSite(page, fromSite);
  },
  'copyright-current': (s, now) => {
    const year = now.getUTCFullYear();
    const c = s.dates.copyright;
    const modifiedYear = s.dates.modified ? Number(s.dates.modified.date.slice(0, 4)) : null;
    if (c && c.to === year) return met([c.evidence], { key: 'detail.copyright', params: { year: c.to } });
    if (modifiedYear === year && s.dates.modified) return met([s.dates.modified.evidence], { key: 'detail.updatedYear', params: { year } });
    if (c && c.to === year - 1) return partial([c.evidence], { key: 'detail.copyright', params: { year: c.to } });
    return c ? unmet({ key: 'detail.copyright', params: { year: c.to } }, [c.evidence]) : unmet();
  },
  'follow-feed': (s) => presence([...s.engagement.feeds, ...s.engagement.newsletters]),
};
