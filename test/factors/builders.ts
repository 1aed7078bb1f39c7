import { CRITERIA, PROFILE_CRITERIA, scoreFactor, type CriterionId, type CriterionResult, type FactorKey, type FactorResult } from '@/lib/factors';
import type { Comment, CommentSection, PageSignals } from '@/lib/contracts/page';
import { comment, ev, NOW } from '../helpers/signals';

// Small builders shared by the factor tests: literal signals only, no DOM.

/** A comment section as a gatherer would report it; visible native comments by default. */
export function section(parts: Partial<CommentSection> = {}): CommentSection {
  const comments = parts.comments ?? [];
  return {
    system: 'native-wordpress',
    observable: true,
    count: comments.length,
    displayedCount: null,
    comments,
    login: 'not-required',
    closed: false,
    evidence: ev('#comments', 'comments'),
    ...parts,
  };
}

/** A cross-origin comment widget (Disqus-like): present, but its contents can't be read. */
export function hiddenSection(parts: Partial<CommentSection> = {}): CommentSection {
  return section({ system: 'disqus', observable: false, count: null, comments: [], login: 'unknown', ...parts });
}

/** An ISO time `hours` after `iso`. */
export function plusHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}

/**
 * Threaded comments: one reader's comment per entry of `delays`, a day apart from `asked`, each
 * answered by the owner that many hours later (null: left unanswered).
 */
export function conversation(asked: string, delays: readonly (number | null)[]): Comment[] {
  const out: Comment[] = [];
  delays.forEach((hours, i) => {
    const at = plusHours(asked, 24 * i);
    out.push(comment(`Reader ${i}`, at));
    if (hours !== null) out.push(comment('Owner', plusHours(at, hours), { byOwner: true, replyTo: out.length - 1 }));
  });
  return out;
}

/** An ISO time `days` before NOW (or another clock). */
export function daysAgo(days: number, now: Date = NOW): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

export function factor(key: FactorKey, signals: PageSignals, now: Date = NOW): FactorResult {
  return scoreFactor(key, signals, now);
}

/**
 * A criterion's points in this build's model (lib/factors/criteria/<id>.ts): tests about how a
 * criterion is judged derive their numbers from it, so a change of weights doesn't break them.
 */
export function points(id: CriterionId): number {
  return [...CRITERIA, ...PROFILE_CRITERIA].find((c) => c.id === id)!.points;
}

export function criterion(key: FactorKey, id: CriterionId, signals: PageSignals, now: Date = NOW): CriterionResult {
  const found = factor(key, signals, now).criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id} in ${key}`);
  return found;
}

export function statuses(result: FactorResult): Record<string, CriterionResult['status']> {
  return Object.fromEntries(result.criteria.map((c) => [c.id, c.status]));
}

export type { Comment };
