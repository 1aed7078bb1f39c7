import type { Evidence } from '../contracts/page';
import type { MessageKey } from '../i18n';

export const FACTOR_KEYS = ['credibility', 'transparency', 'openness', 'responsiveness', 'longevity'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

export const LEVELS = ['strong', 'fair', 'weak', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

export type CriterionStatus = 'met' | 'partial' | 'unmet' | 'unobservable';

/** A message id and its parameters: lib/ returns these, components turn them into text. */
export interface MessageRef {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** What an evaluator says about one criterion. */
export interface Verdict {
  status: CriterionStatus;
  /** Share of the points earned, 0–1; defaults to 1 for met, 0.5 for partial, 0 otherwise. */
  share?: number;
  evidence: Evidence[];
  /** One line that explains the verdict (e.g. the median reply time). */
  detail?: MessageRef;
  /** True when the evidence comes from other pages of the site, not this one. */
  siteLevel?: boolean;
}

export interface CriterionResult extends Verdict {
  id: string;
  factor: FactorKey;
  points: number;
  earned: number;
}

export interface FactorResult {
  key: FactorKey;
  /** 0–100, or null when the level is unknown. */
  score: number | null;
  level: Level;
  criteria: CriterionResult[];
}

export interface Tip {
  criterion: string;
  factor: FactorKey;
  /** Points the tip would win if followed. */
  gain: number;
}

export interface Report {
  url: string;
  analysedAt: string;
  partial: boolean;
  overall: { score: number | null; level: Level };
  factors: FactorResult[];
  tips: Tip[];
}

// Levels: FACTORS.md — strong ≥ 75, fair 40–74, weak < 40; unknown when most points can't be seen.
export const LEVEL_THRESHOLDS = { strong: 75, fair: 40 } as const;

export function levelFor(score: number | null): Level {
  if (score === null) return 'unknown';
  if (score >= LEVEL_THRESHOLDS.strong) return 'strong';
  if (score >= LEVEL_THRESHOLDS.fair) return 'fair';
  return 'weak';
}
