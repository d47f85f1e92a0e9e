// 外国专家 (module foreign-expert): expert profiles, visits and guidance, 引智基地. Its access declaration is joined in ../access.ts.
export * from './foreign-expert-expert.contract';
export * from './foreign-expert-visit.contract';
