export * from './model';
export { scorePage, scoreFactor } from './score';
export { CRITERIA, type CriterionId } from './weights';
