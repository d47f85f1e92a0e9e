import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template';
import { readRows } from './read-rows';
import { filledTemplate, repackXlsx, sampleSpec } from './excel.test-support';
import { loadWorkbook, workbookBuffer } from './xlsx-io';

const spec = sampleSpec();
const errors = <P extends { severity?: string }>(problems: P[]) => problems.filter((p) => p.severity !== 'warning');

/** A workbook that is not our template: header row and data rows exactly as given. */
async function plainWorkbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  rows.forEach((r, i) => r.forEach((v, j) => v !== undefined && (ws.getCell(i + 1, j + 1).value = v as never)));
  return workbookBuffer(wb);
}

describe('readRows', () => {
  it('reads filled template rows back with exact values', async () => {
    const buf = await filledTemplate(spec, [
      ['甘肃某某科技有限公司', '91621122MA71ABCD8R', 35, 1234.5, new Date(Date.UTC(2024, 2, 5)), '中型'],
      ['厦门某某有限公司', '123502001549897397', undefined, undefined, undefined, '大型'],
    ]);
    const { rows, problems, headerRow } = await readRows(buf, spec);
    expect(problems).toEqual([]);
    expect(headerRow).toBe(1);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        values: {
          name: '甘肃某某科技有限公司',
          creditCode: '91621122MA71ABCD8R',
          staff: 35,
          capital: 1234.5,
          foundedOn: '2024-03-05',
          scale: '中型',
        },
      },
      { rowNumber: 3, values: { name: '厦门某某有限公司', creditCode: '123502001549897397', scale: '大型' } },
    ]);
  });

  it('stores a numeric-looking code typed into the template as text, so no digit is lost', async () => {
    const buf = await filledTemplate(spec, [['某公司', '123502001549897397']]);
    const wb = await loadWorkbook(buf);
    expect(wb.worksheets[0].getCell('B2').value).toBe('123502001549897397');
    expect(wb.worksheets[0].getCell('B2').numFmt).toBe('@');
  });

  it('normalises Excel values: numbers in code columns, rich text, formulas, date serials and date text', async () => {
    const buf = await filledTemplate(spec, [
      ['富文本', 12345, '12', ' 1,234.50 ', '2024/3/5'],
      [{ richText: [{ text: '甘肃' }, { text: '科技' }] }, 'X', { formula: '2*6', result: 12 }, 0.1 + 0.2, 45356],
      // Excel keeps 15 significant digits of a number typed into a General cell.
      ['长数字', 123502001549897000, undefined, undefined, 20240305],
      ['中文日期', 'Y', undefined, undefined, '2024年3月5日'],
      ['公式错误', 'Z', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);
    const { rows, problems } = await readRows(buf, spec);
    expect(rows.map((r) => r.values)).toEqual([
      { name: '富文本', creditCode: '12345', staff: 12, capital: 1234.5, foundedOn: '2024-03-05' },
      { name: '甘肃科技', creditCode: 'X', staff: 12, capital: 0.3, foundedOn: '2024-03-05' },
      { name: '长数字', creditCode: '123502001549897000', foundedOn: '2024-03-05' },
      { name: '中文日期', creditCode: 'Y', foundedOn: '2024-03-05' },
      { name: '公式错误', creditCode: 'Z', staff: '=1/0' },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ row: 4, column: '统一社会信用代码', value: '123502001549897000' });
    expect(problems[0].message).toContain('15 位有效数字');
    expect(problems[1]).toMatchObject({ row: 6, column: '职工人数' });
    expect(problems[1].message).toContain('公式没有有效的计算结果');
  });

  it('skips empty rows, ignores trailing formatted rows and keeps Excel row numbers', async () => {
    const buf = await filledTemplate(spec, [['A公司', 'C1'], [], ['  ', ''], ['B公司', 'C2']]);
    const { rows } = await readRows(buf, spec);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('finds a header below a title row, tolerating *, spaces and full/half-width brackets', async () => {
    const buf = await plainWorkbook([
      ['2024 年企业信息'],
      [],
      [' 企业名称 ', '＊统一社会信用代码', '注册资本(万元)', '备注'],
      ['A公司', '91621122MA71ABCD8R', 12, '不导入'],
    ]);
    const { rows, problems, headerRow } = await readRows(buf, spec);
    expect(headerRow).toBe(3);
    expect(rows).toEqual([{ rowNumber: 4, values: { name: 'A公司', creditCode: '91621122MA71ABCD8R', capital: 12 } }]);
    expect(problems).toEqual([expect.objectContaining({ row: 3, column: '备注', severity: 'warning' })]);
    expect(problems[0].message).toContain('未识别的列“备注”（第 D 列）');
  });

  it('reports a missing required column and a duplicated column, and reads no rows then', async () => {
    const missing = await readRows(
      await plainWorkbook([
        ['企业名称', '职工人数'],
        ['A', 1],
      ]),
      spec,
    );
    expect(missing.rows).toEqual([]);
    expect(missing.problems).toEqual([expect.objectContaining({ row: 1, column: '统一社会信用代码' })]);
    expect(missing.problems[0].message).toContain('缺少必填列“统一社会信用代码”');
    const dup = await readRows(
      await plainWorkbook([
        ['企业名称', '统一社会信用代码', '企业名称'],
        ['A', 'B', 'C'],
      ]),
      spec,
    );
    expect(errors(dup.problems)[0].message).toContain('“企业名称”列重复出现（第 A 列和第 C 列）');
  });

  it('reports a sheet without header or without data rows', async () => {
    const none = await readRows(
      await plainWorkbook([
        ['姓名', '电话'],
        ['张三', '138'],
      ]),
      spec,
    );
    expect(none.headerRow).toBeNull();
    expect(none.problems[0].message).toContain('未找到表头');
    const empty = await readRows(await buildTemplate(spec), spec);
    expect(empty.headerRow).toBe(1);
    expect(empty.problems).toEqual([
      expect.objectContaining({ row: null, message: expect.stringContaining('没有数据行') }),
    ]);
  });

  it('stops at maxRows: nothing past the limit is read', async () => {
    const small = sampleSpec({ maxRows: 3 });
    const buf = await filledTemplate(
      small,
      Array.from({ length: 6 }, (_, i) => [`公司${i}`, `C${i}`]),
    );
    const { rows, problems } = await readRows(buf, small);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(problems).toEqual([expect.objectContaining({ row: 5, column: null })]);
    expect(problems[0].message).toContain('超过行数上限 3 行');
  });

  it('returns the inspection refusal as a problem instead of throwing', async () => {
    for (const buf of [Buffer.alloc(0), randomBytes(1000), Buffer.from('89504e470d0a1a0a0000', 'hex')]) {
      const r = await readRows(buf, spec);
      expect(r.rows).toEqual([]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ row: null, column: null });
    }
  });

  it('reads sheet 1 whatever the zip entry order (Excel puts sharedStrings after the sheets, others before)', async () => {
    const buf = await filledTemplate(spec, [['A公司', '91621122MA71ABCD8R', 3]]);
    const first = [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ];
    const reordered = repackXlsx(buf, (entries) => [
      ...first.map((n) => entries.find((e) => e.name === n)!),
      ...entries.filter((e) => !first.includes(e.name)).reverse(),
    ]);
    const { rows, problems } = await readRows(reordered, spec);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ rowNumber: 2, values: { name: 'A公司', creditCode: '91621122MA71ABCD8R', staff: 3 } }]);
  });

  // exceljs reads a sheet in place once it has the shared strings and the relationships, and finds its name in
  // workbook.xml and its date formats in styles.xml; a writer that stores those after the sheets (exceljs's own
  // writer, whose entry order varies from run to run) made sheet 1 unreadable or its dates plain numbers.
  it.each(['xl/workbook.xml', 'xl/styles.xml', 'xl/workbook.xml,xl/styles.xml'])(
    'reads sheet 1 and its dates when %s come after the sheets and the shared strings before',
    async (lateNames) => {
      const late = lateNames.split(',');
      const buf = await filledTemplate(spec, [['A公司', '91621122MA71ABCD8R', 3, 1.5, new Date(Date.UTC(2024, 2, 5))]]);
      const early = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'];
      const reordered = repackXlsx(buf, (entries) => [
        ...early.map((n) => entries.find((e) => e.name === n)!),
        ...entries.filter((e) => !early.includes(e.name) && !late.includes(e.name)),
        ...late.map((n) => entries.find((e) => e.name === n)!),
      ]);
      const { rows, problems } = await readRows(reordered, spec);
      expect(problems).toEqual([]);
      expect(rows).toEqual([
        {
          rowNumber: 2,
          values: { name: 'A公司', creditCode: '91621122MA71ABCD8R', staff: 3, capital: 1.5, foundedOn: '2024-03-05' },
        },
      ]);
    },
  );

  // exceljs's one pass over the zip lost a file's last parts when reads overlapped (exceljs#3064): CI's import
  // screens refused about one upload in twenty as unreadable.
  it('reads every one of many files read at once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业信息');
    ws.addRow(spec.columns.map((c) => c.header));
    for (let i = 1; i <= 30; i++) ws.addRow([`甘肃青龙管业有限责任公司${i}`, '91621122MA71ABCD8R', i]);
    wb.addWorksheet('填写说明').addRow(['说明']);
    wb.addWorksheet('字典').addRow(['字典']);
    const file = await workbookBuffer(wb);
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(Array.from({ length: 20 }, () => readRows(file, spec)));
      expect(results.map((r) => [r.problems, r.rows.length])).toEqual(results.map(() => [[], 30]));
    }
  });

  it('reads a file whose entries use data descriptors (streaming zip writers)', async () => {
    const buf = await filledTemplate(spec, [['A公司', '91621122MA71ABCD8R', 3]]);
    const streamed = repackXlsx(buf, (entries) => entries.map((e) => ({ ...e, descriptor: true })));
    const { rows, problems } = await readRows(streamed, spec);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ rowNumber: 2, values: { name: 'A公司', creditCode: '91621122MA71ABCD8R', staff: 3 } }]);
  });
});
