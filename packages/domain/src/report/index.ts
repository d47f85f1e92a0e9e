export * from './report-document.contract';
