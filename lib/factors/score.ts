import type { PageSignals } from '../contracts/page';
import type { SiteEvidence } from '../contracts/site';
import { EVALUATORS } from './evaluators';
import { FACTOR_KEYS, levelFor, type CriterionResult, type FactorResult, type Report, type Tip } from './model';
import { CRITERIA } from './weights';

// Scoring: earned points / observable points × 100 per factor. A criterion the page cannot show
// is left out of the denominator; when more than half of a factor's points are unobservable
// the factor is unknown rather than weak. Pure: the clock comes in as `now`.

function defaultShare(status: CriterionResult['status']): number {
  return status === 'met' ? 1 : status === 'partial' ? 0.5 : 0;
}

export function scoreFactor(key: FactorResult['key'], signals: PageSignals, now: Date, site: SiteEvidence | null = null): FactorResult {
  const criteria: CriterionResult[] = CRITERIA.filter((c) => c.factor === key).map((c) => {
    let verdict;
    try {
      verdict = EVALUATORS[c.id](signals, now, site);
    } catch {
      verdict = { status: 'unobservable' as const, evidence: [] };
    }
    const share = Math.min(1, Math.max(0, verdict.share ?? defaultShare(verdict.status)));
    const earned = verdict.status === 'unobservable' ? 0 : Math.round(c.points * share * 10) / 10;
    return { ...verdict, id: c.id, factor: c.factor, points: c.points, earned };
  });
  const total = criteria.reduce((n, c) => n + c.points, 0);
  const observable = criteria.filter((c) => c.status !== 'unobservable').reduce((n, c) => n + c.points, 0);
  const earned = criteria.reduce((n, c) => n + c.earned, 0);
  const score = observable === 0 || total - observable > total / 2 ? null : Math.round((earned / observable) * 100);
  return { key, score, level: levelFor(score), criteria };
}

export function scorePage(signals: PageSignals, now: Date, site: SiteEvidence | null = null): Report {
  const factors = FACTOR_KEYS.map((key) => scoreFactor(key, signals, now, site));
  const known = factors.filter((f) => f.score !== null).map((f) => f.score!);
  const overallScore = known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null;
  const tips: Tip[] = factors
    .flatMap((f) => f.criteria)
    .filter((c) => c.status === 'unmet' || c.status === 'partial')
    .map((c) => ({ criterion: c.id, factor: c.factor, gain: Math.round((c.points - c.earned) * 10) / 10 }))
    .sort((a, b) => b.gain - a.gain || FACTOR_KEYS.indexOf(a.factor) - FACTOR_KEYS.indexOf(b.factor));
  return {
    url: signals.url,
    analysedAt: now.toISOString(),
    partial: signals.partial,
    overall: { score: overallScore, level: levelFor(overallScore) },
    factors,
    tips,
  };
}
