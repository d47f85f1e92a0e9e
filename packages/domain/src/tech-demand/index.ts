// 揭榜挂帅 (module tech-demand): states, contracts and the ranking. Its access declaration is joined in ../access.ts.
export * from './tech-demand.enums';
export * from './demand-transitions';
export * from './tech-demand.contract';
export * from './bid.contract';
export * from './bid.rules';
export * from './demand-ranking';
export * from './tech-demand-review.contract';
