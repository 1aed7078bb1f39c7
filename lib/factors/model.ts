import type { CriterionResult, Level } from '../contracts/report';

// The vocabulary of scoring. Factors, levels and statuses are part of the report artifact
// (lib/contracts/report.ts); what decides a level is here.

export { CRITERION_STATUSES, FACTOR_KEYS, LEVELS, type CriterionStatus, type FactorKey, type Level, type MessageRef } from '../contracts/report';

/** What a criterion's evaluate says: its part of a criterion's result. */
export type Verdict<K extends string = string> = Omit<CriterionResult<string, K>, 'id' | 'factor' | 'points' | 'earned'>;

// Levels: FACTORS.md — strong ≥ 75, fair 40–74, weak < 40; unknown when most points can't be seen.
export const LEVEL_THRESHOLDS = { strong: 75, fair: 40 } as const;

export function levelFor(score: number | null): Level {
  if (score === null) return 'unknown';
  if (score >= LEVEL_THRESHOLDS.strong) return 'strong';
  if (score >= LEVEL_THRESHOLDS.fair) return 'fair';
  return 'weak';
}
