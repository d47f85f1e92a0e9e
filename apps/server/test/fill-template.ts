import ExcelJS from 'exceljs';
import { workbookBuffer } from '../src/platform/excel/xlsx-io';

/** Fills an import template as served (header on row 1 of the first sheet, * on required columns) with rows keyed by header. */
export async function fillTemplate(template: Buffer, rows: Record<string, unknown>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((h) => String(h ?? '').replace(/^\*/, ''));
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const col = headers.indexOf(k);
      if (col < 0) throw new Error(`the template has no column “${k}”`);
      ws.getRow(i + 2).getCell(col).value = v as ExcelJS.CellValue;
    }
  });
  return workbookBuffer(wb);
}
