// R&D expenditure collection (docs/rules.md §5.6): enums, period codes, the form's fields, cross-checks and API
// contracts.
export * from './rd.enums';
export * from './rd-period';
export * from './rd-fields';
export * from './rd-check-rules';
export * from './rd-checks';
export * from './rd-form.contract';
export * from './rd-task.contract';
export * from './rd-summary.contract';
export * from './rd-responses.contract';
