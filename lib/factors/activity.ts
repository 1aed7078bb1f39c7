import type { Evidence, PageSignals } from '../contracts/page';
import type { SiteEvidence } from '../contracts/site';
import { DAY_MS } from '../util/time';

// The dated activity a page (and the rest of its site) shows: what history, recency and cadence
// are judged on.

/** An ISO date or time in ms; a bare date counts from its noon (UTC), so no time zone moves its day. */
export function toTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(t) ? null : t;
}

export interface Dated {
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

/** The distinct months (YYYY-MM) with a dated post on the page, future dates left out. */
export function monthsOf(s: PageSignals, now: Date): Set<string> {
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

/** The site's first activity or newest post, as a dated item for history and recency. */
export function siteActivity(site: SiteEvidence | null, which: 'first' | 'last'): Dated[] {
  const iso = site?.activity[which];
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? [] : [{ time: t, evidence: site!.activity.evidence }];
}
