// 科技特派员 (module commissioner): contracts, states, the eligibility engine. Its access declaration is joined in
// ../access.ts.
export * from './commissioner.contract';
export * from './commissioner.enums';
export * from './commissioner-transitions';
export * from './eligibility';
export * from './id-number';
export * from './matching';
export * from './service-log';
export * from './assessment';
