import ExcelJS from 'exceljs';
import { pinyin } from 'pinyin-pro';

/** One data row of the import sheet, by the template's column keys. */
export interface ImportRowIn {
  name: string;
  creditCode: string;
  unitKind?: string;
  townshipCode?: string;
  industryCode?: string;
  foundedOn?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  year?: number;
  staffTotal?: number;
  techStaff?: number;
  revenue?: string;
  rdExpense?: string;
}

// Header text (without the required mark) → key, as the product's template names the columns.
const HEADERS: Record<string, keyof ImportRowIn> = {
  企业名称: 'name',
  统一社会信用代码: 'creditCode',
  行业代码: 'industryCode',
  成立日期: 'foundedOn',
  地址: 'address',
  联系人: 'contactName',
  联系电话: 'contactPhone',
  数据年度: 'year',
  职工总数: 'staffTotal',
  科技人员数: 'techStaff',
  '销售收入（元）': 'revenue',
  '研发费用（元）': 'rdExpense',
};

/** Reads the first sheet's rows by header (no validation: the baseline trusts its input). */
export async function importWorkbookRows(buf: Buffer): Promise<ImportRowIn[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const keys: (keyof ImportRowIn | undefined)[] = [];
  ws.getRow(1).eachCell((cell, col) => {
    keys[col] =
      HEADERS[
        String(cell.value ?? '')
          .replace(/^\*\s*|\s*\*$/g, '')
          .trim()
      ];
  });
  const out: ImportRowIn[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const r: Record<string, unknown> = {};
    row.eachCell((cell, col) => {
      const k = keys[col];
      if (!k) return;
      const v = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value;
      r[k] = k === 'revenue' || k === 'rdExpense' ? String(v) : v;
    });
    if (r.name && r.creditCode) out.push(r as unknown as ImportRowIn);
  });
  return out;
}

/** Full pinyin and initials, with the options the product uses (modules/enterprise/name-pinyin.ts). */
export function namePinyin(name: string): { initials: string; full: string } {
  const opts = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;
  const full = pinyin(name, opts).join('').toLowerCase().replace(/\s+/g, '');
  const initials = pinyin(name, { ...opts, pattern: 'first' })
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
  return { initials: initials.slice(0, 100), full: full.slice(0, 400) };
}
