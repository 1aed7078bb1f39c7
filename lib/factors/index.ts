export * from './model';
export { CRITERIA, MODEL, modelOf, type CriterionId, type CriterionMessageKey, type CriterionResult, type DetailKey, type FactorResult, type Model, type Report, type Tip } from './registry';
export type { Criterion, Input } from './criterion';
export { scoreFactor, scoreFactorWith, scorePage, scoreWith } from './score';
