import ExcelJS from 'exceljs';
import './utf8-zip-writer';

/** Loads a workbook from a buffer (exceljs's typings want its own Buffer interface, hence the cast). */
export async function loadWorkbook(
  buffer: Buffer,
  options?: Partial<ExcelJS.XlsxReadOptions>,
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0], options);
  return wb;
}

/** Serialises a workbook to a Node Buffer. */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
