// 奖励与赛事 (module award): award programmes and nominations, competitions and entries. Its access declaration is
// joined in ../access.ts.
export * from './award.enums';
export * from './nomination-transitions';
export * from './competition-stages';
export * from './programme.contract';
export * from './nomination.contract';
export * from './competition.contract';
export * from './competition-name';
