// 外国专家 (module foreign-expert): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './foreign-expert.contract';
