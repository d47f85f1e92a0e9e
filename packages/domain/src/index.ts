export * from './platform/index';
