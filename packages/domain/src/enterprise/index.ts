export * from './enterprise.enums';
export * from './enterprise.contract';
export * from './tier-rules';
export * from './timeline-modules';
export * from './enterprise-import.contract';
export * from './enterprise-responses.contract';
export * from './yearly-rules';
export * from './self-service.contract';
