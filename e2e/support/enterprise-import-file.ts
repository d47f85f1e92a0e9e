import ExcelJS from 'exceljs';
import { creditCodeCheckChar, orgCodeCheckChar } from '@kechuang/domain';

/** A valid 统一社会信用代码 for test row n (organisation-code and GB 32100 check characters both right). */
export function testCreditCode(n: number): string {
  const body8 = `ME${String(200000 + n).padStart(6, '0')}`;
  const first17 = `91621122${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The same code with a wrong 18th character (the GB 32100 check fails, nothing else does). */
export function withWrongCheckChar(code: string): string {
  const last = code[17];
  return code.slice(0, 17) + (last === '0' ? '1' : '0');
}

export const IMPORT_NAME_PREFIX = '陇西导入测试';

/** Row n of the test file, keyed by the template's header texts (without the * of required columns). */
export function goodRow(n: number): Record<string, string | number> {
  return {
    企业名称: `${IMPORT_NAME_PREFIX}${String(n).padStart(2, '0')}号科技有限公司`,
    统一社会信用代码: testCreditCode(n),
    所属乡镇: n % 2 ? '巩昌镇' : '文峰镇',
    行业代码: '2730',
    成立日期: '2018-05-20',
    联系人: `联系人${n}`,
    联系电话: `1390932${String(1000 + n).padStart(4, '0')}`,
    标签: '导入测试',
    数据年度: 2023,
    职工总数: 40 + n,
    科技人员数: 8,
    '销售收入（元）': 5_000_000 + n * 1000,
    '研发费用（元）': 260_000,
  };
}

/** The three broken rows of the flow, by 1-based data row index: wrong check character, no name, text as 职工总数. */
export const BAD_ROWS = { checkChar: 4, noName: 11, textInCount: 23 } as const;

export function rowsWithMistakes(count: number): Record<string, string | number>[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const row = goodRow(n);
    if (n === BAD_ROWS.checkChar) row.统一社会信用代码 = withWrongCheckChar(String(row.统一社会信用代码));
    if (n === BAD_ROWS.noName) delete row.企业名称;
    if (n === BAD_ROWS.textInCount) row.职工总数 = '五十人';
    return row;
  });
}

/** Fills the server's own template (header on row 1 of the first sheet) with rows, leaving its formats intact. */
export async function fillTemplate(template: Buffer, rows: Record<string, string | number>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((h) => String(h ?? '').replace(/^\*/, ''));
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const col = headers.indexOf(k);
      if (col < 0) throw new Error(`the template has no column “${k}”`);
      ws.getRow(i + 2).getCell(col).value = v;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The header texts of a workbook's first sheet (to find the 错误原因 column of an error report). */
export async function headerTexts(file: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return (wb.worksheets[0].getRow(1).values as unknown[])
    .filter((h) => h !== undefined && h !== null)
    .map((h) => String(h));
}

/** The cell texts under a header in a workbook's first sheet, by data row (row 2 onward). */
export async function columnTexts(file: Buffer, header: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const col = (ws.getRow(1).values as unknown[]).findIndex((h) => String(h ?? '').startsWith(header));
  if (col < 0) return [];
  const out: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(col).text);
  return out;
}

/** Every row of a workbook's first sheet as its cell values (numbers stay numbers), title rows included. */
export async function sheetRows(file: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const out: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}
