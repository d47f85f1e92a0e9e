// 科技特派员 (module commissioner): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './commissioner.contract';
export * from './service-log';
export * from './assessment';
