export * from './dates';
export * from './holidays';
export * from './working-days';
