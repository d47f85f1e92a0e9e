// 科技成果登记 (module achievement): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './achievement.contract';
