// 科技服务活动 (module service-event): API and import contracts. Its access declaration is joined in ../access.ts.
export * from './service-event.contract';
