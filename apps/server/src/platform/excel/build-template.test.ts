import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, INSTRUCTIONS_SHEET } from './build-template';
import { DICT_SHEET } from './dict-validation';
import { sampleSpec } from './excel.test-support';
import { loadWorkbook } from './xlsx-io';

const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note as unknown;
  if (typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join('');
};

describe('buildTemplate', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await loadWorkbook(await buildTemplate(sampleSpec()));
    ws = wb.worksheets[0];
  });

  it('has the data sheet first with a frozen header row, * on required headers and a tint', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['企业信息', INSTRUCTIONS_SHEET]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['*企业名称', '*统一社会信用代码', '职工人数', '注册资本（万元）', '成立日期', '企业规模']);
    const fill = (c: string) => (ws.getCell(c).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill('A1')).toBe(fill('B1'));
    expect(fill('A1')).not.toBe(fill('C1'));
    expect(ws.getCell('A1').font.bold).toBe(true);
  });

  it('puts the rule, the example and the dict labels in each header note', () => {
    expect(noteText(ws.getCell('A1'))).toContain('必填');
    expect(noteText(ws.getCell('B1'))).toContain('18位，字母大写');
    expect(noteText(ws.getCell('B1'))).toContain('示例：91621122MA71ABCD8R');
    expect(noteText(ws.getCell('C1'))).toContain('选填');
    expect(noteText(ws.getCell('F1'))).toContain('可选：大型、中型、小型、微型');
  });

  it('formats code and text columns as text and dates as yyyy-mm-dd, per cell and per column', () => {
    for (const ref of ['A2', 'B2', 'B500']) expect(ws.getCell(ref).numFmt).toBe('@');
    expect(ws.getCell('E2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(ws.getCell('C2').numFmt).toBeUndefined();
  });

  it('puts an inline dropdown on the dict column', () => {
    for (const ref of ['F2', 'F101']) {
      expect(ws.getCell(ref).dataValidation).toMatchObject({ type: 'list', formulae: ['"大型,中型,小型,微型"'] });
    }
    expect(ws.getCell('E2').dataValidation).toBeUndefined();
  });

  it('writes 填写说明 with the instructions, the limits and the column table', () => {
    const help = wb.getWorksheet(INSTRUCTIONS_SHEET)!;
    const lines: string[] = [];
    help.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(' | ')));
    const text = lines.join('\n');
    expect(text).toContain('一个统一社会信用代码只能出现一次。');
    expect(text).toContain('每个文件最多 100 行数据');
    expect(text).toContain('5 MB');
    expect(text).toContain('列名 | 是否必填 | 格式/规则 | 示例');
    expect(text).toContain('*统一社会信用代码 | 必填 | 代码');
    expect(text).toMatch(/企业规模 \| 选填 \| 从下拉列表中选择；可选：大型、中型、小型、微型/);
  });

  it('moves long or comma-bearing option lists to a hidden 字典 sheet referenced by range', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ value: `C${i}`, label: `行业${i}` }));
    const spec = sampleSpec();
    spec.columns.push(
      { key: 'industry', header: '所属行业', required: false, kind: 'dict', options: many },
      {
        key: 'kind',
        header: '单位类型',
        required: false,
        kind: 'dict',
        options: [{ value: 'a', label: '企业,含个体' }],
      },
    );
    const book = await loadWorkbook(await buildTemplate(spec));
    const dict = book.getWorksheet(DICT_SHEET)!;
    expect(dict.state).toBe('hidden');
    expect(dict.getCell('A1').value).toBe('所属行业');
    expect(dict.getCell('A301').value).toBe('行业299');
    expect(dict.getCell('B2').value).toBe('企业,含个体');
    const data = book.worksheets[0];
    expect(data.getCell('G2').dataValidation?.formulae).toEqual([`'字典'!$A$2:$A$301`]);
    expect(data.getCell('H2').dataValidation?.formulae).toEqual([`'字典'!$B$2:$B$2`]);
    expect(noteText(data.getCell('G1'))).toContain('等 300 项');
  });
});
