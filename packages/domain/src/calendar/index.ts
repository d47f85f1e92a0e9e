export * from './dates';
export * from './holiday-arrangement';
export * from './holiday-arrangement.contract';
export * from './holidays';
export * from './statutory-holidays';
export * from './working-days';
