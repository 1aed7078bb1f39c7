/**
 * One company's rating from all the pages the audit read: not a mean of the pages' scores, but
 * the same scoring (lib/factors) run once over the evidence of every page together.
 *
 * - The site's pages are merged into one set of signals: lists of findings (authors, e-mails,
 *   phones, addresses, organisation names and numbers, contact/about/privacy links, social
 *   profiles, chat widgets, forms, invitations, promises, signatures, feeds, newsletters) are
 *   united, duplicates by value dropped; every comment section of every page is kept, so the
 *   owner's reply rate and the median reply time are over all readers' comments on all pages;
 *   every date (each page's publication and update dates, listed posts, archive months, comment
 *   times) is kept, so the archive span, the newest post and the active months are over all of
 *   them; the copyright line is the newest one. Counts that describe one text — first-person
 *   words, links out to sources — are the best page's, not a sum (five pages with one "we" each
 *   are not a personal text).
 * - With --site, the whole-site check of the start page is the site evidence of that scoring,
 *   as in the popup.
 * - Each profile on a social platform is its own channel, scored with the profile model. A
 *   factor of the company is the mean of the known scores of its channels (the site counted
 *   once, however many pages it had), and unknown when no channel could show it; the overall is
 *   the mean of the known factors — the rules of the Companies view (lib/companies/group.ts).
 */
import type { CompanyEvidence } from '../../contracts/company';
import type { Evidence, Finding, PageSignals } from '../../contracts/page';
import type { SiteEvidence } from '../../contracts/site';
import { companyOverall, factorAcross } from '../../companies/group';
import { FACTOR_KEYS, scorePage, type FactorKey, type Level, type Report } from '../../factors';

/** The merged signals, and which page each piece of evidence came from. */
export interface MergedSignals {
  signals: PageSignals;
  /** The page an evidence object was read on (by identity), for links in the report. */
  pageOf: Map<Evidence, string>;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const byValue = (f: Finding) => f.value.trim().toLowerCase();

/** Every evidence object in a page's signals (for the page-of map). */
function* evidenceIn(value: unknown): Generator<Evidence> {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* evidenceIn(v);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o['snippet'] === 'string' && typeof o['source'] === 'string' && 'selector' in o) {
    yield o as unknown as Evidence;
    return;
  }
  for (const v of Object.values(o)) yield* evidenceIn(v);
}

/** The site's pages as one page's worth of signals (see the top of this file). The first page leads (title, language). */
export function mergeSignals(pages: readonly PageSignals[]): MergedSignals {
  if (!pages.length) throw new Error('mergeSignals needs at least one page');
  const pageOf = new Map<Evidence, string>();
  for (const p of pages) for (const e of evidenceIn(p)) if (!pageOf.has(e)) pageOf.set(e, p.url);
  const all = <T>(pick: (p: PageSignals) => readonly T[]) => pages.flatMap(pick);
  const findings = (pick: (p: PageSignals) => readonly Finding[]) => uniqueBy(all(pick), byValue);
  const lead = pages[0]!;
  const newest = <T extends { date: string }>(items: (T | null)[]) => items.filter((x): x is T => !!x).sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || 0)[0] ?? null;

  // Each page's own publication date is one more dated post of the site.
  const posts = uniqueBy(
    [...all((p) => p.dates.posts), ...pages.flatMap((p) => (p.dates.published ? [p.dates.published] : []))],
    (d) => `${d.date}\u0000${d.evidence.snippet}`,
  );
  const archive = new Map<string, PageSignals['dates']['archive'][number]>();
  for (const a of all((p) => p.dates.archive)) {
    const key = `${a.year}-${a.month ?? ''}`;
    const had = archive.get(key);
    if (!had || (a.count ?? -1) > (had.count ?? -1)) archive.set(key, a);
  }
  const copyrights = pages.map((p) => p.dates.copyright).filter((c) => !!c);
  const copyright = copyrights.length ? { ...copyrights.reduce((a, b) => (b.to > a.to ? b : a)), from: Math.min(...copyrights.map((c) => c.from)) } : null;
  const best = <T>(pick: (p: PageSignals) => T, count: (t: T) => number) => pages.map(pick).reduce((a, b) => (count(b) > count(a) ? b : a));

  const signals: PageSignals = {
    schema: 1,
    url: lead.url,
    contentType: lead.contentType,
    title: lead.title,
    lang: pages.find((p) => p.lang)?.lang ?? null,
    partial: pages.some((p) => p.partial),
    elapsedMs: pages.reduce((n, p) => n + p.elapsedMs, 0),
    authors: uniqueBy(all((p) => p.authors), (a) => `${a.name.trim().toLowerCase()}\u0000${a.visible}\u0000${a.profileUrl ?? ''}\u0000${a.bio ? 1 : 0}`),
    contact: {
      emails: findings((p) => p.contact.emails),
      phones: findings((p) => p.contact.phones),
      addresses: findings((p) => p.contact.addresses),
      organisationNames: findings((p) => p.contact.organisationNames),
      orgNumbers: findings((p) => p.contact.orgNumbers),
      pages: uniqueBy(all((p) => p.contact.pages), (l) => `${l.kind}\u0000${l.url}`),
      socialProfiles: findings((p) => p.contact.socialProfiles),
      chatWidgets: findings((p) => p.contact.chatWidgets),
      contactForms: findings((p) => p.contact.contactForms),
    },
    comments: all((p) => p.comments),
    dates: {
      published: newest(pages.map((p) => p.dates.published)),
      modified: newest(pages.map((p) => p.dates.modified)),
      posts,
      archive: [...archive.values()],
      archiveEvidence: pages.find((p) => p.dates.archiveEvidence)?.dates.archiveEvidence ?? null,
      copyright,
    },
    engagement: {
      invitations: findings((p) => p.engagement.invitations),
      promises: findings((p) => p.engagement.promises),
      firstPerson: best((p) => p.engagement.firstPerson, (f) => f.count),
      signatures: findings((p) => p.engagement.signatures),
      feeds: findings((p) => p.engagement.feeds),
      newsletters: findings((p) => p.engagement.newsletters),
      sources: best((p) => p.engagement.sources, (s) => s.count),
    },
    platform: pages.find((p) => p.platform.name)?.platform ?? lead.platform,
    social: null,
    profile: null,
  };
  return { signals, pageOf };
}

export interface ChannelScore {
  /** 'site', or the profile's platform. */
  channel: string;
  url: string;
  report: Report;
}

export interface CompanyScore {
  overall: { score: number | null; level: Level };
  factors: Record<FactorKey, { score: number | null; level: Level; channels: string[] }>;
  /** The site's own report over all its pages (null when no page of the site was scored). */
  site: (ChannelScore & { pageOf: Map<Evidence, string> }) | null;
  profiles: ChannelScore[];
}

export interface CompanyInput {
  /** Signals of the site's scored pages, the start page first. */
  pages: readonly PageSignals[];
  /** Signals of the scored profile pages. */
  profiles: readonly PageSignals[];
  /** The whole-site check (--site), when it ran. */
  site: SiteEvidence | null;
  /** What is known of the company from outside its pages (the register, with --registry). */
  company?: CompanyEvidence;
  now: Date;
}

/** The company's factors and overall (see the top of this file). */
export function scoreCompany(input: CompanyInput): CompanyScore {
  let site: CompanyScore['site'] = null;
  if (input.pages.length) {
    const merged = mergeSignals(input.pages);
    const report = scorePage(merged.signals, input.now, input.site, input.company);
    site = { channel: 'site', url: merged.signals.url, report, pageOf: merged.pageOf };
  }
  const profiles: ChannelScore[] = input.profiles.map((p) => ({ channel: p.social ?? 'profile', url: p.url, report: scorePage(p, input.now) }));
  const channels = [...(site ? [site] : []), ...profiles];
  const factors = {} as CompanyScore['factors'];
  const across = FACTOR_KEYS.map((key) =>
    factorAcross(
      key,
      channels.flatMap((c) => {
        const f = c.report.factors.find((x) => x.key === key);
        return f && f.score !== null ? [{ channel: c.channel, score: f.score }] : [];
      }),
    ),
  );
  for (const f of across) factors[f.key] = { score: f.score, level: f.level, channels: f.carriedBy };
  // The overall as the Companies view has it: the mean of the known factors.
  const overall = companyOverall(across);
  return { overall, factors, site, profiles };
}

/** One company's line in the comparison (what the CSV row and the report's table show). */
export interface CompanyLine {
  index: number;
  company: string;
  url: string;
  pagesScored: number;
  pagesFailed: number;
  overall: { score: number | null; level: Level };
  factors: Record<FactorKey, { score: number | null; level: Level }>;
  /** Why the company has no rating (nothing of its site could be scored), else null. */
  error: string | null;
}
