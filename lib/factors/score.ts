import type { PageSignals } from '../contracts/page';
import type { Report as AnyReport, CriterionResult as AnyCriterionResult, FactorResult as AnyFactorResult, Tip as AnyTip } from '../contracts/report';
import { NO_COMPANY_EVIDENCE, type CompanyEvidence } from '../contracts/company';
import type { SiteEvidence } from '../contracts/site';
import { capFor } from './caps';
import type { Criterion } from './criterion';
import { FACTOR_KEYS, levelFor, type CriterionStatus, type FactorKey, type Verdict } from './model';
import { MODEL, PROFILE_MODEL, type CriterionId, type FactorResult, type Model, type Report } from './registry';

// Scoring: earned points / observable points × 100 per factor. A criterion the page cannot show
// is left out of the denominator; when more than half of a factor's points are unobservable
// the factor is unknown rather than weak. A fact about the company may cap a factor (caps.ts).
// Pure: the clock comes in as `now`.

function defaultShare(status: CriterionStatus): number {
  return status === 'met' ? 1 : status === 'partial' ? 0.5 : 0;
}

/** One factor, scored with the given model's criteria for it. */
export function scoreFactorWith<C extends Criterion>(model: Model<C>, key: FactorKey, signals: PageSignals, now: Date, site: SiteEvidence | null = null, company: CompanyEvidence = NO_COMPANY_EVIDENCE): AnyFactorResult<C['id']> {
  const criteria: AnyCriterionResult<C['id']>[] = model.criteria
    .filter((c) => c.factor === key)
    .map((c) => {
      let verdict: Verdict;
      try {
        verdict = c.evaluate(signals, now, site, company);
      } catch {
        verdict = { status: 'unobservable', evidence: [] };
      }
      const share = Math.min(1, Math.max(0, verdict.share ?? defaultShare(verdict.status)));
      const earned = verdict.status === 'unobservable' ? 0 : Math.round(c.points * share * 10) / 10;
      return { ...verdict, id: c.id, factor: c.factor, points: c.points, earned };
    });
  const total = criteria.reduce((n, c) => n + c.points, 0);
  const observable = criteria.filter((c) => c.status !== 'unobservable').reduce((n, c) => n + c.points, 0);
  const earned = criteria.reduce((n, c) => n + c.earned, 0);
  const points = observable === 0 || total - observable > total / 2 ? null : Math.round((earned / observable) * 100);
  const cap = capFor(key, company);
  if (!cap || points === null) return { key, score: points, level: levelFor(points), criteria };
  const score = Math.min(points, cap.max);
  return { key, score, level: levelFor(score), criteria, cap: { detail: cap.detail, evidence: cap.evidence } };
}

/** A whole page, scored with the given model: every factor, the overall level and the tips. */
export function scoreWith<C extends Criterion>(model: Model<C>, signals: PageSignals, now: Date, site: SiteEvidence | null = null, company: CompanyEvidence = NO_COMPANY_EVIDENCE): AnyReport<C['id']> {
  const factors = FACTOR_KEYS.map((key) => scoreFactorWith(model, key, signals, now, site, company));
  const known = factors.filter((f) => f.score !== null).map((f) => f.score!);
  const overallScore = known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null;
  const tips: AnyTip<C['id']>[] = factors
    .flatMap((f) => f.criteria)
    .filter((c) => c.status === 'unmet' || c.status === 'partial')
    .map((c) => ({ criterion: c.id, factor: c.factor, gain: Math.round((c.points - c.earned) * 10) / 10 }))
    .sort((a, b) => b.gain - a.gain || FACTOR_KEYS.indexOf(a.factor) - FACTOR_KEYS.indexOf(b.factor));
  return {
    url: signals.url,
    analysedAt: now.toISOString(),
    partial: signals.partial,
    model: model.version,
    overall: { score: overallScore, level: levelFor(overallScore) },
    factors,
    tips,
  };
}

/**
 * The model a page is scored with: the profile model on a social platform's page — also when
 * its profile could not be read, so every criterion is unobservable rather than the platform's
 * own pages (its footer, its legal links) being rated as the company's — else the page model.
 */
export function modelFor(signals: PageSignals): Model<Criterion & { id: CriterionId }> {
  return signals.profile !== null || signals.social !== null ? PROFILE_MODEL : MODEL;
}

/** One factor, scored with this build's model for the page. */
export function scoreFactor(key: FactorKey, signals: PageSignals, now: Date, site: SiteEvidence | null = null, company: CompanyEvidence = NO_COMPANY_EVIDENCE): FactorResult {
  return scoreFactorWith(modelFor(signals), key, signals, now, site, company);
}

/** A whole page, scored with this build's model for it (modelFor). */
export function scorePage(signals: PageSignals, now: Date, site: SiteEvidence | null = null, company: CompanyEvidence = NO_COMPANY_EVIDENCE): Report {
  return scoreWith(modelFor(signals), signals, now, site, company);
}
