export * from './indicator-values.contract';
export * from './indicator.contract';
export * from './indicator-formula';
export * from './indicator-math';
export * from './indicator.access';
