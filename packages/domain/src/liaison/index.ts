// 干部包企业 (module liaison): contracts, states and dictionaries. Its access declaration is joined in ../access.ts.
export * from './liaison.contract';
export * from './liaison.enums';
export * from './issue-transitions';
