import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseImportFile } from './import-file';
import type { ImportRow } from './import-spec';
import { filledTemplate, sampleSchema, sampleSpec } from './excel.test-support';
import { friendlyIssueMessage, validateRows } from './validate-rows';

beforeAll(() => {
  z.config(z.locales.zhCN()); // as the server does at start
});

const spec = sampleSpec();
const row = (rowNumber: number, values: Record<string, unknown>): ImportRow => ({ rowNumber, values });
const good = { name: '甘肃某某科技有限公司', creditCode: '91621122MA71ABCD8R' };

describe('validateRows', () => {
  it('passes good rows through the schema and turns dict labels into values', () => {
    const { valid, problems } = validateRows(
      [
        row(2, { ...good, staff: 35, capital: 1234.5, foundedOn: '2024-03-05', scale: '中型' }),
        row(3, { ...good, creditCode: '123502001549897397' }),
      ],
      sampleSchema,
      spec,
    );
    expect(problems).toEqual([]);
    expect(valid).toEqual([
      { rowNumber: 2, data: { ...good, staff: 35, capital: 1234.5, foundedOn: '2024-03-05', scale: 'medium' } },
      { rowNumber: 3, data: { ...good, creditCode: '123502001549897397' } },
    ]);
  });

  it('names the column and keeps the row of a missing required value', () => {
    const { valid, problems } = validateRows([row(7, { name: 'A公司' })], sampleSchema, spec);
    expect(valid).toEqual([]);
    expect(problems).toEqual([
      { row: 7, column: '统一社会信用代码', value: undefined, message: '统一社会信用代码：不能为空' },
    ]);
  });

  it('explains text in a number column and a number in a text column', () => {
    const { problems } = validateRows(
      [row(4, { name: 12345, creditCode: good.creditCode, staff: '十二' })],
      sampleSchema,
      spec,
    );
    expect(problems).toEqual([
      { row: 4, column: '企业名称', value: 12345, message: '企业名称：应填写文本，当前是数字 12345' },
      { row: 4, column: '职工人数', value: '十二', message: '职工人数：应填写数字，“十二”不是数字' },
    ]);
  });

  it('gives Chinese messages for integers, bounds and formats, and keeps the schema’s own messages', () => {
    const { problems } = validateRows(
      [
        row(5, {
          name: 'x'.repeat(51),
          creditCode: '91621122ma71abcd8',
          staff: 2.5,
          capital: -1,
          foundedOn: '2024/13',
        }),
      ],
      sampleSchema,
      spec,
    );
    expect(problems.map((p) => p.message)).toEqual([
      '企业名称：不能超过 50 个字符',
      '统一社会信用代码：应为 18 位数字或大写字母',
      '职工人数：须为整数，“2.5”不是整数',
      '注册资本（万元）：不能小于 0',
      '成立日期：日期格式须为 YYYY-MM-DD',
    ]);
  });

  it('reports an unknown dict label with the allowed labels', () => {
    const { valid, problems } = validateRows(
      [row(3, { ...good, scale: '特大' }), row(4, { ...good, scale: 'small' })],
      sampleSchema,
      spec,
    );
    expect(problems).toEqual([
      {
        row: 3,
        column: '企业规模',
        value: '特大',
        message: '企业规模：“特大”不是有效的选项，可选：大型、中型、小型、微型',
      },
    ]);
    expect(valid.map((v) => v.data.scale)).toEqual(['small']); // the stored value is accepted too
  });

  it('finds duplicates inside the file (after normalisation) and names the first row', () => {
    const { valid, problems } = validateRows(
      [
        row(2, good),
        row(3, { name: 'B', creditCode: '91621122MA71ABCD8X' }),
        row(5, { name: 'C', creditCode: ' 91621122ma71abcd8r ' }),
        row(6, { name: 'D', creditCode: '91621122MA71ABCD8R', staff: 'x' }),
      ],
      sampleSchema,
      spec,
      { unique: ['creditCode'] },
    );
    expect(valid.map((v) => v.rowNumber)).toEqual([2, 3]);
    expect(problems.filter((p) => p.message.includes('重复'))).toEqual([
      { row: 5, column: '统一社会信用代码', value: ' 91621122ma71abcd8r ', message: '统一社会信用代码：与第 2 行重复' },
      { row: 6, column: '统一社会信用代码', value: '91621122MA71ABCD8R', message: '统一社会信用代码：与第 2 行重复' },
    ]);
  });

  it('checks composite keys and maps object-level issues to the row only', () => {
    const schema = sampleSchema.refine(
      (v) => v.staff === undefined || v.staff < 1000,
      '职工人数超过 1000 的企业请单独报送',
    );
    const { problems } = validateRows(
      [
        row(2, { ...good, foundedOn: '2024-01-01' }),
        row(3, { ...good, foundedOn: '2024-01-01', staff: 5000 }),
        row(4, { ...good, foundedOn: '2024-01-02' }),
      ],
      schema,
      spec,
      { unique: [['creditCode', 'foundedOn']] },
    );
    expect(problems).toEqual([
      { row: 3, column: null, value: undefined, message: '职工人数超过 1000 的企业请单独报送' },
      {
        row: 3,
        column: '统一社会信用代码',
        value: [good.creditCode, '2024-01-01'],
        message: '统一社会信用代码+成立日期：与第 2 行重复',
      },
    ]);
  });

  it('maps zod issue shapes to messages', () => {
    expect(friendlyIssueMessage({ code: 'invalid_type', expected: 'string', input: undefined })).toBe('不能为空');
    expect(friendlyIssueMessage({ code: 'invalid_value', values: ['a', 'b'], input: 'c' })).toBe(
      '取值无效，可选：a、b',
    );
    expect(friendlyIssueMessage({ code: 'too_small', origin: 'string', minimum: 1, input: ' ' })).toBe('不能为空');
    expect(friendlyIssueMessage({ code: 'unrecognized_keys', input: {} })).toBeUndefined();
  });
});

describe('parseImportFile', () => {
  it('reads and validates a real file; rows with read problems are never valid', async () => {
    const buf = await filledTemplate(spec, [
      ['A公司', '91621122MA71ABCD8R', 10, 100, new Date(Date.UTC(2020, 0, 2)), '小型'],
      ['B公司', 123502001549897000],
      ['C公司', '91621122MA71ABCD8R', '很多'],
      [undefined, '91350200154989739X', undefined, undefined, undefined, '特大'],
    ]);
    const result = await parseImportFile(buf, sampleSchema, spec, { unique: ['creditCode'] });
    expect(result.totalRows).toBe(4);
    expect(result.valid).toEqual([
      {
        rowNumber: 2,
        data: { ...good, name: 'A公司', staff: 10, capital: 100, foundedOn: '2020-01-02', scale: 'small' },
      },
    ]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '统一社会信用代码'],
      [4, '职工人数'],
      [5, '企业名称'],
      [5, '企业规模'],
    ]);
    expect(result.problems[1].message).toBe('统一社会信用代码：与第 2 行重复');
  });
});
