// 奖励与赛事 (module award): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './award.contract';
