// 院地院企合作 (module cooperation): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './cooperation.contract';
