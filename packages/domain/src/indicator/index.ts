export * from './indicator-values.contract';
