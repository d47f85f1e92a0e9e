import { describe, expect, it } from 'vitest';
import { chinaDateTime } from '@kechuang/domain';
import { exportRows, neutraliseFormula, type ExportColumn } from './export-rows';
import { SCALE_OPTIONS } from './excel.test-support';
import { loadWorkbook } from './xlsx-io';

const columns: ExportColumn[] = [
  { key: 'name', header: '企业名称', kind: 'text' },
  { key: 'creditCode', header: '统一社会信用代码', kind: 'code' },
  { key: 'revenue', header: '营业收入（元）', kind: 'money' },
  { key: 'staff', header: '职工人数', kind: 'integer' },
  { key: 'foundedOn', header: '成立日期', kind: 'date' },
  { key: 'scale', header: '企业规模', kind: 'dict', options: SCALE_OPTIONS },
];
const rows = [
  {
    name: '=HYPERLINK("http://x")',
    creditCode: '123502001549897397',
    revenue: '12345678.5',
    staff: 35,
    foundedOn: '2020-01-02',
    scale: 'medium',
  },
  {
    name: '乙公司',
    creditCode: '91621122MA71ABCD8R',
    revenue: 0.1 + 0.2,
    staff: null,
    foundedOn: null,
    scale: 'unknown',
  },
];

describe('exportRows', () => {
  it('writes title, stamp, a styled frozen header and typed cells', async () => {
    const at = new Date('2026-01-02T05:04:05Z');
    const buf = await exportRows({
      sheetName: '企业名录',
      columns,
      rows,
      title: '企业名录（筛选：城关镇）',
      stamp: { user: '张三（科技局）', at, notice: '含个人信息，仅限工作使用，请勿外传' },
    });
    const wb = await loadWorkbook(buf);
    const ws = wb.getWorksheet('企业名录')!;
    expect(ws.getCell('A1').value).toBe('企业名录（筛选：城关镇）');
    expect(ws.getCell('A2').value).toBe(
      '导出人：张三（科技局）\u3000导出时间：2026-01-02 13:04:05\u3000含个人信息，仅限工作使用，请勿外传',
    );
    expect(ws.headerFooter.oddFooter).toContain('导出人：张三（科技局）');
    expect(wb.creator).toBe('张三（科技局）');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
    expect(ws.getCell('A3').font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    expect(ws.getCell('A4').value).toBe(`'=HYPERLINK("http://x")`); // text, neutralised, never a formula
    expect(ws.getCell('B4').value).toBe('123502001549897397');
    expect(ws.getCell('B4').numFmt).toBe('@');
    expect(ws.getCell('C4').value).toBe(12345678.5);
    expect(ws.getCell('C4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('D4').value).toBe(35);
    expect(ws.getCell('E4').value).toEqual(new Date(Date.UTC(2020, 0, 2)));
    expect(ws.getCell('E4').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('F4').value).toBe('中型');
    expect(ws.getCell('C5').value).toBeCloseTo(0.3);
    expect(ws.getCell('D5').value).toBeNull();
    expect(ws.getCell('F5').value).toBe('unknown');
  });

  it('starts with the header when there is no title or stamp', async () => {
    const ws = (await loadWorkbook(await exportRows({ sheetName: 'S', columns, rows: [] }))).worksheets[0];
    expect(ws.getCell('A1').value).toBe('企业名称');
    expect(ws.rowCount).toBe(1);
  });

  it('formats times in China time whatever the server zone', () => {
    expect(chinaDateTime(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01 00:00:00');
  });
});

describe('neutraliseFormula', () => {
  it('prefixes text that starts like a formula, and leaves numbers and plain text alone', () => {
    expect(neutraliseFormula('=1+2')).toBe("'=1+2");
    expect(neutraliseFormula('+86 138')).toBe("'+86 138");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('\t=cmd')).toBe("'\t=cmd");
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('-')).toBe('-');
    expect(neutraliseFormula('青龙管业')).toBe('青龙管业');
  });
});
