// 创新平台 (module tech-platform): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './tech-platform.contract';
