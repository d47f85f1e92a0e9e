/**
 * Every Excel import stores exactly the text of the file. Each import is driven as a user drives it — template
 * download, fill, multipart upload, validation job, confirm, commit job — with multi-byte text (CJK incl. an
 * Extension B character, emoji incl. a joiner sequence, full-width) of varying lengths in every text column, and
 * every stored cell is read back from the database and compared with what was written, character for character.
 * Before commit 32cdccc exceljs decoded each zip chunk on its own and a character split across chunks became
 * U+FFFD. With that reader this file fails: the validation refuses 209 of the 20,000 enterprise rows, 41 of the
 * 2,000 project rows and 11 of the 1,000 R&D rows for U+FFFD; with the text check off as well, 209 enterprise
 * cells and 8 explanations are stored damaged, and 8 project rows warn that 承担单位 differs from the register.
 */
import { PassThrough } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCreditCode, RD_FIGURE_FIELDS } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness';
import { multibyteText } from '../../test/multibyte-text';
import { entryDataRange, readZipDirectory } from '../platform/excel/zip-directory';
import { namePinyin } from './enterprise/name-pinyin';
import { formFor } from './rd/rd.test-support';

const ENTERPRISE_ROWS = 20_000;
const UNITS = 1_000; // the register units of the project and R&D imports
const PROJECT_ROWS = 2_000;
const REGION = '621122'; // the demo staff account's county

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

/** A cell that was not stored as written: the Excel row, the column, both texts. */
interface Mismatch {
  row: number;
  column: string;
  written: unknown;
  stored: unknown;
}

/** Compares written and stored cells; the first differences are shown so a failure is readable. */
function expectNoMismatch(mismatches: Mismatch[]) {
  expect({ differing: mismatches.length, first: mismatches.slice(0, 8) }).toEqual({ differing: 0, first: [] });
}

/** Credit codes from a counter: the 8-character body uses only digits and allowed letters (no I, O, S, V, Z). */
const creditCode = (series: 'UT' | 'UP', n: number) =>
  composeCreditCode(REGION, `${series}${String(n).padStart(6, '0')}`);
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** The same code with a wrong check character (accepted when a reason is given in 信用代码校验例外原因). */
const wrongCheckChar = (code: string) =>
  code.slice(0, 17) + CODE_CHARS[(CODE_CHARS.indexOf(code[17]) + 1) % CODE_CHARS.length];

/**
 * Fills the server's template as Excel saves it: sheet 1 with the header row as served (* on required columns)
 * and the rows under it, text in shared strings. Written with exceljs's streaming writer, not the in-memory one
 * that test/fill-template.ts uses: Workbook.xlsx.writeBuffer hands each XML part to JSZip as a string, which
 * JSZip cuts every 16,384 UTF-16 units and encodes piece by piece, so a character outside the BMP (emoji,
 * Extension B) on such a cut is written as two U+FFFD — the file would not hold the text this test compares.
 */
async function fillTemplate(template: Buffer, rows: Record<string, unknown>[]): Promise<Buffer> {
  const served = new ExcelJS.Workbook();
  await served.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = served.worksheets[0];
  const header = Array.from(sheet.getRow(1).values as unknown[])
    .slice(1)
    .map((h) => String(h ?? ''));
  const keys = header.map((h) => h.replace(/^\*/, ''));
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const ws = book.addWorksheet(sheet.name);
  ws.addRow(header).commit();
  for (const r of rows) {
    for (const k of Object.keys(r)) if (!keys.includes(k)) throw new Error(`the template has no column “${k}”`);
    ws.addRow(keys.map((k) => r[k] ?? null)).commit();
  }
  await book.commit();
  const file = Buffer.concat(chunks);
  // The file holds the text intact: any U+FFFD the import meets comes from reading it.
  for (const e of readZipDirectory(file).entries.filter((x) => x.name.endsWith('.xml'))) {
    const { start, end } = entryDataRange(file, e);
    const raw = e.method === 8 ? inflateRawSync(file.subarray(start, end)) : file.subarray(start, end);
    expect(raw.toString('utf8').includes('\uFFFD'), e.name).toBe(false);
  }
  return file;
}

interface Route {
  template: string;
  upload: string;
  confirm: (jobId: number) => string;
}

/** Fetches the server's template once, fills it, uploads it, validates and commits; returns both job results. */
async function importThrough(route: Route, rows: Record<string, unknown>[], fileName: string) {
  const template = await staff.get(route.template);
  expect(template.statusCode).toBe(200);
  const file = await fillTemplate(template.rawPayload, rows);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const up = await t.app.inject({
    method: 'POST',
    url: route.upload,
    headers: { cookie: staff.cookie!, 'x-csrf-token': staff.csrf! },
    payload: form,
  });
  expect(up.statusCode, up.body).toBe(200);
  const validated = await finishedJob(up.json().jobId);
  expect(validated.status, validated.message).toBe('succeeded');
  // Rows whose text came out of the reader damaged (U+FFFD) are refused here, with row, column and character.
  expect({
    summary: validated.result.summary,
    problems: validated.result.problems.slice(0, 8),
  }).toEqual({ summary: `共 ${rows.length} 行，失败 0 行`, problems: [] });
  const confirm = await staff.post(route.confirm(up.json().jobId));
  expect(confirm.statusCode, confirm.body).toBe(200);
  const committed = await finishedJob(confirm.json().jobId);
  expect(committed.status, committed.message).toBe('succeeded');
  return { validated: validated.result, committed: committed.result };
}

async function finishedJob(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

describe('the enterprise import stores exactly the text of the file', () => {
  it(`imports ${ENTERPRISE_ROWS.toLocaleString('en-US')} rows of multi-byte text and reads every text cell back unchanged`, async () => {
    // Every 20th row has a code failing its check character, so 信用代码校验例外原因 is stored too.
    const written = Array.from({ length: ENTERPRISE_ROWS }, (_, i) => {
      const override = i % 20 === 7 ? multibyteText(15, i, 2, 60) : null;
      const code = creditCode('UT', i);
      return {
        name: `陇西${multibyteText(11, i, 2, 30)}${i}号有限公司`,
        creditCode: override ? wrongCheckChar(code) : code,
        override,
        address: `甘肃省陇西县${multibyteText(12, i, 4, 80)}`,
        contactName: multibyteText(13, i, 2, 14),
        // 标签 is split on 、 (and on ，and spaces): the tags hold neither, and a suffix keeps them distinct.
        tags: Array.from(
          { length: 1 + (i % 3) },
          (_, k) => multibyteText(14, i * 3 + k, 1, 8).replace(/，/g, '') + '甲乙丙'[k],
        ),
      };
    });
    const { validated, committed } = await importThrough(
      {
        template: '/api/v1/enterprises/import-template',
        upload: '/api/v1/enterprises/import',
        confirm: (id) => `/api/v1/enterprises/import/${id}/confirm`,
      },
      written.map((w) => ({
        企业名称: w.name,
        统一社会信用代码: w.creditCode,
        ...(w.override ? { 信用代码校验例外原因: w.override } : {}),
        地址: w.address,
        联系人: w.contactName,
        标签: w.tags.join('、'),
      })),
      '多字节企业导入.xlsx',
    );
    expect(validated.toCreate).toBe(ENTERPRISE_ROWS);
    expect(committed.created).toBe(ENTERPRISE_ROWS);

    const stored = new Map(
      (
        await t.db
          .selectFrom('enterprise')
          .select(['credit_code', 'name', 'credit_code_override', 'address', 'contact_name', 'tags'])
          .where('credit_code', 'like', `91${REGION}UT%`)
          .execute()
      ).map((e) => [e.credit_code, e]),
    );
    expect(stored.size).toBe(ENTERPRISE_ROWS);
    const mismatches: Mismatch[] = [];
    written.forEach((w, i) => {
      const e = stored.get(w.creditCode);
      const cells: [string, unknown, unknown][] = [
        ['企业名称', w.name, e?.name],
        ['信用代码校验例外原因', w.override, e?.credit_code_override],
        ['地址', w.address, e?.address],
        ['联系人', w.contactName, e?.contact_name],
        ['标签', w.tags.join('、'), e?.tags.join('、')],
      ];
      for (const [column, a, b] of cells) if (a !== b) mismatches.push({ row: i + 2, column, written: a, stored: b });
    });
    expectNoMismatch(mismatches);
  });
});

/** Register units with multi-byte names for the project and R&D imports (inserted directly: they are not under test). */
async function multibyteUnits() {
  const units = Array.from({ length: UNITS }, (_, u) => {
    const name = `${multibyteText(21, u, 2, 30)}${u}号科技有限公司`;
    const py = namePinyin(name);
    return {
      region_code: REGION,
      name,
      name_initials: py.initials,
      name_pinyin: py.full,
      credit_code: creditCode('UP', u),
      created_by: null,
      updated_by: null,
    };
  });
  return t.db.insertInto('enterprise').values(units).returning(['id', 'name', 'credit_code']).execute();
}

describe('the project and R&D imports store exactly the text of the file', () => {
  let units: { id: number; name: string; credit_code: string }[];
  beforeAll(async () => {
    units = (await multibyteUnits()).sort((a, b) => a.credit_code.localeCompare(b.credit_code));
  });

  it(`imports ${PROJECT_ROWS.toLocaleString('en-US')} historical projects: 项目名称, 负责人 and 备注 stored as written, 承担单位 read as the register's name`, async () => {
    const written = Array.from({ length: PROJECT_ROWS }, (_, i) => ({
      unit: units[i % UNITS],
      title: `${multibyteText(22, i, 4, 80)}第${i}号`,
      leader: multibyteText(23, i, 2, 14),
      remark: multibyteText(24, i, 4, 200),
    }));
    // 承担单位 differing from the register's name would be a warning, and the preview must have no problem at all.
    const { committed } = await importThrough(
      {
        template: '/api/v1/applications/import-template',
        upload: '/api/v1/applications/import',
        confirm: (id) => `/api/v1/applications/import/${id}/confirm`,
      },
      written.map((w) => ({
        年度: 2016,
        计划类别: '县级科技计划',
        级别: '县级',
        项目名称: w.title,
        承担单位: w.unit.name,
        统一社会信用代码: w.unit.credit_code,
        状态: '验收通过',
        负责人: w.leader,
        备注: w.remark,
      })),
      '多字节历史项目.xlsx',
    );
    expect(committed.imported).toBe(PROJECT_ROWS);

    // Applications are written in row order, so the i-th one (by id) is row i + 2.
    const stored = await t.db
      .selectFrom('project_application as a')
      .innerJoin('project_call as c', 'c.id', 'a.call_id')
      .select(['a.title', 'a.data', 'a.enterprise_id'])
      .where('c.year', '=', 2016)
      .where('c.status', '=', 'historical')
      .orderBy('a.id')
      .execute();
    expect(stored).toHaveLength(PROJECT_ROWS);
    const mismatches: Mismatch[] = [];
    written.forEach((w, i) => {
      const a = stored[i];
      const data = a.data as { leader?: unknown; remark?: unknown };
      const cells: [string, unknown, unknown][] = [
        ['项目名称', w.title, a.title],
        ['承担单位', w.unit.id, a.enterprise_id],
        ['负责人', w.leader, data.leader],
        ['备注', w.remark, data.remark],
      ];
      for (const [column, x, y] of cells) if (x !== y) mismatches.push({ row: i + 2, column, written: x, stored: y });
    });
    expectNoMismatch(mismatches);
  });

  it(`imports the R&D figures of a task's ${UNITS.toLocaleString('en-US')} units: 情况说明 stored as written`, async () => {
    const created = await staff.post('/api/v1/rd/tasks', {
      title: '多字节导入测试任务',
      period: '2023',
      dueDate: '2024-03-10',
      units: { enterpriseIds: units.map((u) => u.id) },
    });
    expect(created.statusCode, created.body).toBe(200);
    const taskId = created.json().id as number;
    const opened = await staff.post(`/api/v1/rd/tasks/${taskId}/open`, { version: created.json().version });
    expect(opened.statusCode, opened.body).toBe(200);

    // R&D above revenue is a warning: the row's 情况说明 is stored as the explanation of that finding.
    const { projects: _p, explanations: _e, ...figures } = formFor('3096000.00');
    const sheetFigures = Object.fromEntries(
      RD_FIGURE_FIELDS.map((f) => {
        const v = { ...figures, revenue: '3000000.00' }[f.key];
        return [f.kind === 'money' ? `${f.label}（元）` : `${f.label}（人）`, v === undefined ? undefined : Number(v)];
      }).filter(([, v]) => v !== undefined),
    );
    const written = units.map((u, i) => ({ unit: u, explanation: multibyteText(31, i, 4, 200) }));
    const { committed } = await importThrough(
      {
        template: `/api/v1/rd/tasks/${taskId}/import-template`,
        upload: `/api/v1/rd/tasks/${taskId}/import`,
        confirm: (id) => `/api/v1/rd/tasks/${taskId}/import/${id}/confirm`,
      },
      written.map((w) => ({
        统一社会信用代码: w.unit.credit_code,
        单位名称: w.unit.name,
        ...sheetFigures,
        情况说明: w.explanation,
      })),
      '多字节研发经费.xlsx',
    );
    expect(committed.imported).toBe(UNITS);

    const stored = new Map(
      (
        await t.db
          .selectFrom('rd_task_unit')
          .select(['enterprise_id', 'explanations', 'status'])
          .where('task_id', '=', taskId)
          .execute()
      ).map((u) => [u.enterprise_id, u]),
    );
    const mismatches: Mismatch[] = [];
    written.forEach((w, i) => {
      const u = stored.get(w.unit.id);
      const explanations = (u?.explanations ?? {}) as Record<string, unknown>;
      const texts = Object.values(explanations);
      if (
        u?.status !== 'submitted' ||
        !('rd-above-revenue' in explanations) ||
        texts.some((x) => x !== w.explanation)
      ) {
        mismatches.push({ row: i + 2, column: '情况说明', written: w.explanation, stored: explanations });
      }
    });
    expectNoMismatch(mismatches);
  });
});
