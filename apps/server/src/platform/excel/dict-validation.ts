import type ExcelJS from 'exceljs';
import type { ImportColumn } from './import-spec';

/** Name of the hidden sheet holding dropdown lists too long for an inline list. */
export const DICT_SHEET = '字典';

/** Excel's limit on an inline list formula ("a,b,c"), in characters. */
const INLINE_LIST_MAX = 255;

/**
 * The list-validation formula for a dict column: an inline list when the joined labels fit in 255 characters and
 * contain no comma or quote, otherwise a range on the hidden 字典 sheet (one sheet column per dict column).
 */
export function dictFormula(wb: ExcelJS.Workbook, column: ImportColumn): string {
  const labels = (column.options ?? []).map((o) => o.label);
  const joined = labels.join(',');
  if (joined.length <= INLINE_LIST_MAX && !labels.some((l) => /[,"]/.test(l))) return `"${joined}"`;
  const sheet = wb.getWorksheet(DICT_SHEET) ?? wb.addWorksheet(DICT_SHEET, { state: 'hidden' });
  let col = 1;
  while (sheet.getCell(1, col).value !== null && sheet.getCell(1, col).value !== column.header) col++;
  sheet.getCell(1, col).value = column.header;
  labels.forEach((label, i) => (sheet.getCell(i + 2, col).value = label));
  const letter = sheet.getColumn(col).letter;
  return `'${DICT_SHEET}'!$${letter}$2:$${letter}$${labels.length + 1}`;
}

/**
 * Puts the dropdown of a dict column on rows fromRow..toRow, cell by cell (exceljs's range helper has had
 * version-specific bugs; exceljs merges equal per-cell validations into one range when writing).
 */
export function applyDictValidation(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  column: ImportColumn,
  col: number,
  fromRow: number,
  toRow: number,
): void {
  const formula = dictFormula(wb, column);
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '无效的选项',
    error: `请从下拉列表中选择“${column.header}”`,
  };
  for (let r = fromRow; r <= toRow; r++) ws.getCell(r, col).dataValidation = validation;
}
