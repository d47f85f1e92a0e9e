import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { multibyteText } from '../../../test/multibyte-text';
import { exportRows } from './export-rows';
import { readRows } from './read-rows';
import { sampleSpec } from './excel.test-support';
import { loadWorkbook } from './xlsx-io';

const ROWS = 20_000;
const names = Array.from({ length: ROWS }, (_, i) => multibyteText(7, i));

describe('files the product writes keep multi-byte text exactly', () => {
  it(`exports ${ROWS} names of CJK, Extension B and emoji without a replacement character`, async () => {
    const file = await exportRows({
      sheetName: '企业信息',
      columns: [{ key: 'name', header: '企业名称', kind: 'text' }],
      rows: names.map((name) => ({ name })),
    });
    const wb = await loadWorkbook(file);
    const read: string[] = [];
    wb.worksheets[0].eachRow((row, n) => n > 1 && read.push(String(row.getCell(1).value)));
    const differing = read.flatMap((r, i) => (r === names[i] ? [] : [{ row: i + 2, read: r }]));
    expect(differing.slice(0, 5)).toEqual([]);
    expect(read).toHaveLength(ROWS);
  });

  it('reads back through the import reader what the in-memory writer wrote', async () => {
    const spec = sampleSpec({ maxRows: ROWS, maxBytes: 20 * 1024 * 1024 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(spec.sheetName);
    ws.addRow(spec.columns.map((c) => c.header));
    for (const n of names) ws.addRow([n, '91621122MA71ABCD8R']);
    const { workbookBuffer } = await import('./xlsx-io');
    const { rows, problems } = await readRows(await workbookBuffer(wb), spec);
    expect(problems).toEqual([]);
    expect(rows.flatMap((r, i) => (r.values.name === names[i] ? [] : [r.rowNumber])).slice(0, 5)).toEqual([]);
  });
});
