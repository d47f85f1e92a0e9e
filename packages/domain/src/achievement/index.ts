// 科技成果登记 (module achievement, docs/rules.md §5.3): codes, rules, states and contracts. Its access declaration
// is joined in ../access.ts.
export * from './achievement.enums';
export * from './achievement-evidence';
export * from './achievement-transitions';
export * from './registration-number';
export * from './achievement.contract';
