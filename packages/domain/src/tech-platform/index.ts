// 创新平台 (module tech-platform): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './tech-platform.contract';
export * from './tech-platform.enums';
export * from './tech-platform-transitions';
export * from './platform-dates';
export * from './platform-dossier.contract';
export * from './graduation-criteria';
export * from './evaluation/index';
export * from './change-reporting';
