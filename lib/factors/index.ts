export * from './model';
export { CRITERIA, MODEL, modelOf, PROFILE_CRITERIA, PROFILE_MODEL, type CriterionId, type CriterionMessageKey, type CriterionResult, type DetailKey, type FactorResult, type Model, type Report, type Tip } from './registry';
export type { Criterion, Input } from './criterion';
export { modelFor, scoreFactor, scoreFactorWith, scorePage, scoreWith } from './score';
