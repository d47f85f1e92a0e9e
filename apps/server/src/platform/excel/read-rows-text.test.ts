import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { multibyteText } from '../../../test/multibyte-text';
import { readRows } from './read-rows';
import { filledTemplate, repackXlsx, sampleSpec } from './excel.test-support';
import { workbookBuffer } from './xlsx-io';

const ROWS = 20_000;
const spec = sampleSpec({ maxRows: ROWS, maxBytes: 20 * 1024 * 1024 });
const names = Array.from({ length: ROWS }, (_, i) => multibyteText(1, i));

/** The rows' names as read, compared to what was written: the rows that differ, with both texts. */
async function misread(file: Buffer) {
  const { rows, problems } = await readRows(file, spec);
  expect(problems).toEqual([]);
  expect(rows).toHaveLength(ROWS);
  return rows.flatMap((r, i) => (r.values.name === names[i] ? [] : [{ row: r.rowNumber, read: r.values.name }]));
}

describe('readRows keeps multi-byte text exactly', () => {
  it(`reads ${ROWS} rows of CJK, emoji and full-width names from shared strings`, async () => {
    const file = await filledTemplate(
      spec,
      names.map((n) => [n, '91621122MA71ABCD8R']),
    );
    expect(await misread(file)).toEqual([]);
  });

  it('reads inline strings (as streaming writers such as WPS and exceljs without shared strings write them)', async () => {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet(spec.sheetName);
    ws.addRow(spec.columns.map((c) => c.header)).commit();
    for (const n of names) ws.addRow([n, '91621122MA71ABCD8R']).commit();
    await wb.commit();
    expect(await misread(Buffer.concat(chunks))).toEqual([]);
  });

  it('reads a sheet stored before the shared strings', async () => {
    const file = await filledTemplate(
      spec,
      names.map((n) => [n, '91621122MA71ABCD8R']),
    );
    const sheetFirst = repackXlsx(file, (entries) => [
      ...entries.filter((e) => e.name.startsWith('xl/worksheets/')),
      ...entries.filter((e) => !e.name.startsWith('xl/worksheets/')),
    ]);
    expect(await misread(sheetFirst)).toEqual([]);
  });

  it('reads a Chinese sheet name and header split across chunks', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(`企业信息${'甘'.repeat(20)}`.slice(0, 31));
    const ws = wb.worksheets[0];
    ws.addRow(spec.columns.map((c) => c.header));
    names.slice(0, 200).forEach((n) => ws.addRow([n, '91621122MA71ABCD8R']));
    const { rows, problems } = await readRows(await workbookBuffer(wb), spec);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.values.name)).toEqual(names.slice(0, 200));
  });
});

/** A text as Excel stores it in XML: control characters as _xHHHH_. */
const excelEscaped = (s: string) =>
  Array.from(s, (c) =>
    c < ' ' && !'\t\n\r'.includes(c) ? `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_` : c,
  ).join('');

describe('readRows refuses text that is not what the user typed', () => {
  it.each([
    ['U+FFFD', '编码核对\uFFFD业有限公司', '乱码替换字符（U+FFFD）'],
    ['a bidi override', '某某\u202E司公限有', '文字方向控制字符（U+202E）'],
    ['a control character (Excel writes it as _x0007_)', '某某\u0007科技', '不可见的控制字符（U+0007）'],
  ])('names the row and column of %s', async (_what, name, message) => {
    const written = await filledTemplate(spec, [
      ['甘肃某某科技有限公司', '91621122MA71ABCD8R'],
      ['待替换', '91621122MA71ABCD8R'],
    ]);
    // exceljs drops control characters when writing, so put the text into the shared strings as Excel does.
    const file = repackXlsx(written, (entries) =>
      entries.map((e) =>
        e.name === 'xl/sharedStrings.xml'
          ? { ...e, data: e.data.toString('utf8').replace('待替换', excelEscaped(name)) }
          : e,
      ),
    );
    const { problems } = await readRows(file, spec);
    expect(problems).toEqual([
      { row: 3, column: '企业名称', value: name, message: expect.stringContaining(`企业名称：第 `) },
    ]);
    expect(problems[0].message).toContain(message);
  });

  it('decodes Excel\'s _xHHHH_ escapes exactly once (a literal "_x0041_" is stored as typed)', async () => {
    const written = await filledTemplate(spec, [['待替换', '91621122MA71ABCD8R']]);
    const file = repackXlsx(written, (entries) =>
      entries.map((e) =>
        e.name === 'xl/sharedStrings.xml'
          ? { ...e, data: e.data.toString('utf8').replace('待替换', '型号_x005F_x0041_与_x0031_号') }
          : e,
      ),
    );
    const { rows, problems } = await readRows(file, spec);
    expect(problems).toEqual([]);
    expect(rows[0].values.name).toBe('型号_x0041_与1号');
  });
});
