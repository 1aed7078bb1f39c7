import type { Report } from '../contracts/report';
import { SITE_WIDE_CRITERIA } from '../factors/registry';
import type { Change, CriterionChange } from './schema';

// What changed between two analyses of one channel: the criteria whose verdict differs ("since
// 12 Nov: contact page added; newest post now 120 days old"). Two analyses scored by different
// models are still compared — criteria both models have — and the change says the model changed,
// so the user does not read a change of rules as a change of the site.

const verdicts = (report: Report) => new Map(report.factors.flatMap((f) => f.criteria.map((c) => [c.id, c] as const)));

/**
 * The change from `before` to `after`, or null when there is nothing to compare against. `only`:
 * compare these criteria alone (two different pages of a site: the site-wide ones).
 */
export function compareReports(before: Report | null, after: Report, only: ReadonlySet<string> | null = null): Change | null {
  if (!before || before.analysedAt === after.analysedAt) return null;
  const was = verdicts(before);
  const criteria: CriterionChange[] = [];
  for (const [id, now] of verdicts(after)) {
    const old = was.get(id);
    if (!old || old.status === now.status || (only && !only.has(id))) continue;
    criteria.push({ id, was: old.status, now: now.status, ...(now.detail ? { detail: now.detail } : {}) });
  }
  return { since: before.analysedAt, at: after.analysedAt, modelChanged: before.model !== after.model, criteria };
}

/** Two changes one after the other as one: from the first one's start to the second one's end. */
export function composeChanges(first: Change, second: Change): Change {
  const byId = new Map(first.criteria.map((c) => [c.id, c]));
  for (const c of second.criteria) {
    const earlier = byId.get(c.id);
    byId.set(c.id, earlier ? { ...c, was: earlier.was } : c);
  }
  const criteria = [...byId.values()].filter((c) => c.was !== c.now);
  return { since: first.since, at: second.at, modelChanged: first.modelChanged || second.modelChanged, criteria };
}

/**
 * The change to keep after a new analysis of a channel, against its last stored report. The same
 * page is compared on every criterion; another page of the site only on the site-wide ones (its
 * contact details, its contact, about and privacy pages): two pages differ in authors, comments
 * and dates without anything having changed. Analyses of the same day build on each other (a
 * reopened popup, the site check's re-scoring), so the change still reaches back to the analysis
 * of the day before.
 */
export function nextChange(last: Report | null, lastChange: Change | null, report: Report): Change | null {
  if (!last) return null;
  const step = compareReports(last, report, last.url === report.url ? null : SITE_WIDE_CRITERIA);
  if (!step) return lastChange;
  const sameDay = last.analysedAt.slice(0, 10) === report.analysedAt.slice(0, 10);
  return sameDay && lastChange && lastChange.at === last.analysedAt ? composeChanges(lastChange, step) : step;
}
