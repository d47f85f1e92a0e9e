/** Excel import/export for every business module: templates, safe reading, validation, error reports, exports. */
export { buildTemplate, INSTRUCTIONS_SHEET } from './build-template';
export { buildErrorReport, RESULT_SHEET, summaryLine } from './error-report';
export {
  exportRows,
  stampLine,
  type ExportColumn,
  type ExportKind,
  type ExportOptions,
  type ExportStamp,
} from './export-rows';
export { parseImportFile, type ParsedImport } from './import-file';
export {
  ERROR_COLUMN_HEADER,
  formatProblem,
  hasBlockingProblems,
  type ColumnKind,
  type DictOption,
  type ImportColumn,
  type ImportProblem,
  type ImportRow,
  type ImportSpec,
} from './import-spec';
export {
  DEFAULT_XLSX_LIMITS,
  inspectXlsx,
  type XlsxInspection,
  type XlsxLimits,
  type XlsxRefusalCode,
} from './inspect-xlsx';
export { readRows, type ReadRowsResult } from './read-rows';
export { validateRows, type ValidateOptions, type ValidateResult, type ValidRow } from './validate-rows';
