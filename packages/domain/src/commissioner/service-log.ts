// The service logs, day counter and annual assessment of 科技特派员 (docs/rules.md §5.1.1).
export * from './service-log-transitions';
export * from './service-log-pace';
export * from './service-log.contract';
