export * from './platform/index';
export * from './access';
export * from './enterprise/index';
export * from './rules/index';
export * from './calendar/index';
export * from './project/index';
export * from './rd/index';
