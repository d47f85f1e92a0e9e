// Matching enterprises' technology needs with 科技特派员 (docs/rules.md §5.1.2): contracts, states, the ranking.
export * from './matching.contract';
export * from './matching-transitions';
export * from './matching-rank';
