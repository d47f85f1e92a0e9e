// The annual assessment of 科技特派员 (docs/rules.md §5.1.1).
export * from './assessment-grade';
export * from './assessment.contract';
