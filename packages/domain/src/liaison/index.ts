// 干部包企业 (module liaison): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './liaison.contract';
