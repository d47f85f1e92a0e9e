// 创新平台 · 孵化器/众创空间综合评价 (docs/rules.md §5.4): scheme, engine, round states and API contracts.
export * from './evaluation-scheme.schema';
export * from './seed-schemes';
export * from './check-indicator-data';
export * from './score-platform';
export * from './grade-platform';
export * from './round-transitions';
export * from './evaluation.contract';
