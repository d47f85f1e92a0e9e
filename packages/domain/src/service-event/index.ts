// 科技服务活动 (module service-event): kinds and states, the status table, the 科普基地 condition and the API contracts.
// Its access declaration is joined in ../access.ts.
export * from './service-event.enums';
export * from './service-event-transitions';
export * from './popsci-base-conditions';
export * from './service-event.contract';
export * from './attendee.contract';
