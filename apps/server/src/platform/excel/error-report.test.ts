import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildErrorReport, RESULT_SHEET } from './error-report';
import { parseImportFile } from './import-file';
import { readRows } from './read-rows';
import { filledTemplate, sampleSchema, sampleSpec } from './excel.test-support';
import { loadWorkbook } from './xlsx-io';

const spec = sampleSpec();
const ROWS: unknown[][] = [
  ['A公司', '91621122MA71ABCD8R', 10, 100, new Date(Date.UTC(2020, 0, 2)), '小型'],
  ['B公司', '9162112', '很多', 5],
  ['C公司', '91621122MA71ABCD8R'],
  ['D公司', '123502001549897397', 3, undefined, undefined, '大型'],
];

const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note as unknown;
  if (note === undefined || typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
};
const fillArgb = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('buildErrorReport', () => {
  let original: Buffer;
  let report: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    z.config(z.locales.zhCN());
    original = await filledTemplate(spec, ROWS);
    const { problems } = await parseImportFile(original, sampleSchema, spec, { unique: ['creditCode'] });
    report = await loadWorkbook(await buildErrorReport(original, problems, spec));
    ws = report.worksheets[0];
  });

  it('adds the 错误原因 column after the last column, with the summary in its header', () => {
    expect(ws.getCell('G1').value).toBe('错误原因（共 4 行，失败 2 行）');
    expect(ws.getCell('G3').value).toBe(
      '统一社会信用代码：应为 18 位数字或大写字母；职工人数：应填写数字，“很多”不是数字',
    );
    expect(ws.getCell('G4').value).toBe('统一社会信用代码：与第 2 行重复');
  });

  it('fills the bad cells red with a note holding the message', () => {
    for (const ref of ['B3', 'C3', 'B4']) expect(fillArgb(ws.getCell(ref))).toBe('FFFFC7CE');
    expect(noteText(ws.getCell('C3'))).toContain('职工人数：应填写数字，“很多”不是数字');
    expect(noteText(ws.getCell('B4'))).toContain('与第 2 行重复');
  });

  it('leaves rows without errors and every original value untouched', async () => {
    for (const ref of ['A2', 'B2', 'C2', 'B5', 'A3', 'D3']) expect(fillArgb(ws.getCell(ref))).toBeUndefined();
    for (const ref of ['G2', 'G5']) expect(ws.getCell(ref).value).toBeNull();
    expect(noteText(ws.getCell('B2'))).toBeUndefined();
    expect(ws.getCell('B2').numFmt).toBe('@'); // same style id as the red B3: styles are not shared by mistake
    const before = (await loadWorkbook(original)).worksheets[0];
    for (let r = 1; r <= 5; r++) {
      for (let c = 1; c <= 6; c++) expect(ws.getCell(r, c).value).toEqual(before.getCell(r, c).value);
    }
  });

  it('keeps the header notes and the dropdown, and lists every problem on a last sheet', () => {
    expect(noteText(ws.getCell('B1'))).toContain('18位，字母大写');
    expect(ws.getCell('F3').dataValidation).toMatchObject({ type: 'list', formulae: ['"大型,中型,小型,微型"'] });
    expect(report.worksheets.map((s) => s.name).at(-1)).toBe(RESULT_SHEET);
    const result = report.getWorksheet(RESULT_SHEET)!;
    expect(result.getCell('A1').value).toBe('共 4 行，失败 2 行');
    expect(result.getRow(3).values).toEqual([
      undefined,
      3,
      '统一社会信用代码',
      expect.stringContaining('18 位'),
      '错误',
    ]);
    expect(result.rowCount).toBe(2 + 3);
  });

  it('can be corrected and uploaded again: the 错误原因 column is ignored and old marks are cleared', async () => {
    const corrected = await loadWorkbook(await buildErrorReport(original, [], spec));
    expect(corrected.worksheets[0].getCell('G1').value).toBe('错误原因（共 4 行，失败 0 行）');
    const fixedWb = report;
    fixedWb.worksheets[0].getCell('B3').value = '91621122MA71ABCD9X';
    const fixed = Buffer.from(await fixedWb.xlsx.writeBuffer());
    const reread = await readRows(fixed, spec);
    expect(reread.problems).toEqual([]);
    expect(reread.rows.map((r) => r.values.creditCode)).toEqual([
      '91621122MA71ABCD8R',
      '91621122MA71ABCD9X',
      '91621122MA71ABCD8R',
      '123502001549897397',
    ]);
    const second = await parseImportFile(fixed, sampleSchema, spec, { unique: ['creditCode'] });
    const again = (await loadWorkbook(await buildErrorReport(fixed, second.problems, spec))).worksheets[0];
    expect(again.getCell('G1').value).toBe('错误原因（共 4 行，失败 2 行）');
    expect(fillArgb(again.getCell('B3'))).toBeUndefined(); // fixed code: mark removed
    expect(fillArgb(again.getCell('C3'))).toBe('FFFFC7CE'); // still 很多
    expect(again.getCell('G3').value).toBe('职工人数：应填写数字，“很多”不是数字');
    expect(again.getCell('H1').value).toBeNull();
  });

  it('puts file-level problems on the result sheet and in the summary', async () => {
    const wb = await loadWorkbook(
      await buildErrorReport(original, [{ row: null, column: null, message: '文件中没有数据行' }], spec),
    );
    expect(wb.worksheets[0].getCell('G1').value).toBe(
      '错误原因（共 4 行，失败 0 行；另有 1 个文件级问题，见“导入结果”工作表）',
    );
    expect(wb.getWorksheet(RESULT_SHEET)!.getCell('C3').value).toBe('文件中没有数据行');
  });
});
